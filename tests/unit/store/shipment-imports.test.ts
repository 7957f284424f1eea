import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertClient } from '../../../main/store/clients';
import { insertProduct } from '../../../main/store/products';
import { findShipmentForImport, insertShipment, replaceShipmentContent } from '../../../main/store/shipment-imports';
import { testNow, useTestStore } from '../imports/test-store';

const shipTo = { name: 'Zoë Lefèvre', company: '', lines: ['12 rue de l’Église'], postcode: '69002', city: 'Lyon', region: '', country: 'FR', phone: '' };

function seed(db: Database.Database): { clientId: number; first: number; second: number } {
  const client = insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
  const product = (sku: string) => ({
    sku,
    gtin: null,
    fnsku: null,
    asin: null,
    title: sku,
    serialTracked: true,
    serialPattern: null,
    weightGrams: null,
  });
  return {
    clientId: client.id,
    first: insertProduct(db, client.id, product('A'), testNow),
    second: insertProduct(db, client.id, product('B'), testNow),
  };
}

function seedOneLineShipment(db: Database.Database): { clientId: number; id: number } {
  const { clientId, first } = seed(db);
  const lines = [{ productId: first, quantity: 2 }];
  const id = insertShipment(db, { clientId, reference: 'R1', source: 'test', kind: 'customer-order', shipTo, lines }, testNow);
  return { clientId, id };
}

describe('shipment import store', () => {
  const openTestStore = useTestStore();

  it('inserts and reads back a shipment', () => {
    const db = openTestStore();
    const { clientId, first, second } = seed(db);
    const lines = [
      { productId: first, quantity: 2 },
      { productId: second, quantity: 1 },
    ];

    const id = insertShipment(db, { clientId, reference: '#1001', source: 'test', kind: 'customer-order', shipTo, lines }, testNow);

    expect(findShipmentForImport(db, clientId, '#1001')).toEqual({ id, kind: 'customer-order', shipTo, lines, packingStarted: false });
    expect(findShipmentForImport(db, clientId, '#1002')).toBeUndefined();
  });

  it('replaces lines of an unpacked shipment', () => {
    const db = openTestStore();
    const { clientId, first, second } = seed(db);
    const id = insertShipment(
      db,
      { clientId, reference: 'R1', source: 'test', kind: 'customer-order', shipTo, lines: [{ productId: first, quantity: 1 }] },
      testNow,
    );

    replaceShipmentContent(db, id, { kind: 'vendor', source: 'test', shipTo: { ...shipTo, city: 'Paris' }, lines: [{ productId: second, quantity: 4 }] });

    expect(findShipmentForImport(db, clientId, 'R1')).toMatchObject({
      kind: 'vendor',
      shipTo: { city: 'Paris' },
      lines: [{ productId: second, quantity: 4 }],
    });
  });

  it('detects packing started from packed quantity', () => {
    const db = openTestStore();
    const { clientId, id } = seedOneLineShipment(db);

    db.prepare('UPDATE shipment_lines SET quantity_packed = 1 WHERE shipment_id = ?').run(id);

    expect(findShipmentForImport(db, clientId, 'R1')?.packingStarted).toBe(true);
  });

  it('detects packing started from a carton', () => {
    const db = openTestStore();
    const { clientId, id } = seedOneLineShipment(db);

    db.prepare(`INSERT INTO cartons (shipment_id, number, sscc, created_at) VALUES (?, 1, '195060000000000017', ?)`).run(id, testNow);

    expect(findShipmentForImport(db, clientId, 'R1')?.packingStarted).toBe(true);
  });

  it('detects packing started from status', () => {
    const db = openTestStore();
    const { clientId, id } = seedOneLineShipment(db);

    db.prepare(`UPDATE shipments SET status = 'short-shipped' WHERE id = ?`).run(id);

    expect(findShipmentForImport(db, clientId, 'R1')?.packingStarted).toBe(true);
  });
});
