import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ScanVerdict } from '../../main/api/contract';
import { closeOpenCarton } from '../../main/packing/carton-actions';
import { recordScan } from '../../main/packing/scan-pipeline';
import { inWriteTransaction } from '../../main/store/write-transaction';
import type { BenchShipment } from './bench-shipment';
import type { InsertBaseline } from './insert-baseline';
import { timeCall } from './statistics';

/** Raw timings of one series, in ms, and what became of every timed scan. */
export interface ScanSeries {
  readonly scanMs: ReadonlyArray<number>;
  readonly baselineMs: ReadonlyArray<number>;
  readonly accepted: number;
  /** Rejected scans by verdict code; empty when every scan was accepted. */
  readonly rejected: Readonly<Record<string, number>>;
  readonly cartonsClosed: number;
  /**
   * Idle checkpoints that ran after a scan or an insert, in ms; a gap whose WAL was under the
   * threshold adds nothing. Empty when checkpoints are automatic.
   */
  readonly storeCheckpointMs: ReadonlyArray<number>;
  readonly baselineCheckpointMs: ReadonlyArray<number>;
  /** Per timed scan: whether it opened a carton, and whether a checkpoint ran just before it. */
  readonly scanTraits: ReadonlyArray<ScanTraits>;
}

/** What a scan did besides packing its unit, to explain the slowest ones. */
export interface ScanTraits {
  /** The scan opened a carton: an SSCC allocation, a carton row and a 'carton-opened' event more. */
  readonly openedCarton: boolean;
  /** A checkpoint ran before the scan, so its commit restarted the WAL. */
  readonly afterCheckpoint: boolean;
}

/**
 * The checkpoint the station's scheduler runs in the idle gap after a write. Returns its time in
 * ms, or null when the scheduler skipped it because the WAL was under its threshold.
 */
export type IdleCheckpoint = () => number | null;

export interface ScanSeriesOptions {
  readonly scans: number;
  /** Untimed scans and inserts first, so the JIT and the page cache are warm as on a station in use. */
  readonly warmupScans: number;
  /** Units per carton. A full carton is closed (untimed), so the next scan opens a new one. */
  readonly cartonSize: number;
  /**
   * When set, runs after every scan (and after the carton close that follows it, if any), as the
   * scheduler would in the seconds between two operator scans. Outside the timed spans.
   */
  readonly idleCheckpoint?: IdleCheckpoint;
  /** The same for the baseline connection, after every insert. */
  readonly baselineIdleCheckpoint?: IdleCheckpoint;
}

/**
 * Scans fresh units into the bench shipment through `recordScan`, as the pack.scan channel does:
 * one gesture per call, a new gesture id each time, each its own write transaction that commits
 * before the verdict returns. Each timed scan is followed by one timed baseline insert, so load
 * from other processes falls on both series alike. With the idle checkpoints set, both
 * connections then get the idle checkpoint of their own scheduler, each timed into its own series.
 */
export function runScanSeries(db: Database.Database, shipment: BenchShipment, baseline: InsertBaseline, options: ScanSeriesOptions): ScanSeries {
  const scanMs: number[] = [];
  const baselineMs: number[] = [];
  const rejected: Record<string, number> = {};
  let accepted = 0;
  let inCarton = 0;
  let cartonsClosed = 0;
  const storeCheckpointMs: number[] = [];
  const baselineCheckpointMs: number[] = [];
  const scanTraits: ScanTraits[] = [];
  let checkpointedBefore = false;

  for (let index = 0; index < options.warmupScans + options.scans; index += 1) {
    const timed = index >= options.warmupScans;
    const raw = shipment.nextScan();
    const scan = timeCall(() => scanOnce(db, shipment, raw));
    const insertMs = baseline.insertOne();

    if (scan.value.outcome === 'accepted') {
      inCarton += 1;
    }
    if (timed) {
      scanMs.push(scan.ms);
      baselineMs.push(insertMs);
      scanTraits.push({ openedCarton: scan.value.code === 'unit-packed-new-carton', afterCheckpoint: checkpointedBefore });
      if (scan.value.outcome === 'accepted') {
        accepted += 1;
      } else {
        rejected[scan.value.code] = (rejected[scan.value.code] ?? 0) + 1;
      }
    }
    if (inCarton >= options.cartonSize) {
      closeCarton(db, shipment, inCarton);
      inCarton = 0;
      cartonsClosed += 1;
    }
    const storeMs = options.idleCheckpoint?.() ?? null;
    const insertCheckpointMs = options.baselineIdleCheckpoint?.() ?? null;
    checkpointedBefore = storeMs !== null;
    if (timed && storeMs !== null) {
      storeCheckpointMs.push(storeMs);
    }
    if (timed && insertCheckpointMs !== null) {
      baselineCheckpointMs.push(insertCheckpointMs);
    }
  }
  return { scanMs, baselineMs, accepted, rejected, cartonsClosed, storeCheckpointMs, baselineCheckpointMs, scanTraits };
}

/** Records one scan gesture and returns its verdict. A service error is a bench failure and throws. */
export function scanOnce(db: Database.Database, shipment: BenchShipment, raw: string): ScanVerdict {
  const result = recordScan(db, shipment.actor, { shipmentId: shipment.shipmentId, raw, gestureId: randomUUID(), source: 'keyboard' });
  if (!result.ok) {
    throw new Error(`recordScan failed for ${JSON.stringify(raw)}: ${JSON.stringify(result.error)}`);
  }
  return result.value;
}

/** Closes the open carton with a plausible gross weight (300 g box plus 400 g per unit). */
export function closeCarton(db: Database.Database, shipment: BenchShipment, unitCount: number): void {
  const closed = inWriteTransaction(db, () => closeOpenCarton(db, shipment.actor, shipment.shipmentId, 300 + 400 * unitCount));
  if (!closed.ok) {
    throw new Error(`Closing the bench carton failed: ${JSON.stringify(closed.error)}`);
  }
}
