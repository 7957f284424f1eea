import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { createCheckpointScheduler } from '../../main/store/checkpoint-scheduler';
import { openStore } from '../../main/store/database';
import { copyBaseStore, prepareBaseStore } from './base-store';
import { createBenchShipment } from './bench-shipment';
import { describeEnvironment, loadAverages } from './environment';
import { openInsertBaseline, readDurabilitySettings } from './insert-baseline';
import { readCartonLabelData, timeCartonLabelRenders } from './label-bench';
import type { BenchOptions } from './options';
import { profileScanPhases } from './phase-profile';
import { checkTargets, type BenchResult } from './report';
import { runRequiredWritesSeries } from './required-writes';
import { runScanSeries } from './scan-series';
import { describeSlowScans } from './slow-scans';
import { countScanFrames } from './wal-frames';
import { summarizeTimings, type TimingSummary } from './statistics';

/**
 * Runs the whole bench: prepares (or reuses) the generated store, copies it into a fresh run
 * folder, times scans against bare inserts, profiles the scan phases, times a scan's required
 * writes alone against bare inserts, counts the pages a scan writes, and times carton label
 * renders. The run folder is removed afterwards unless `keepRunDir` is set.
 */
export async function runBench(options: BenchOptions, progress: (message: string) => void): Promise<BenchResult> {
  const startedAt = new Date().toISOString();
  const base = prepareBaseStore(options, progress);
  const runDir = options.runDir ?? mkdtempSync(join(tmpdir(), 'packtrace-bench-run-'));
  progress(`Copying the store into ${runDir}`);
  const opened = openStore(copyBaseStore(base.file, runDir));
  if (!opened.ok) {
    throw new Error(`Could not open the bench store copy: ${JSON.stringify(opened.error)}`);
  }
  const db = opened.value;
  const baseline = openInsertBaseline(runDir, options.checkpoints === 'auto' ? options.walAutocheckpoint : 0);
  // The station's scheduler on both connections, minus its timer: the bench calls the idle
  // checkpoint where the timer would fire, between two scans, so the wait does not lengthen the
  // run. The baseline gets its own scheduler with the same threshold, so both follow one policy.
  const minWalFrames = options.checkpoints === 'every' ? 0 : undefined;
  const scheduler = options.checkpoints === 'auto' ? null : createCheckpointScheduler(db, { minWalFrames });
  const baselineScheduler = options.checkpoints === 'auto' ? null : createCheckpointScheduler(baseline.db, { minWalFrames });
  const idleCheckpoint = scheduler === null ? undefined : () => scheduler.checkpointIfIdleDue()?.durationMs ?? null;
  const baselineIdleCheckpoint = baselineScheduler === null ? undefined : () => baselineScheduler.checkpointIfIdleDue()?.durationMs ?? null;
  if (scheduler === null && options.walAutocheckpoint !== undefined) {
    db.pragma(`wal_autocheckpoint = ${options.walAutocheckpoint}`);
  }

  try {
    const durability = readDurabilitySettings(db);
    if (JSON.stringify(durability) !== JSON.stringify(baseline.settings)) {
      throw new Error(`Store and baseline durability differ: ${JSON.stringify(durability)} vs ${JSON.stringify(baseline.settings)}`);
    }
    const shipment = createBenchShipment(db, options.warmupScans + options.scans + options.profileScans + options.frameScans);
    const loadAverageBefore = loadAverages();

    progress(`Timing ${options.scans} scans and ${options.scans} bare inserts, interleaved`);
    const checkpoints = idleCheckpoint === undefined || baselineIdleCheckpoint === undefined ? {} : { idleCheckpoint, baselineIdleCheckpoint };
    const series = runScanSeries(db, shipment, baseline, { ...options, ...checkpoints });
    progress(`Profiling ${options.profileScans} more scans by phase`);
    const profile = profileScanPhases(db, shipment, options.profileScans, options.cartonSize, idleCheckpoint);
    progress(`Timing ${options.requiredWrites} transactions of a scan's required writes and ${options.requiredWrites} bare inserts, interleaved`);
    const required = runRequiredWritesSeries(db, baseline, options.requiredWrites, idleCheckpoint, baselineIdleCheckpoint);
    progress(`Counting the WAL frames of ${options.frameScans} more scans`);
    const frames = scheduler === null ? null : countScanFrames(db, shipment, scheduler, options.frameScans, options.cartonSize);
    progress(`Timing ${options.labelRenders} carton label renders`);
    const label = await timeCartonLabelRenders(readCartonLabelData(db, firstClosedCartonId(db, shipment.shipmentId)), options.labelRenders, options.labelWarmup);

    const scan = summarizeTimings(series.scanMs);
    const insert = summarizeTimings(series.baselineMs);
    const ratio = { median: scan.medianMs / insert.medianMs, p99: scan.p99Ms / insert.p99Ms };
    const requiredWrites = summarizeTimings(required.writesMs);
    const requiredBaseline = summarizeTimings(required.baselineMs);
    return {
      startedAt,
      options: { ...options, runDir },
      environment: describeEnvironment(db, runDir),
      loadAverageBefore,
      loadAverageAfter: loadAverages(),
      store: { counts: base.counts, fileBytes: base.fileBytes, fromCache: base.fromCache, generationSeconds: base.generationSeconds, durability },
      scan: {
        ...scan,
        accepted: series.accepted,
        rejected: series.rejected,
        cartonsClosed: series.cartonsClosed,
        slowest: describeSlowScans(series.scanMs.map((totalMs, index) => ({ totalMs, ...(series.scanTraits[index] ?? { openedCarton: false, afterCheckpoint: false }) }))),
      },
      baseline: { ...insert, durability: baseline.settings },
      checkpoints:
        scheduler === null
          ? null
          : { store: summarizeIfAny(series.storeCheckpointMs), baseline: summarizeIfAny(series.baselineCheckpointMs) },
      ratio,
      profile,
      requiredWrites: {
        writes: requiredWrites,
        baseline: requiredBaseline,
        ratio: { median: requiredWrites.medianMs / requiredBaseline.medianMs, p99: requiredWrites.p99Ms / requiredBaseline.p99Ms },
      },
      frames,
      label,
      targets: checkTargets(scan, ratio),
    };
  } finally {
    scheduler?.stop();
    baselineScheduler?.stop();
    baseline.close();
    db.close();
    if (!options.keepRunDir && options.runDir === undefined) {
      rmSync(runDir, { recursive: true, force: true });
    }
  }
}

function summarizeIfAny(samplesMs: ReadonlyArray<number>): TimingSummary | null {
  return samplesMs.length === 0 ? null : summarizeTimings(samplesMs);
}

function firstClosedCartonId(db: Database.Database, shipmentId: number): number {
  const row = db.prepare<[number], { id: number }>(`SELECT id FROM cartons WHERE shipment_id = ? AND status = 'closed' ORDER BY number LIMIT 1`).get(shipmentId);
  if (row === undefined) {
    throw new Error('No closed carton to label: run more scans than --carton-size');
  }
  return row.id;
}
