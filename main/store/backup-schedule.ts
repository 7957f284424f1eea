import type Database from 'better-sqlite3';
import { createLogger } from '../core/logger';
import { takeRotatingBackup } from './backup';

const log = createLogger('backup');

/** Time between scheduled backups: every 4 hours, so a shift loses at most half a shift's scans. */
export const defaultBackupIntervalMs = 4 * 60 * 60 * 1000;

export interface BackupSchedule {
  /** Takes a scheduled backup now, unless one is running; resolves when it is written or failed. */
  runNow(): Promise<void>;
  /** Cancels the timer and waits for a running backup, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Takes a rotating online backup of `db` into `backupsDir` every `intervalMs`, the first one
 * `intervalMs` after start. A failed backup (such as a full disk) is logged and retried at the
 * next interval; it never stops the station. The timer does not keep the process alive.
 */
export function startBackupSchedule(db: Database.Database, backupsDir: string, intervalMs = defaultBackupIntervalMs): BackupSchedule {
  let running: Promise<void> | null = null;
  let stopped = false;

  const runNow = (): Promise<void> => {
    if (stopped || !db.open) {
      return Promise.resolve();
    }
    running ??= takeRotatingBackup(db, backupsDir, 'scheduled')
      .then(
        () => undefined,
        (error: unknown) => {
          log.error('scheduled backup failed', { backupsDir, code: (error as { code?: string }).code ?? null, error: (error as Error).message });
        },
      )
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => void runNow(), intervalMs);
  timer.unref();

  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
