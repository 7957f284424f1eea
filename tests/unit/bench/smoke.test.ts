import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyEventChain } from '../../../main/store/event-chain';
import { prepareBaseStore } from '../../bench/base-store';
import { defaultBenchOptions, type BenchOptions } from '../../bench/options';
import { runBench } from '../../bench/run-bench';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

// Checks that the bench harness runs end to end and reports every figure. Timings are not
// asserted: speed belongs to `npm run bench`, not to unit tests.
const defaultTinyRequiredWrites = 10;

describe('bench harness', () => {
  const tempDir = useTempDir('packtrace-bench-smoke-');
  const silent = (): void => undefined;

  function tinyOptions(cacheDir: string): BenchOptions {
    return {
      ...defaultBenchOptions,
      units: 1_000,
      scans: 20,
      warmupScans: 2,
      profileScans: 5,
      requiredWrites: defaultTinyRequiredWrites,
      // More than the rounding slack of the shipment's ten lines, so a shipment sized without
      // these scans would reject the last of them as over-pack.
      frameScans: 12,
      cartonSize: 8,
      labelRenders: 2,
      labelWarmup: 0,
      cacheDir,
      regenerate: false,
    };
  }

  it('reports every figure for tiny sizes', async () => {
    const result = await runBench(tinyOptions(tempDir()), silent);

    expect(result.store.counts.units).toBe(1_000);
    expect(result.store.counts.scanGestures).toBe(1_000);
    expect(result.store.counts.events).toBeGreaterThan(2 * 1_000);
    expect(result.store.durability).toEqual({ journalMode: 'wal', synchronous: 2, walAutocheckpoint: 0 });
    expect(result.baseline.durability).toEqual(result.store.durability);
    expect(result.scan.count).toBe(20);
    expect(result.baseline.count).toBe(20);
    expect(result.profile.commit.count).toBe(5);
    expect(result.profile.slowest.count).toBe(1);
    expect(result.profile.slowest.phaseMeansMs).not.toBeNull();
    expect(result.scan.slowest.count).toBe(1);
    expect(result.scan.slowest.phaseMeansMs).toBeNull();
    expect(result.requiredWrites.writes.count).toBe(defaultTinyRequiredWrites);
    expect(result.requiredWrites.baseline.count).toBe(defaultTinyRequiredWrites);
    expect(result.requiredWrites.ratio.median).toBeGreaterThan(0);
    expect(result.frames?.scans).toBe(12);
    // A new unit alone changes the units table and its unique (product_id, serial) index.
    expect(result.frames?.framesPerScan).toBeGreaterThan(2);
    expect(result.frames?.byBtree.map((entry) => entry.name)).toEqual(expect.arrayContaining(['units', 'events', 'scan_gestures', 'shipment_lines']));
    expect(result.label.summary.count).toBe(2);
    expect(result.label.pdfBytes).toBeGreaterThan(1_000);
    expect(result.ratio.median).toBeGreaterThan(0);
    expect(result.ratio.median).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(result.ratio.p99).toBeGreaterThan(0);
    expect(result.ratio.p99).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(result.targets.map((target) => target.name)).toEqual([
      'scan-to-verdict p99',
      'ratio of medians (scan / insert)',
      'ratio of p99s (scan / insert)',
    ]);
  });

  it('skips checkpoints below the threshold', async () => {
    // 22 scans write a few hundred WAL frames, fewer than the 1000 that start an idle checkpoint.
    const result = await runBench(tinyOptions(tempDir()), silent);

    expect(result.checkpoints).toEqual({ store: null, baseline: null });
    expect(result.scan.slowest.afterCheckpoint).toBe(0);
  });

  it('checkpoints every gap on request', async () => {
    const result = await runBench({ ...tinyOptions(tempDir()), checkpoints: 'every' }, silent);

    expect(result.checkpoints?.store?.count).toBe(20);
    expect(result.checkpoints?.baseline?.count).toBe(20);
    expect(result.scan.slowest.afterCheckpointShare).toBe(1);
  });

  it('keeps automatic checkpoints on request', async () => {
    const result = await runBench({ ...tinyOptions(tempDir()), checkpoints: 'auto' }, silent);

    expect(result.store.durability).toEqual({ journalMode: 'wal', synchronous: 2, walAutocheckpoint: 1000 });
    expect(result.baseline.durability).toEqual(result.store.durability);
    expect(result.checkpoints).toBeNull();
  });

  it('accepts every timed scan', async () => {
    const result = await runBench(tinyOptions(tempDir()), silent);

    expect(result.scan.rejected).toEqual({});
    expect(result.scan.accepted).toBe(20);
    expect(result.scan.cartonsClosed).toBe(Math.floor((2 + 20) / 8));
  });

  it('generates a verifiable event chain', () => {
    const base = prepareBaseStore({ units: 1_000, cacheDir: tempDir(), regenerate: false }, silent);
    const db = openTestStore(join(base.file, '..'), base.file.split('/').at(-1));

    const chain = verifyEventChain(db);
    const statuses = db.prepare<[], { status: string }>('SELECT DISTINCT status FROM units ORDER BY status').all();
    db.close();

    expect(chain).toEqual({ ok: true, value: expect.objectContaining({ eventCount: base.counts.events }) });
    expect(statuses.map((row) => row.status)).toEqual(['packed', 'shipped']);
  });

  it('reuses the cached store', () => {
    const cacheDir = tempDir();
    const first = prepareBaseStore({ units: 1_000, cacheDir, regenerate: false }, silent);
    const second = prepareBaseStore({ units: 1_000, cacheDir, regenerate: false }, silent);
    const regenerated = prepareBaseStore({ units: 1_000, cacheDir, regenerate: true }, silent);

    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.counts).toEqual(first.counts);
    expect(regenerated.fromCache).toBe(false);
  });
});
