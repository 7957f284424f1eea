import type Database from 'better-sqlite3';

/** One numbered schema step. A shipped migration is never edited; add a new one instead. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database.Database) => void;
}
