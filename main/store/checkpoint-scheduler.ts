import { closeSync, openSync, readSync, statSync } from 'node:fs';
import os from 'node:os';
import type Database from 'better-sqlite3';
import { createLogger } from '../core/logger';
import { prepared } from './statement-cache';

const log = createLogger('store');

export interface CheckpointSchedulerOptions {
  /** Time without writes, in ms, after which the scheduler checkpoints. */
  readonly idleMs?: number;
  /**
   * WAL file size in bytes above which a write is followed by a checkpoint without waiting for
   * an idle gap, so a station that never pauses still bounds its WAL.
   */
  readonly maxWalBytes?: number;
  /**
   * WAL frames not yet copied into the database file below which an idle gap does not
   * checkpoint. 0 checkpoints at every idle gap.
   */
  readonly minWalFrames?: number;
}

export const defaultCheckpointIdleMs = 250;
export const defaultMaxWalBytes = 64 * 1024 * 1024;
/**
 * The size at which SQLite's own automatic checkpoint runs (1000 pages), kept as the idle
 * threshold. The first commit after a complete checkpoint restarts the WAL, and with
 * synchronous=FULL it syncs the new WAL header before its frames, a second fsync. Checkpointing
 * only once this many frames wait spares most commits that fsync. A scan writes about 20 frames,
 * so about one scan in 50 pays it (BENCHMARKS.md).
 */
export const defaultMinWalFrames = 1000;

export type CheckpointReason = 'idle' | 'wal-size' | 'close';

/** The result of one `PRAGMA wal_checkpoint(PASSIVE)` as SQLite reports it, with its duration. */
export interface CheckpointOutcome {
  readonly reason: CheckpointReason;
  /**
   * True when every WAL frame is now in the database file. A reader of an older snapshot keeps
   * a PASSIVE checkpoint from copying the frames after it, and SQLite's busy flag stays 0 then.
   */
  readonly complete: boolean;
  /** Frames in the WAL when the checkpoint ran. */
  readonly walFrames: number;
  /** Frames copied into the database file so far, this run included. */
  readonly checkpointedFrames: number;
  readonly durationMs: number;
}

export interface CheckpointScheduler {
  /**
   * Tells the scheduler that a service call ended. When the connection changed rows since the
   * last notice, the idle timer starts again, and a WAL over the size bound is checkpointed on
   * the next turn of the event loop, after the caller has its reply.
   */
  noteActivity(): void;
  /** Runs a passive checkpoint now, whatever the WAL holds, and returns what it did. */
  checkpoint(reason: CheckpointReason): CheckpointOutcome;
  /**
   * Runs what the idle timer runs: a passive checkpoint when at least `minWalFrames` frames wait
   * in the WAL, and returns what it did, or null when fewer wait and it skipped the checkpoint.
   */
  checkpointIfIdleDue(): CheckpointOutcome | null;
  /** Cancels the pending timers and runs a last passive checkpoint. Call it before closing. */
  stop(): CheckpointOutcome;
}

/**
 * Takes WAL checkpoints off the write path of `db`. It turns SQLite's automatic checkpoint off,
 * so no COMMIT copies WAL pages into the database file, and instead runs
 * `PRAGMA wal_checkpoint(PASSIVE)` once `idleMs` pass without writes and at least
 * `minWalFrames` frames wait, or right after a write when the WAL file is larger than
 * `maxWalBytes`. PASSIVE copies what it can without waiting for
 * readers or calling the busy handler (SQLite's wal_checkpoint documentation), so a checkpoint
 * stalls the station only for the copy and its fsyncs.
 *
 * Durability does not change: every COMMIT still syncs the WAL (synchronous=FULL), and a WAL
 * that was never checkpointed is replayed when the file is opened again. SQLite also
 * checkpoints when the last connection to the file closes.
 */
