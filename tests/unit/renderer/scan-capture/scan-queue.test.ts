import { describe, expect, it } from 'vitest';
import { ScanQueue, type QueuedScan } from '../../../../renderer/src/scan-capture/scan-queue';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve = (): void => undefined;
  let reject = (_error: Error): void => undefined;
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}

const scan = (raw: string): QueuedScan => ({ raw, gestureId: `gesture-${raw}` });

describe('ScanQueue', () => {
  it('sends one scan at a time', async () => {
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof deferred>>();
    const queue = new ScanQueue(
      (next) => {
        started.push(next.raw);
        const gate = deferred();
        gates.set(next.raw, gate);
        return gate.promise;
      },
      () => undefined,
    );

    queue.enqueue(scan('A'));
    queue.enqueue(scan('B'));
    queue.enqueue(scan('C'));
    await Promise.resolve();

    expect(started).toEqual(['A']);
    expect(queue.pendingCount()).toBe(3);

    gates.get('A')?.resolve();
    await new Promise((done) => setTimeout(done, 0));
    expect(started).toEqual(['A', 'B']);

    gates.get('B')?.resolve();
    await new Promise((done) => setTimeout(done, 0));
    gates.get('C')?.resolve();
    await new Promise((done) => setTimeout(done, 0));
    expect(started).toEqual(['A', 'B', 'C']);
    expect(queue.pendingCount()).toBe(0);
  });

  it('continues in order after a failure', async () => {
    const sent: string[] = [];
    const failed: string[] = [];
    const queue = new ScanQueue(
      async (next) => {
        sent.push(next.raw);
        if (next.raw === 'B') {
          throw new Error('transport down');
        }
      },
      (next) => failed.push(next.raw),
    );

    for (const raw of ['A', 'B', 'C', 'D']) {
      queue.enqueue(scan(raw));
    }
    await new Promise((done) => setTimeout(done, 0));

    expect(sent).toEqual(['A', 'B', 'C', 'D']);
    expect(failed).toEqual(['B']);
  });

  it('accepts scans enqueued while draining', async () => {
    const sent: string[] = [];
    const queue: ScanQueue = new ScanQueue(
      async (next) => {
        sent.push(next.raw);
        if (next.raw === 'B') {
          queue.enqueue(scan('late'));
        }
      },
      () => undefined,
    );

    queue.enqueue(scan('A'));
    queue.enqueue(scan('B'));
    await new Promise((done) => setTimeout(done, 0));

    expect(sent).toEqual(['A', 'B', 'late']);
  });
});
