import type Database from 'better-sqlite3';
import { prepared } from './statement-cache';
import { inWriteTransaction, nowIso } from './write-transaction';

/** A person who signs in at a station; events name them by id. */
export interface OperatorRow {
  readonly id: number;
  readonly name: string;
}

/** Finds an operator by name. Names compare after trimming and ignoring ASCII case. */
export function findOperatorByName(db: Database.Database, name: string): OperatorRow | undefined {
  return prepared<[string], OperatorRow>(db, 'SELECT id, name FROM operators WHERE name = ? COLLATE NOCASE').get(name.trim());
}

export function findOperatorById(db: Database.Database, operatorId: number): OperatorRow | undefined {
  return prepared<[number], OperatorRow>(db, 'SELECT id, name FROM operators WHERE id = ?').get(operatorId);
}

/**
 * Returns the operator with this name, creating them on first sign-in. The stored spelling of
 * an existing operator wins, so "anna" signs in as the "Anna" recorded earlier.
 */
export function findOrCreateOperator(db: Database.Database, name: string): OperatorRow {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new Error('findOrCreateOperator: empty operator name');
  }

  return inWriteTransaction(db, () => {
    const existing = findOperatorByName(db, trimmed);
    if (existing !== undefined) {
      return existing;
    }
    const info = prepared(db, 'INSERT INTO operators (name, created_at) VALUES (?, ?)').run(trimmed, nowIso());
    return { id: Number(info.lastInsertRowid), name: trimmed };
  });
}