export function createCheckpointScheduler(db: Database.Database, options: CheckpointSchedulerOptions = {}): CheckpointScheduler {
  const idleMs = options.idleMs ?? defaultCheckpointIdleMs;
  const maxWalBytes = options.maxWalBytes ?? defaultMaxWalBytes;
  const minWalFrames = options.minWalFrames ?? defaultMinWalFrames;
  const walFile = db.memory ? null : `${db.name}-wal`;

  db.pragma('wal_autocheckpoint = 0');
  // After a complete checkpoint the next writer restarts the WAL from its start, and this limit
  // makes it truncate a file that a burst grew past the bound. The file size then tracks what the
  // WAL holds instead of its largest size so far.
  db.pragma(`journal_size_limit = ${maxWalBytes}`);

  let changesSeen = totalChanges(db);
  let idleTimer: NodeJS.Timeout | null = null;
  let sizeCheck: NodeJS.Immediate | null = null;

  const checkpoint = (reason: CheckpointReason): CheckpointOutcome => {
    const started = performance.now();
    const row = db.pragma('wal_checkpoint(PASSIVE)') as ReadonlyArray<{ busy: number; log: number; checkpointed: number }>;
    const outcome: CheckpointOutcome = {
      reason,
      complete: row[0] !== undefined && row[0].checkpointed === row[0].log,
      walFrames: row[0]?.log ?? 0,
      checkpointedFrames: row[0]?.checkpointed ?? 0,
      durationMs: performance.now() - started,
    };
    if (!outcome.complete) {
      log.warn('WAL checkpoint incomplete, a reader holds older pages', { file: db.name, ...outcome });
    } else if (reason === 'wal-size') {
      log.info('WAL over the size bound, checkpointed without an idle gap', { file: db.name, maxWalBytes, ...outcome });
    }
    return outcome;
  };

  const checkpointIfIdleDue = (): CheckpointOutcome | null => {
    const waiting = countUncheckpointedFrames(db);
    // An unknown count (no -shm file to read) checkpoints, as the scheduler did before the threshold.
    if (waiting !== null && waiting < minWalFrames) {
      return null;
    }
    return checkpoint('idle');
  };

  const runGuarded = (reason: 'idle' | 'wal-size'): void => {
    if (!db.open) {
      return;
    }
    try {
      if (reason === 'idle') {
        checkpointIfIdleDue();
      } else {
        checkpoint(reason);
      }
    } catch (error) {
      // A failed checkpoint loses nothing: the frames stay in the WAL for the next attempt.
      log.error('WAL checkpoint failed', { reason, file: db.name, error: (error as Error).message });
    }
  };

  const cancelTimers = (): void => {
    if (idleTimer !== null) {
      clearTimeout(idleTimer);
      idleTimer = null;
    }
    if (sizeCheck !== null) {
      clearImmediate(sizeCheck);
      sizeCheck = null;
    }
  };

  return {
    noteActivity: () => {
      if (!db.open) {
        return;
      }
      const changes = totalChanges(db);
      if (changes === changesSeen) {
        return;
      }
      changesSeen = changes;

      if (idleTimer !== null) {
        clearTimeout(idleTimer);
      }
      idleTimer = setTimeout(() => {
        idleTimer = null;
        runGuarded('idle');
      }, idleMs);
      idleTimer.unref();

      if (sizeCheck === null && walFile !== null) {
        sizeCheck = setImmediate(() => {
          sizeCheck = null;
          if (walBytes(walFile) > maxWalBytes) {
            runGuarded('wal-size');
          }
        });
        sizeCheck.unref();
      }
    },
    checkpoint,
    checkpointIfIdleDue,
    stop: () => {
      cancelTimers();
      return checkpoint('close');
    },
  };
}

function totalChanges(db: Database.Database): number {
  return prepared<[], { changes: number }>(db, 'SELECT total_changes() AS changes').get()?.changes ?? 0;
}

/**
 * Counts the WAL frames that no checkpoint has copied into the database file yet, from the
 * wal-index in the `-shm` file: `mxFrame` (bytes 16 to 19 of the header) minus `nBackfill`
 * (bytes 96 to 99), both 32-bit integers in the machine's byte order, as SQLite's "WAL-mode
 * file format" page describes them. Returns null for an in-memory database or a missing `-shm`.
 *
 * It reads without SQLite's locks. A read that races a commit may be off by that commit's
 * frames, which only moves one checkpoint by one idle gap.
 */
export function countUncheckpointedFrames(db: Database.Database): number | null {
  if (db.memory) {
    return null;
  }
  let descriptor: number;
  try {
    descriptor = openSync(`${db.name}-shm`, 'r');
  } catch {
    return null;
  }

  const header = Buffer.alloc(100);
  try {
    if (readSync(descriptor, header, 0, header.length, 0) < header.length) {
      return null;
    }
  } finally {
    closeSync(descriptor);
  }
  const maxFrame = os.endianness() === 'LE' ? header.readUInt32LE(16) : header.readUInt32BE(16);
  const backfilled = os.endianness() === 'LE' ? header.readUInt32LE(96) : header.readUInt32BE(96);
  return Math.max(0, maxFrame - backfilled);
}

function walBytes(walFile: string): number {
  return statSync(walFile, { throwIfNoEntry: false })?.size ?? 0;
}
