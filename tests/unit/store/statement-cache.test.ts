import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { prepared } from '../../../main/store/statement-cache';

function openMemory(): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE samples (id INTEGER PRIMARY KEY, label TEXT NOT NULL)');
  return db;
}

describe('prepared statement cache', () => {
  it('reuses the statement for repeated SQL', () => {
    const db = openMemory();

    const first = prepared(db, 'SELECT id FROM samples WHERE label = ?');
    const second = prepared(db, 'SELECT id FROM samples WHERE label = ?');

    expect(second).toBe(first);
    db.close();
  });

  it('prepares other SQL separately', () => {
    const db = openMemory();

    const byLabel = prepared(db, 'SELECT id FROM samples WHERE label = ?');
    const byId = prepared(db, 'SELECT label FROM samples WHERE id = ?');

    expect(byId).not.toBe(byLabel);
    db.close();
  });

  it('keeps statements per connection', () => {
    const first = openMemory();
    const other = openMemory();
    prepared(first, 'INSERT INTO samples (label) VALUES (?)').run('only in the first');

    const count = prepared<[], { n: number }>(other, 'SELECT count(*) AS n FROM samples').get();

    expect(count?.n).toBe(0);
    expect(prepared(other, 'INSERT INTO samples (label) VALUES (?)').database).toBe(other);
    first.close();
    other.close();
  });

  it('survives a schema change between runs', () => {
    const db = openMemory();
    db.exec('CREATE INDEX samples_by_label ON samples (label)');
    const insert = prepared(db, 'INSERT INTO samples (label) VALUES (?)');
    insert.run('before');

    db.exec('DROP INDEX samples_by_label');
    prepared(db, 'INSERT INTO samples (label) VALUES (?)').run('after');

    const labels = prepared<[], { label: string }>(db, 'SELECT label FROM samples ORDER BY id').all();
    expect(labels.map((row) => row.label)).toEqual(['before', 'after']);
    db.close();
  });
});
