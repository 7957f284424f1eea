import { join } from 'node:path';
import Database from 'better-sqlite3';
import { timeCall } from './statistics';

/** A bare better-sqlite3 connection that times single-row insert transactions. */
export interface InsertBaseline {
  /** Inserts one row in its own `BEGIN IMMEDIATE` transaction and returns the time to commit, in ms. */
  readonly insertOne: () => number;
  /** The connection, so the bench can give it the same checkpoint scheduler as the store. */
  readonly db: Database.Database;
  readonly settings: DurabilitySettings;
  readonly close: () => void;
}

/** The pragmas that decide what a commit costs. */
export interface DurabilitySettings {
  readonly journalMode: string;
  /** 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA, as SQLite reports it. */
  readonly synchronous: number;
  /** WAL size in pages that triggers a checkpoint at commit. 0 or less turns automatic checkpoints off. */
  readonly walAutocheckpoint: number;
}

/**
 * Opens a fresh database file in `dir` (the run folder, so the same file system as the store)
 * with WAL and synchronous=FULL, the durability settings openStore gives the station store.
 */
export function openInsertBaseline(dir: string, walAutocheckpoint?: number): InsertBaseline {
  const db = new Database(join(dir, 'baseline.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  if (walAutocheckpoint !== undefined) {
    db.pragma(`wal_autocheckpoint = ${walAutocheckpoint}`);
  }
  db.exec('CREATE TABLE samples (id INTEGER PRIMARY KEY, recorded_at TEXT NOT NULL, payload TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO samples (recorded_at, payload) VALUES (?, ?)');
  const insertInTransaction = db.transaction((payload: string) => insert.run(new Date().toISOString(), payload));
  let counter = 0;

  return {
    insertOne: () => {
      counter += 1;
      const payload = `]d20109506011000011AA${String(counter).padStart(8, '0')}`;
      return timeCall(() => insertInTransaction.immediate(payload)).ms;
    },
    db,
    settings: readDurabilitySettings(db),
    close: () => db.close(),
  };
}

export function readDurabilitySettings(db: Database.Database): DurabilitySettings {
  return {
    journalMode: String(db.pragma('journal_mode', { simple: true })),
    synchronous: Number(db.pragma('synchronous', { simple: true })),
    walAutocheckpoint: Number(db.pragma('wal_autocheckpoint', { simple: true })),
  };
}
