import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/database';
import { latestSchemaVersion } from '../../../main/store/migrations';
import { useTempDir } from '../../support/temp-dir';

describe('openStore', () => {
  const tempDir = useTempDir();

  it('creates the file with WAL, foreign keys and the latest schema', () => {
    const file = join(tempDir(), 'nested', 'packtrace.sqlite');

    const result = openStore(file);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const db = result.value;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    db.close();
  });

  it('reopens an existing file without migrating again', () => {
    const file = join(tempDir(), 'packtrace.sqlite');
    const first = openStore(file);
    if (!first.ok) throw new Error('first open failed');
    first.value.close();

    const second = openStore(file);

    expect(second.ok).toBe(true);
    if (second.ok) second.value.close();
  });

  it('refuses a database written by a newer app', () => {
    const file = join(tempDir(), 'packtrace.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
    raw.close();

    const result = openStore(file);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'store-newer-than-app',
      fileVersion: latestSchemaVersion + 1,
      appVersion: latestSchemaVersion,
    });
  });

  it('reports a file that is not a database', async () => {
    const file = join(tempDir(), 'packtrace.sqlite');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'this is not a database, it is a text file that is long enough to matter');

    const result = openStore(file);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('store-corrupt');
  });
});
