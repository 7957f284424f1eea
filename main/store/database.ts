import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { createLogger } from '../core/logger';
import { assessDataDirLocation, readMountTable, type DataDirRisk } from '../safety/storage-location';
import { backupsDirIn, takePreMigrationBackup } from './backup';
import { latestSchemaVersion, migrations } from './migrations';

const log = createLogger('store');

export type StoreOpenError =
  | { readonly code: 'store-newer-than-app'; readonly fileVersion: number; readonly appVersion: number; readonly file: string }
  | { readonly code: 'store-open-failed'; readonly file: string; readonly detail: string }
  | { readonly code: 'store-corrupt'; readonly file: string; readonly detail: string }
  | { readonly code: 'store-location-unsafe'; readonly file: string; readonly risk: DataDirRisk };

/** Set to 1 to open a database on a network share or in a sync folder anyway (see SECURITY.md). */
export const allowUnsafeDataDirVariable = 'PACKTRACE_ALLOW_UNSAFE_DATA_DIR';

export interface OpenStoreOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron ships its own ABI). */
  readonly nativeBinding?: string;
  readonly readonly?: boolean;
  /** Opens a file on a network filesystem or in a sync folder; defaults to PACKTRACE_ALLOW_UNSAFE_DATA_DIR=1. */
  readonly allowUnsafeLocation?: boolean;
  /**
   * Copies the file to `<folder>/backups` before its first pending migration (the default). Only
   * a store that can be rebuilt from nothing, such as a generated bench store, turns it off.
   */
  readonly backupBeforeMigration?: boolean;
}

/**
 * Opens (creating if needed) the station database, applies pending migrations in one transaction
 * each, and refuses a file written by a newer app rather than guessing at its schema. Before it
 * opens a file it refuses a folder on a network share or in a sync client's folder, where WAL is
 * unsafe; after it opens one it runs `PRAGMA quick_check` and reports damage as 'store-corrupt'.
 * An existing database is copied to `<folder>/backups` before its first pending migration.
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Result<Database.Database, StoreOpenError> {
  const allowUnsafeLocation = options.allowUnsafeLocation ?? process.env[allowUnsafeDataDirVariable] === '1';
  if (file !== ':memory:' && !allowUnsafeLocation) {
    const risk = assessDataDirLocation(resolve(dirname(file)), readMountTable());
    if (risk !== null) {
      return err({ code: 'store-location-unsafe', file, risk });
    }
  }

  let db: Database.Database;
  try {
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true });
    }
    db = new Database(file, { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false });
  } catch (error) {
    return err(openFailure(file, error));
  }

  try {
    applyConnectionSettings(db);
    const fileVersion = db.pragma('user_version', { simple: true }) as number;
    if (fileVersion > latestSchemaVersion) {
      db.close();
      return err({ code: 'store-newer-than-app', fileVersion, appVersion: latestSchemaVersion, file });
    }
    if (file !== ':memory:') {
      // NOTE: quick_check reads the whole file. On the 32 GB bench store of ten million units,
      // `packtrace recall` took 6 min 48 s on a 2-vCPU machine with a virtual disk, nearly all of
      // it in this check (the recall itself takes under a second). Every CLI command and station
      // start on a store that size waits for it.
      checkIntegrity(db);
    }
    if (!options.readonly) {
      migrate(db, fileVersion, file, options.backupBeforeMigration ?? true);
    }
  } catch (error) {
    db.close();
    return err(openFailure(file, error));
  }

  return ok(db);
}

function applyConnectionSettings(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL makes every commit durable against power loss, not only against a killed process:
  // a scan is acknowledged only after its commit, so the acknowledgement must mean "on disk".
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

class IntegrityCheckFailed extends Error {}

function checkIntegrity(db: Database.Database): void {
  const rows = db.pragma('quick_check', { simple: false }) as ReadonlyArray<{ quick_check: string }>;
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new IntegrityCheckFailed(rows.slice(0, 3).map((row) => row.quick_check).join('; '));
  }
}

/** SQLite reports a damaged file as SQLITE_CORRUPT (with extended codes) or SQLITE_NOTADB. */
function openFailure(file: string, error: unknown): StoreOpenError {
  const code = (error as { code?: unknown }).code;
  const isCorrupt = error instanceof IntegrityCheckFailed || (typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB'));
  return { code: isCorrupt ? 'store-corrupt' : 'store-open-failed', file, detail: (error as Error).message };
}

function migrate(db: Database.Database, fromVersion: number, file: string, backup: boolean): void {
  const pending = migrations.filter((migration) => migration.version > fromVersion);
  if (backup && pending.length > 0 && fromVersion > 0 && file !== ':memory:') {
    // A failed copy (such as a full disk) throws, so the database is not migrated without one.
    takePreMigrationBackup(db, backupsDirIn(dirname(file)));
  }

  for (const migration of migrations) {
    if (migration.version <= fromVersion) {
      continue;
    }
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    log.info('applied migration', { version: migration.version, name: migration.name });
  }
}
