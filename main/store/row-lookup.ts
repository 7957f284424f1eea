import type Database from 'better-sqlite3';
import { prepared } from './statement-cache';

/**
 * Creates a lookup of one row by its integer key that reads each key once. A list of many rows
 * that name few products, clients or locations uses it instead of a join per row. `sql` takes the
 * key as its only parameter. A key without a row is remembered as undefined too.
 */
export function createRowLookup<Row>(db: Database.Database, sql: string): (key: number) => Row | undefined {
  const rows = new Map<number, Row | undefined>();
  return (key) => {
    if (rows.has(key)) {
      return rows.get(key);
    }
    const row = prepared<[number], Row>(db, sql).get(key);
    rows.set(key, row);
    return row;
  };
}
