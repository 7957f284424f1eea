import { hostname } from 'node:os';
import type Database from 'better-sqlite3';
import { v4 as uuidv4 } from 'uuid';
import { prepared } from './statement-cache';
import { inWriteTransaction, nowIso } from './write-transaction';

/** The identity of this station: a random UUID fixed at first start, and a display name. */
export interface StationIdentity {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

/** Reads the station row, if the station has started before. */
export function readStation(db: Database.Database): StationIdentity | undefined {
  const record = prepared<[], { id: string; name: string; created_at: string }>(db, 'SELECT id, name, created_at FROM station').get();
  return record === undefined ? undefined : { id: record.id, name: record.name, createdAt: record.created_at };
}

/**
 * Returns the station identity, creating it on first start with a new UUID and `name` (the host
 * name by default). Later calls return the stored row unchanged, whatever name they pass, so
 * events keep one station id for the life of the file.
 */
export function ensureStation(db: Database.Database, name: string = hostname()): StationIdentity {
  return inWriteTransaction(db, () => {
    const existing = readStation(db);
    if (existing !== undefined) {
      return existing;
    }

    const created: StationIdentity = { id: uuidv4(), name: name.trim() || 'station', createdAt: nowIso() };
    prepared(db, 'INSERT INTO station (id, name, created_at) VALUES (?, ?, ?)').run(created.id, created.name, created.createdAt);
    return created;
  });
}
