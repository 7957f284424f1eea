import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openStore } from '../../main/store/database';

/** Opens a migrated store file in `dir`; throws when opening fails, since the test cannot go on. */
export function openTestStore(dir: string, fileName = 'packtrace.sqlite'): Database.Database {
  const opened = openStore(join(dir, fileName));
  if (!opened.ok) {
    throw new Error(`openStore failed: ${JSON.stringify(opened.error)}`);
  }
  return opened.value;
}
