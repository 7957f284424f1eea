import { statSync } from 'node:fs';
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
}

export const defaultCheckpointIdleMs = 250;
export const defaultMaxWalBytes = 64 * 1024 * 1024;

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
  /** Runs a passive checkpoint now and returns what it did. */
  checkpoint(reason: CheckpointReason): CheckpointOutcome;
  /** Cancels the pending timers and runs a last passive checkpoint. Call it before closing. */
  stop(): CheckpointOutcome;
}

/**
 * Takes WAL checkpoints off the write path of `db`. It turns SQLite's automatic checkpoint off,
 * so no COMMIT copies WAL pages into the database file, and instead runs
 * `PRAGMA wal_checkpoint(PASSIVE)` once `idleMs` pass without writes, or right after a write
 * when the WAL file is larger than `maxWalBytes`. PASSIVE copies what it can without waiting for
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

  const runGuarded = (reason: CheckpointReason): void => {
    if (!db.open) {
      return;
    }
    try {
      checkpoint(reason);
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
    stop: () => {
      cancelTimers();
      return checkpoint('close');
    },
  };
}

function totalChanges(db: Database.Database): number {
  return prepared<[], { changes: number }>(db, 'SELECT total_changes() AS changes').get()?.changes ?? 0;
}

function walBytes(walFile: string): number {
  return statSync(walFile, { throwIfNoEntry: false })?.size ?? 0;
}
