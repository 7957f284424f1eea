import type Database from 'better-sqlite3';

/**
 * Runs `work` in a `BEGIN IMMEDIATE` transaction and returns its value after the commit.
 *
 * Every write path that reads before it writes uses this. IMMEDIATE takes the write lock up
 * front, so two connections (two stations sharing a file, or two inputs on one bench) queue
 * behind the busy timeout instead of both reading "serial not packed yet" and then failing the
 * commit with SQLITE_BUSY_SNAPSHOT. Inside an outer transaction it becomes a savepoint.
 */
export function inWriteTransaction<T>(db: Database.Database, work: () => T): T {
  return db.transaction(work).immediate();
}

/** The ISO-8601 UTC timestamp that rows and events store. */
export function nowIso(): string {
  return new Date().toISOString();
}
