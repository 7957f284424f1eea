import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import { backupFileName, backupsDirIn, rotateBackups, syncFile } from './backup';
import { verifyDatabaseFile, type DatabaseFileProblem, type VerifiedDatabase } from './backup-verify';
import { databaseFileIn } from './data-dir';

const log = createLogger('backup');

export type RestoreProblem =
  | DatabaseFileProblem
  | { readonly code: 'store-in-use'; readonly file: string }
  | { readonly code: 'restore-failed'; readonly file: string; readonly detail: string };

export interface RestoreOptions {
  /** better_sqlite3.node built for the running runtime; the Electron shell passes its own build. */
  readonly nativeBinding?: string;
  readonly now?: Date;
}

export interface RestoreReport {
  readonly restoredFrom: string;
  /** New path of the replaced database (its -wal file beside it), or null when there was none. */
  readonly previousMovedTo: string | null;
  readonly verified: VerifiedDatabase;
}

/**
 * Returns true when another connection (a station, a desktop app, a command) has `file` open.
 * SQLite's own file locks decide this: a connection in WAL mode holds a shared lock for as long
 * as it is open, so an exclusive lock taken without waiting fails with SQLITE_BUSY.
 */
export function isDatabaseInUse(file: string, options: { readonly nativeBinding?: string } = {}): boolean {
  if (!existsSync(file)) {
    return false;
  }
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0, nativeBinding: options.nativeBinding });
  } catch {
    return false;
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('ROLLBACK');
    return false;
  } catch (error) {
    return (error as { code?: string }).code === 'SQLITE_BUSY' || (error as { code?: string }).code === 'SQLITE_LOCKED';
  } finally {
    db.close();
  }
}

/**
 * Replaces the station database in `dataDir` with `backupFile` after checking the backup
 * (integrity_check, schema version, event hash chain) and that no process has the database open.
 * The replaced database is not deleted: it and its -wal file move into the backups folder as a
 * `pre-restore` backup, so a restore of the wrong file can be undone the same way.
 *
 * NOTE: a station that starts between the in-use check and the rename opens the old file. The
 * window lasts two renames and one copy.
 */
export function restoreDatabase(dataDir: string, backupFile: string, options: RestoreOptions = {}): Result<RestoreReport, RestoreProblem> {
  const now = options.now ?? new Date();
  const verified = verifyDatabaseFile(backupFile, options);
  if (!verified.ok) {
    return verified;
  }
  const liveFile = databaseFileIn(dataDir);
  if (isDatabaseInUse(liveFile, options)) {
    return err({ code: 'store-in-use', file: liveFile });
  }

  const backupsDir = backupsDirIn(dataDir);
  let previousMovedTo: string | null = null;
  try {
    mkdirSync(backupsDir, { recursive: true });
    if (existsSync(liveFile)) {
      previousMovedTo = join(backupsDir, backupFileName(now, 'pre-restore'));
      moveDatabaseFiles(liveFile, previousMovedTo);
    }

    const incoming = `${liveFile}.restoring`;
    copyFileSync(backupFile, incoming);
    syncFile(incoming);
    renameSync(incoming, liveFile);
    syncFile(dirname(liveFile));
  } catch (error) {
    return err({ code: 'restore-failed', file: liveFile, detail: (error as Error).message });
  }

  rotateBackups(backupsDir, 'pre-restore');
  log.info('database restored', { from: basename(backupFile), previous: previousMovedTo === null ? null : basename(previousMovedTo) });
  return ok({ restoredFrom: backupFile, previousMovedTo, verified: verified.value });
}

/** Renames a database and its -wal file together, because SQLite finds the WAL by name. The -shm file is rebuilt on open. */
function moveDatabaseFiles(from: string, to: string): void {
  renameSync(from, to);
  if (existsSync(`${from}-wal`)) {
    renameSync(`${from}-wal`, `${to}-wal`);
  }
  rmSync(`${from}-shm`, { force: true });
}
