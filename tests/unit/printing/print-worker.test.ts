import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPrintWorker } from '../../../main/printing/print-worker';
import { getPrintJob, listPrintJobs } from '../../../main/printing/print-jobs';
import { confirmJobPrinted, reprintJob, voidJob } from '../../../main/printing/print-queue';
import { createRawTcpDriver } from '../../../main/printing/raw-tcp-driver';
import { listAllEvents } from '../../../main/store/events';
import { buildChildScript } from '../../support/build-child-script';
import { startNodeChild } from '../../support/child-process';
import { startRawPrinterListener } from '../../support/private-cupsd';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';
import { closedLoopbackPort, queue, saveProfile, startHangingPrinter, stationId, zplLabel } from './print-support';

function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolveWait, rejectWait) => {
    const check = (): void => {
      if (condition()) {
        resolveWait();
      } else if (Date.now() > deadline) {
        rejectWait(new Error(`condition not met within ${timeoutMs} ms`));
      } else {
        setTimeout(check, 20);
      }
    };
    check();
  });
}

describe('print worker', () => {
  const tempDir = useTempDir();

  it('sends a queued job once', async () => {
    const db = openTestStore(tempDir());
    const printer = await startRawPrinterListener();
    saveProfile(db, 'raw-tcp', printer.deviceUri.replace('socket://', ''));
    const label = zplLabel('once-1', 'Dvo_C5_99ák');
    const job = queue(db, label);
    const worker = createPrintWorker({ db, stationId, drivers: { 'raw-tcp': createRawTcpDriver() } });

    const sent = await worker.runOnce();
    const again = await worker.runOnce();
    const received = await printer.nextJob(2_000);

    expect(sent?.status).toBe('sent');
    expect(sent?.attempts).toBe(1);
    expect(again).toBeUndefined();
    expect(received.equals(label.payload)).toBe(true);
    expect(queue(db, label).id).toBe(job.id);
    expect(await worker.runOnce()).toBeUndefined();
    await expect(printer.nextJob(300)).rejects.toThrow(/No print job/);
    await printer.close();
    db.close();
  });

  it('keeps job queued while printer offline', async () => {
    const db = openTestStore(tempDir());
    const port = await closedLoopbackPort();
    saveProfile(db, 'raw-tcp', `127.0.0.1:${port}`);
    const job = queue(db, zplLabel('offline-1', 'offline'));
    const worker = createPrintWorker({ db, stationId, drivers: { 'raw-tcp': createRawTcpDriver() }, maxRetryDelayMs: 0 });

    const first = await worker.runOnce();
    const second = await worker.runOnce();

    expect(first?.status).toBe('queued');
    expect(first?.lastError).toMatch(/printer-unreachable: 127\.0\.0\.1:\d+: ECONNREFUSED/);
    expect(second?.attempts).toBe(2);
    expect(getPrintJob(db, job.id)?.status).toBe('queued');
    db.close();
  });

  it('never resends a job after crash', async () => {
    const dir = tempDir();
    const childScript = await buildChildScript('print-worker-child.ts', join(dir, 'bundle'));
    const db = openTestStore(dir);
    const hanging = await startHangingPrinter();
    saveProfile(db, 'raw-tcp', `127.0.0.1:${hanging.port}`);
    const job = queue(db, zplLabel('crash-1', 'crash'));
    db.close();

    const child = startNodeChild(childScript, [join(dir, 'packtrace.sqlite'), stationId], { PACKTRACE_LOG_LEVEL: 'error' });
    await child.waitForLine((line) => line === 'READY');
    await waitUntil(() => hanging.connections.length === 1 && (hanging.connections[0]?.length ?? 0) > 0, 10_000);
    child.process.kill('SIGKILL');
    const exit = await child.exited;

    const reopened = openTestStore(dir);
    expect(exit.signal).toBe('SIGKILL');
    expect(getPrintJob(reopened, job.id)?.status).toBe('sending');
    const worker = createPrintWorker({ db: reopened, stationId, drivers: { 'raw-tcp': createRawTcpDriver() } });
    expect(getPrintJob(reopened, job.id)?.status).toBe('uncertain');
    expect(await worker.runOnce()).toBeUndefined();
    expect(hanging.connections).toHaveLength(1);
    await hanging.close();

    const printer = await startRawPrinterListener();
    saveProfile(reopened, 'raw-tcp', printer.deviceUri.replace('socket://', ''));
    const noReason = reprintJob(reopened, job.id, { stationId, operatorId: null, reason: ' ', requestKey: 'reprint-0' });
    expect(noReason.ok ? 'accepted' : noReason.error.code).toBe('print-reason-missing');
    const reprint = reprintJob(reopened, job.id, { stationId, operatorId: null, reason: 'Label never came out', requestKey: 'reprint-1' });
    expect(reprint.ok && reprint.value.reprintOf).toBe(job.id);
    const sent = await worker.runOnce();
    expect(sent?.status).toBe('sent');
    expect((await printer.nextJob(2_000)).toString('ascii')).toContain('crash');
    const events = listAllEvents(reopened).filter((event) => event.type === 'print-job-reprinted');
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]?.payload ?? '{}')).toMatchObject({ jobId: job.id, reason: 'Label never came out' });
    await printer.close();
    reopened.close();
  }, 60_000);

  it('records void and confirm reasons', () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'raw-tcp', '127.0.0.1:9');
    const queued = queue(db, zplLabel('void-1', 'void'));

    const voided = voidJob(db, queued.id, { stationId, operatorId: null, reason: 'Wrong carton', requestKey: 'void-1' });
    const confirm = confirmJobPrinted(db, queued.id, { stationId, operatorId: null, reason: 'Seen', requestKey: 'confirm-1' });

    expect(voided.ok && voided.value.status).toBe('voided');
    expect(confirm.ok ? 'accepted' : confirm.error.code).toBe('print-job-state-invalid');
    expect(listPrintJobs(db, stationId).map((job) => job.status)).toEqual(['voided']);
    expect(listAllEvents(db).map((event) => event.type)).toEqual(['print-job-voided']);
    db.close();
  });
});
