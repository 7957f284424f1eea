import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/database';
import { migrations } from '../../../main/store/migrations';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';

const zeros = '0'.repeat(64);

/** Writes a store at the schema just before migration 8, with units in every old status and events naming them. */
function writeVersion7Store(file: string): void {
  const old = new Database(file);
  old.pragma('journal_mode = WAL');
  old.pragma('foreign_keys = ON');
  for (const migration of migrations.filter((candidate) => candidate.version < 8)) {
    migration.up(old);
  }
  old.pragma('user_version = 7');
  old.exec(`
    INSERT INTO clients (id, code, name, created_at) VALUES (1, 'C', 'Client', 't');
    INSERT INTO products (id, client_id, sku, title, created_at) VALUES (1, 1, 'CAM-1', 'Camera', 't');
    INSERT INTO shipments (id, client_id, reference, kind, source, created_at) VALUES (1, 1, 'ORD-1', 'customer-order', 'test', 't');
    INSERT INTO cartons (id, shipment_id, number, sscc, created_at) VALUES (1, 1, 1, '109506000000000019', 't');
    INSERT INTO units (id, product_id, serial, serial_folded, lot, expiry, status, carton_id, shipment_id, created_at, updated_at) VALUES
      (1, 1, 'SN1', 'SN1', 'L1', '2027-01-31', 'in-stock', NULL, NULL, 't1', 'u1'),
      (2, 1, 'SN2', 'SN2', NULL, NULL, 'packed', 1, 1, 't2', 'u2'),
      (3, 1, 'SN3', 'SN3', NULL, NULL, 'shipped', 1, 1, 't3', 'u3'),
      (4, 1, 'SN4', 'SN4', NULL, NULL, 'hold', NULL, NULL, 't4', 'u4');
    INSERT INTO events (seq, id, occurred_at, station_id, type, unit_id, carton_id, shipment_id, payload, prev_hash, hash)
      VALUES (1, 'e-1', 't', 's', 'unit-packed', 2, 1, 1, '{}', '${zeros}', '${'1'.repeat(64)}');
  `);
  old.close();
}

function unitIndexNames(db: Database.Database): ReadonlyArray<string> {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'units' ORDER BY name")
    .all()
    .map((row) => row.name);
}

describe('migration 8 unit lifecycle', () => {
  const tempDir = useTempDir();

  function upgradedStore(): Database.Database {
    const directory = tempDir();
    writeVersion7Store(join(directory, 'packtrace.sqlite'));
    return openTestStore(directory);
  }

  it('keeps every unit row', () => {
    const db = upgradedStore();

    const rows = db.prepare('SELECT id, serial, lot, expiry, status, carton_id, shipment_id, created_at, updated_at FROM units ORDER BY id').all();

    expect(rows).toEqual([
      { id: 1, serial: 'SN1', lot: 'L1', expiry: '2027-01-31', status: 'in-stock', carton_id: null, shipment_id: null, created_at: 't1', updated_at: 'u1' },
      { id: 2, serial: 'SN2', lot: null, expiry: null, status: 'packed', carton_id: 1, shipment_id: 1, created_at: 't2', updated_at: 'u2' },
      { id: 3, serial: 'SN3', lot: null, expiry: null, status: 'shipped', carton_id: 1, shipment_id: 1, created_at: 't3', updated_at: 'u3' },
      { id: 4, serial: 'SN4', lot: null, expiry: null, status: 'hold', carton_id: null, shipment_id: null, created_at: 't4', updated_at: 'u4' },
    ]);
    db.close();
  });

  it('turns an old hold into quarantine', () => {
    const db = upgradedStore();

    const held = db.prepare('SELECT hold_reason, held_status FROM units WHERE id = 4').get();

    expect(held).toEqual({ hold_reason: 'quarantine', held_status: 'in-stock' });
    db.close();
  });

  it('keeps events pointing at units', () => {
    const db = upgradedStore();

    expect(db.prepare('SELECT unit_id FROM events WHERE seq = 1').get()).toEqual({ unit_id: 2 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'events'").get()).toMatchObject({ sql: expect.stringContaining('REFERENCES units (id)') });
    db.close();
  });

  it('recreates the old indexes and adds new ones', () => {
    const db = upgradedStore();

    expect(unitIndexNames(db)).toEqual([
      'sqlite_autoindex_units_1',
      'units_by_carton',
      'units_by_folded_serial',
      'units_by_location',
      'units_by_lot_rows',
      'units_by_receipt',
      'units_by_serial',
      'units_by_status',
      'units_one_per_folded_serial',
    ]);
    expect(() => db.exec("INSERT INTO units (product_id, serial, serial_folded, status, created_at, updated_at) VALUES (1, 'sn1', 'SN1', 'in-stock', 't', 't')")).toThrow(
      /UNIQUE constraint failed: units.product_id, units.serial_folded/,
    );
    db.close();
  });

  it('accepts the new statuses', () => {
    const db = upgradedStore();

    db.exec("INSERT INTO units (product_id, serial, serial_folded, status, created_at, updated_at) VALUES (1, 'SN5', 'SN5', 'received', 't', 't')");
    db.exec("UPDATE units SET status = 'returned', carton_id = NULL, shipment_id = NULL WHERE id = 3");

    expect(db.prepare('SELECT status FROM units WHERE id = 3').get()).toEqual({ status: 'returned' });
    expect(() => db.exec("UPDATE units SET status = 'lost' WHERE id = 1")).toThrow(/CHECK constraint failed/);
    db.close();
  });

  it('rejects a packed unit without carton', () => {
    const db = upgradedStore();

    expect(() => db.exec("UPDATE units SET status = 'packed' WHERE id = 1")).toThrow(/CHECK constraint failed/);
    expect(() => db.exec("UPDATE units SET hold_reason = 'recall' WHERE id = 1")).toThrow(/CHECK constraint failed/);
    db.close();
  });

  it('refuses a units column it does not copy', () => {
    const file = join(tempDir(), 'packtrace.sqlite');
    writeVersion7Store(file);
    const old = new Database(file);
    old.exec('ALTER TABLE units ADD COLUMN note TEXT');
    old.close();

    const opened = openStore(file);

    expect(opened.ok ? null : opened.error).toMatchObject({ code: 'store-open-failed', detail: expect.stringContaining('note') });
  });
});
