import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Result } from '../../../main/core/result';
import { afterEach } from 'vitest';
import { openStore } from '../../../main/store/database';
import { useTempDir } from '../../support/temp-dir';

/** Opens a fresh store file in a temp folder per call and closes every store after each test. */
export function useTestStore(): () => Database.Database {
  const tempDir = useTempDir();
  const opened: Database.Database[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) {
      db.close();
    }
  });
  return () => {
    const result = openStore(join(tempDir(), 'station.sqlite'));
    if (!result.ok) {
      throw new Error(`test store did not open: ${result.error.code}`);
    }
    opened.push(result.value);
    return result.value;
  };
}

/** Row counts of the tables an import writes, to prove a rejected import wrote nothing. */
export function tableCounts(db: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of ['clients', 'products', 'shipments', 'shipment_lines']) {
    counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return counts;
}

export function csv(lines: ReadonlyArray<string>): Buffer {
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

export const testNow = '2025-03-01T10:00:00.000Z';

/** Returns the value of a successful import, or fails the test with the import's error text. */
export function valueOf<T>(result: Result<T, { readonly text: string }>): T {
  if (!result.ok) {
    throw new Error(`expected success, got: ${result.error.text}`);
  }
  return result.value;
}

/** Returns the error of a failed import, or fails the test when it succeeded. */
export function errorOf<E>(result: Result<unknown, E>): E {
  if (result.ok) {
    throw new Error('expected the import to fail, but it succeeded');
  }
  return result.error;
}
