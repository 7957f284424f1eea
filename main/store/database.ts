import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { createLogger } from '../core/logger';
import { latestSchemaVersion, migrations } from './migrations';

const log = createLogger('store');

export type StoreOpenError =
  | { readonly code: 'store-newer-than-app'; readonly fileVersion: number; readonly appVersion: number; readonly file: string }
  | { readonly code: 'store-open-failed'; readonly file: string; readonly detail: string };

export interface OpenStoreOptions {
  /** Path of a better_sqlite3.node built for the running runtime (Electron ships its own ABI). */
  readonly nativeBinding?: string;
  readonly readonly?: boolean;
}

/**
 * Opens (creating if needed) the station database, applies pending migrations in one transaction
 * each, and refuses a file written by a newer app rather than guessing at its schema.
 */
export function openStore(file: string, options: OpenStoreOptions = {}): Result<Database.Database, StoreOpenError> {
  let db: Database.Database;
  try {
    if (file !== ':memory:') {
      mkdirSync(dirname(file), { recursive: true });
    }
    db = new Database(file, { nativeBinding: options.nativeBinding, readonly: options.readonly ?? false });
  } catch (error) {
    return err({ code: 'store-open-failed', file, detail: (error as Error).message });
  }

  try {
    applyConnectionSettings(db);
    const fileVersion = db.pragma('user_version', { simple: true }) as number;
    if (fileVersion > latestSchemaVersion) {
      db.close();
      return err({ code: 'store-newer-than-app', fileVersion, appVersion: latestSchemaVersion, file });
    }
    if (!options.readonly) {
      migrate(db, fileVersion);
    }
  } catch (error) {
    db.close();
    return err({ code: 'store-open-failed', file, detail: (error as Error).message });
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

function migrate(db: Database.Database, fromVersion: number): void {
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
