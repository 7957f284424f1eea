import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/database';
import { initialSchema } from '../../../main/store/migrations/001-initial';
import { scanGestures } from '../../../main/store/migrations/002-scan-gestures';
import { latestSchemaVersion } from '../../../main/store/migrations';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

function indexNames(db: Database.Database): ReadonlyArray<string> {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name")
    .all()
    .map((row) => row.name);
}

describe('migration 3 drops events_by_shipment', () => {
  const tempDir = useTempDir();

  it('removes the unused index', () => {
    const db = openTestStore(tempDir());

    expect(indexNames(db)).not.toContain('events_by_shipment');
    db.close();
  });

  it('keeps every other events index', () => {
    const db = openTestStore(tempDir());

    expect(indexNames(db)).toEqual([
      'events_by_carton',
      'events_by_unit',
      'events_one_successor',
      // Migration 10: a partial index over 'unit-returned' events.
      'events_unit_returns',
      'sqlite_autoindex_events_1',
      'sqlite_autoindex_events_2',
      'sqlite_autoindex_events_3',
    ]);
    db.close();
  });

  it('upgrades a version 2 store with events', () => {
    const file = join(tempDir(), 'packtrace.sqlite');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    for (const migration of [initialSchema, scanGestures]) {
      migration.up(old);
    }
    old.pragma('user_version = 2');
    old.exec(`
      INSERT INTO clients (id, code, name, created_at) VALUES (1, 'C', 'Client', 't');
      INSERT INTO shipments (id, client_id, reference, kind, source, created_at) VALUES (1, 1, 'ORD-1', 'customer-order', 'test', 't');
      INSERT INTO events (seq, id, occurred_at, station_id, type, shipment_id, payload, prev_hash, hash)
        VALUES (1, 'e-1', 't', 's', 'shipment-finished', 1, '{}', '${'0'.repeat(64)}', '${'1'.repeat(64)}');
    `);
    old.close();

    const opened = openStore(file);

    expect(opened.ok).toBe(true);
    const db = opened.ok ? opened.value : null;
    expect(db?.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db === null ? [] : indexNames(db)).not.toContain('events_by_shipment');
    expect(db?.prepare<[], { n: number }>('SELECT count(*) AS n FROM events WHERE shipment_id = 1').get()?.n).toBe(1);
    db?.close();
  });

  it('still enforces one event per gesture', () => {
    const db = openTestStore(tempDir());
    db.exec(`
      INSERT INTO clients (id, code, name, created_at) VALUES (1, 'C', 'Client', 't');
      INSERT INTO shipments (id, client_id, reference, kind, source, created_at) VALUES (1, 1, 'ORD-1', 'customer-order', 'test', 't');
      INSERT INTO events (seq, id, occurred_at, station_id, type, shipment_id, idempotency_key, payload, prev_hash, hash)
        VALUES (1, 'e-1', 't', 's', 'unit-packed', 1, 'g-1', '{}', '${'0'.repeat(64)}', '${'1'.repeat(64)}');
    `);

    expect(() =>
      db.exec(`INSERT INTO events (seq, id, occurred_at, station_id, type, shipment_id, idempotency_key, payload, prev_hash, hash)
        VALUES (2, 'e-2', 't', 's', 'unit-packed', 1, 'g-1', '{}', '${'1'.repeat(64)}', '${'2'.repeat(64)}')`),
    ).toThrow(/UNIQUE constraint failed: events.idempotency_key/);
    db.close();
  });
});
