import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { createLogger } from '../core/logger';

const log = createLogger('backup');

/** Reason a backup was taken. It is part of the file name, and rotation keeps each reason apart. */
export type BackupReason = 'scheduled' | 'pre-migration' | 'manual' | 'pre-restore';

/** How many backups of each kind rotation keeps, newest first. */
export const backupsKept: Readonly<Record<BackupReason, number>> = {
  scheduled: 14,
  'pre-migration': 5,
  manual: 10,
  'pre-restore': 5,
};

export interface BackupFile {
  readonly file: string;
  readonly reason: BackupReason;
  /** Time the backup was started, as an ISO-8601 UTC timestamp taken from the file name. */
  readonly takenAt: string;
  readonly bytes: number;
}

const namePattern = /^packtrace-(\d{8}T\d{6}\d{3}Z)-(scheduled|pre-migration|manual|pre-restore)\.sqlite$/;

/** Returns the folder of the rotating backups: `<data folder>/backups`. */
export function backupsDirIn(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** Builds `packtrace-20260105T080000123Z-scheduled.sqlite` (compact UTC time, sortable by name). */
export function backupFileName(takenAt: Date, reason: BackupReason): string {
  const stamp = takenAt.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `packtrace-${stamp}-${reason}.sqlite`;
}

/** Lists the backups in `backupsDir`, newest first; files with other names are ignored. */
export function listBackups(backupsDir: string): ReadonlyArray<BackupFile> {
  let names: string[];
  try {
    names = readdirSync(backupsDir);
  } catch {
    return [];
  }

  const backups: BackupFile[] = [];
  for (const name of names) {
    const match = namePattern.exec(name);
    if (match === null) {
      continue;
    }
    const stamp = match[1] as string;
    const takenAt = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
    const file = join(backupsDir, name);
    backups.push({ file, reason: match[2] as BackupReason, takenAt, bytes: statSync(file).size });
  }
  return backups.sort(compareNewestFirst);
}

/** Orders backups by `takenAt`, newest first, for `Array.prototype.sort`. */
export function compareNewestFirst(first: BackupFile, second: BackupFile): number {
  if (first.takenAt === second.takenAt) {
    return 0;
  }
  return first.takenAt < second.takenAt ? 1 : -1;
}

/**
 * Copies the open database to `destination` with SQLite's online backup API (better-sqlite3's
 * `db.backup`), which reads a consistent snapshot while scans keep committing. The copy is
 * written beside the destination under a temporary name, synced, and renamed into place, so a
 * crash or a full disk never leaves a half-written file under a backup's name.
 */
export async function writeOnlineBackup(db: Database.Database, destination: string): Promise<void> {
  mkdirSync(dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  try {
    await db.backup(partial);
    syncFile(partial);
    renameSync(partial, destination);
    syncFile(dirname(destination));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Takes a backup of `reason` into `backupsDir` and then deletes the oldest ones of that reason
 * beyond `backupsKept`. Throws when the copy fails (a full disk, an unwritable folder).
 */
export async function takeRotatingBackup(db: Database.Database, backupsDir: string, reason: BackupReason, now = new Date()): Promise<BackupFile> {
  const file = join(backupsDir, backupFileName(now, reason));
  await writeOnlineBackup(db, file);
  const removed = rotateBackups(backupsDir, reason);
  log.info('backup written', { file: basename(file), reason, removed: removed.length });
  return { file, reason, takenAt: now.toISOString(), bytes: statSync(file).size };
}

/**
 * Copies the database to `backupsDir` synchronously with `VACUUM INTO`, for the step right before
 * a migration. openStore is synchronous and `db.backup` is not, and VACUUM INTO gives the same
 * consistent copy. The file is written under a temporary name and renamed, as with online backups.
 */
export function takePreMigrationBackup(db: Database.Database, backupsDir: string, now = new Date()): BackupFile {
  mkdirSync(backupsDir, { recursive: true });
  const file = join(backupsDir, backupFileName(now, 'pre-migration'));
  const partial = `${file}.partial`;
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    syncFile(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  rotateBackups(backupsDir, 'pre-migration');
  log.info('pre-migration backup written', { file: basename(file) });
  return { file, reason: 'pre-migration', takenAt: now.toISOString(), bytes: statSync(file).size };
}

/** Deletes the backups of `reason` beyond the newest `backupsKept[reason]`; returns the deleted paths. */
export function rotateBackups(backupsDir: string, reason: BackupReason): ReadonlyArray<string> {
  const ofReason = listBackups(backupsDir).filter((backup) => backup.reason === reason);
  const surplus = ofReason.slice(backupsKept[reason]).map((backup) => backup.file);
  for (const file of surplus) {
    // A pre-restore backup is a moved database that may keep its -wal file beside it.
    for (const path of [file, `${file}-wal`, `${file}-shm`]) {
      rmSync(path, { force: true });
    }
  }
  return surplus;
}

/** Flushes a file or folder to disk with fsync, so a rename after it survives a power cut. */
export function syncFile(path: string): void {
  const descriptor = openSync(path, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
