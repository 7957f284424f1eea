import type Database from 'better-sqlite3';
import { databaseFileIn, resolveDataDir } from '../store/data-dir';
import { openStore } from '../store/database';
import { describeStoreSafetyProblemForConsole } from '../safety/console-text';
import type { CliIo } from './io';

export interface CliStore {
  readonly db: Database.Database;
  readonly dataDir: string;
}

/**
 * Opens the station database for one command, or prints why it cannot and returns null so the
 * command exits 1 (a newer database than this app, a file that is not a database).
 */
export function openCliStore(explicitDataDir: string | null, io: CliIo): CliStore | null {
  const dataDir = resolveDataDir(explicitDataDir);
  const file = databaseFileIn(dataDir);
  const opened = openStore(file);
  if (opened.ok) {
    return { db: opened.value, dataDir };
  }

  const error = opened.error;
  switch (error.code) {
    case 'store-newer-than-app':
      io.stderr.write(
        `packtrace: ${file} was written by a newer Packtrace (schema ${error.fileVersion}, this app reads up to ${error.appVersion}). Update Packtrace or use another --data-dir.\n`,
      );
      break;
    case 'store-open-failed':
      io.stderr.write(`packtrace: cannot open ${file}: ${error.detail}\n`);
      break;
    case 'store-corrupt':
    case 'store-location-unsafe':
      io.stderr.write(`packtrace: ${describeStoreSafetyProblemForConsole(error)}\n`);
      break;
  }
  return null;
}
