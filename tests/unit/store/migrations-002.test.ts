import { describe, expect, it } from 'vitest';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

describe('migration 2 scan gestures', () => {
  const tempDir = useTempDir();

  it('creates the gesture table and indexes', () => {
    const db = openTestStore(tempDir());

    const names = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name")
      .all()
      .map((row) => row.name);

    expect(names).toContain('scan_gestures');
    expect(names).toContain('units_one_per_folded_serial');
    expect(names).toContain('events_one_successor');
    db.close();
  });

  it('rejects a second gesture with one id', () => {
    const db = openTestStore(tempDir());
    db.exec(`
      INSERT INTO clients (id, code, name, created_at) VALUES (1, 'C', 'Client', 't');
      INSERT INTO shipments (id, client_id, reference, kind, source, created_at) VALUES (1, 1, 'ORD-1', 'customer-order', 'test', 't');
    `);
    const insert = db.prepare(
      `INSERT INTO scan_gestures (gesture_id, station_id, shipment_id, source, raw, outcome, verdict_json, recorded_at)
       VALUES ('g-1', 's', 1, 'keyboard', 'x', 'rejected', '{}', 't')`,
    );

    insert.run();

    expect(() => insert.run()).toThrow(/UNIQUE constraint failed: scan_gestures.gesture_id/);
    db.close();
  });

  it('rejects a case-only variant of a serial', () => {
    const db = openTestStore(tempDir());
    db.exec(`
      INSERT INTO clients (id, code, name, created_at) VALUES (1, 'C', 'Client', 't');
      INSERT INTO products (id, client_id, sku, title, created_at) VALUES (1, 1, 'SKU', 'Thing', 't');
      INSERT INTO units (product_id, serial, serial_folded, status, created_at, updated_at) VALUES (1, 'SN000457', 'SN000457', 'in-stock', 't', 't');
    `);

    expect(() =>
      db.exec(`INSERT INTO units (product_id, serial, serial_folded, status, created_at, updated_at) VALUES (1, 'sn000457', 'SN000457', 'in-stock', 't', 't')`),
    ).toThrow(/UNIQUE constraint failed: units.product_id, units.serial_folded/);
    db.close();
  });
});
