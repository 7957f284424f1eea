import { describe, expect, it } from 'vitest';
import { insertClient } from '../../../main/store/clients';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

const now = '2026-01-05T08:00:00.000Z';

describe('migration 7 FBA prep tables', () => {
  const tempDir = useTempDir();

  it('creates the FBA tables', () => {
    const db = openTestStore(tempDir());
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => row.name);

    for (const table of ['fba_box_measurements', 'removal_orders', 'removal_order_lines', 'removal_shipment_lines', 'removal_inspections']) {
      expect(tables).toContain(table);
    }
    db.close();
  });

  it('rejects an unknown inspection decision', () => {
    const db = openTestStore(tempDir());
    const client = insertClient(db, { code: 'NORD', name: 'Nordlicht' }, now);
    const order = db
      .prepare("INSERT INTO removal_orders (client_id, order_id, order_type, order_status, request_date, imported_at) VALUES (?, 'R1', 'Return', 'Completed', ?, ?)")
      .run(client.id, now, now);
    const insert = db.prepare(
      "INSERT INTO removal_inspections (removal_order_id, tracking_number, fnsku, decision, station_id, inspected_at) VALUES (?, '1Z999', 'X00ABC1234', ?, 'bench-1', ?)",
    );

    expect(() => insert.run(order.lastInsertRowid, 'sell', now)).toThrow(/CHECK/);
    db.close();
  });

  it('keeps inspections append-only', () => {
    const db = openTestStore(tempDir());
    const client = insertClient(db, { code: 'NORD', name: 'Nordlicht' }, now);
    const order = db
      .prepare("INSERT INTO removal_orders (client_id, order_id, order_type, order_status, request_date, imported_at) VALUES (?, 'R1', 'Return', 'Completed', ?, ?)")
      .run(client.id, now, now);
    db.prepare(
      "INSERT INTO removal_inspections (removal_order_id, tracking_number, fnsku, decision, station_id, inspected_at) VALUES (?, '1Z999', 'X00ABC1234', 'restock', 'bench-1', ?)",
    ).run(order.lastInsertRowid, now);

    expect(() => db.prepare("UPDATE removal_inspections SET decision = 'dispose'").run()).toThrow(/append-only/);
    db.close();
  });
});
