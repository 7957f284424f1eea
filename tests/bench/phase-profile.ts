import type Database from 'better-sqlite3';
import { decodeScan } from '../../main/scan/decode';
import type { BenchShipment } from './bench-shipment';
import { closeCarton, scanOnce, type IdleCheckpoint } from './scan-series';
import { describeSlowScans, type ScanSample, type SlowScans } from './slow-scans';
import { summarizeTimings, timeCall, type TimingSummary } from './statistics';

/** Where the time of a scan goes, each phase summarised over the same profiled scans. */
export interface PhaseProfile {
  /** `decodeScan` alone on the scanned text, outside any transaction. */
  readonly decode: TimingSummary;
  /** `BEGIN IMMEDIATE`: taking the write lock. */
  readonly begin: TimingSummary;
  /** `recordScan` inside the open transaction: decode, lookups, rules and row writes, no commit. */
  readonly work: TimingSummary;
  /** `COMMIT`: writing the WAL frames and, with synchronous=FULL, the fsync. */
  readonly commit: TimingSummary;
  /** The slowest 1% by begin, work and commit together, with the mean of each phase. */
  readonly slowest: SlowScans;
}

/**
 * Profiles further fresh scans by running each inside a transaction the profiler opens and
 * commits itself, so the commit is timed apart from the work. Inside that transaction
 * recordScan's own transaction becomes a savepoint, which costs about the same as its BEGIN.
 * These scans are not part of the headline figures. `idleCheckpoint`, when set, runs untimed
 * after every scan, as in the timed series.
 */
export function profileScanPhases(
  db: Database.Database,
  shipment: BenchShipment,
  scans: number,
  cartonSize: number,
  idleCheckpoint?: IdleCheckpoint,
): PhaseProfile {
  const decodeMs: number[] = [];
  const samples: ScanSample[] = [];
  let inCarton = 0;
  let checkpointedBefore = false;

  for (let index = 0; index < scans; index += 1) {
    const raw = shipment.nextScan();
    decodeMs.push(timeCall(() => decodeScan(raw)).ms);
    const begin = timeCall(() => db.exec('BEGIN IMMEDIATE')).ms;
    const work = timeCall(() => scanOnce(db, shipment, raw));
    const commit = timeCall(() => db.exec('COMMIT')).ms;
    samples.push({
      totalMs: begin + work.ms + commit,
      phasesMs: { begin, work: work.ms, commit },
      openedCarton: work.value.code === 'unit-packed-new-carton',
      afterCheckpoint: checkpointedBefore,
    });

    if (work.value.outcome === 'accepted') {
      inCarton += 1;
    }
    if (inCarton >= cartonSize) {
      closeCarton(db, shipment, inCarton);
      inCarton = 0;
    }
    checkpointedBefore = (idleCheckpoint?.() ?? null) !== null;
  }
  return {
    decode: summarizeTimings(decodeMs),
    begin: summarizeTimings(samples.map((sample) => sample.phasesMs?.begin ?? 0)),
    work: summarizeTimings(samples.map((sample) => sample.phasesMs?.work ?? 0)),
    commit: summarizeTimings(samples.map((sample) => sample.phasesMs?.commit ?? 0)),
    slowest: describeSlowScans(samples),
  };
}
