import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../main/imports/demo';
import { hasValidGs1CheckDigit } from '../../../main/gs1/check-digit';
import { findClientByCode } from '../../../main/store/clients';
import { findShipmentForImport } from '../../../main/store/shipment-imports';
import { tableCounts, testNow, useTestStore, valueOf } from './test-store';

const demoDir = resolve(__dirname, '../../../resources/demo');

describe('loadDemoData', () => {
  const openTestStore = useTestStore();

  it('loads the demo client, catalog and order', () => {
    const db = openTestStore();

    const result = loadDemoData(db, testNow, demoDir);

    expect(valueOf(result)).toMatchObject({ format: 'demo', clients: 1, products: 3, shipmentsCreated: 1, lines: 2 });
    const client = findClientByCode(db, 'DEMO');
    expect(client).toMatchObject({ name: 'Demo Händler GmbH', gs1CompanyPrefix: '9506000', ssccExtensionDigit: 1 });
    const shipment = findShipmentForImport(db, client!.id, 'DEMO-1001');
    expect(shipment).toMatchObject({ kind: 'customer-order', packingStarted: false, shipTo: { name: 'Zoë Lefèvre', country: 'FR' } });
    expect(shipment?.lines).toHaveLength(2);
  });

  it('uses valid GS1 test-range GTINs', () => {
    const db = openTestStore();
    loadDemoData(db, testNow, demoDir);

    const products = db.prepare('SELECT gtin, serial_tracked, serial_pattern FROM products').all() as Array<{
      gtin: string;
      serial_tracked: number;
      serial_pattern: string;
    }>;

    expect(products).toHaveLength(3);
    for (const product of products) {
      expect(product.gtin.startsWith('0950')).toBe(true);
      expect(hasValidGs1CheckDigit(product.gtin)).toBe(true);
      expect(product.serial_tracked).toBe(1);
      expect(() => new RegExp(product.serial_pattern, 'u')).not.toThrow();
    }
  });

  it('loading twice changes nothing', () => {
    const db = openTestStore();
    loadDemoData(db, testNow, demoDir);
    const before = tableCounts(db);

    const again = loadDemoData(db, testNow, demoDir);

    expect(valueOf(again)).toMatchObject({ clients: 0, products: 0, shipmentsCreated: 0, shipmentsUnchanged: 1 });
    expect(tableCounts(db)).toEqual(before);
  });

  it('finds the demo folder by default', () => {
    const db = openTestStore();

    const result = loadDemoData(db);

    expect(result.ok).toBe(true);
  });
});
