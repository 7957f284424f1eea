import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/imports/import-file';
import { findClientByCode, insertClient } from '../../../main/store/clients';
import { findProductBySku } from '../../../main/store/products';
import { findShipmentForImport } from '../../../main/store/shipment-imports';
import { tableCounts, testNow, useTestStore, valueOf } from './test-store';

const repoRoot = resolve(__dirname, '../../..');
// The real report header from Amazon's Selling Partner API, whose rows only repeat the header.
const realHeaderOnly = resolve(repoRoot, '../shared/fixtures/real/airbyte-amazon-seller-partner/GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING.csv');
const filledReport = resolve(repoRoot, 'tests/fixtures/imports/amazon-unshipped-orders.txt');

describe('Amazon order report import', () => {
  const openTestStore = useTestStore();

  it('rejects the repeated-header report', () => {
    const db = openTestStore();
    insertClient(db, { code: 'AMZ', name: 'Amazon seller' }, testNow);

    const result = importFile(db, {
      fileName: 'GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING.csv',
      content: readFileSync(realHeaderOnly),
      clientCode: 'AMZ',
      now: testNow,
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'import-invalid-value',
      file: 'GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING.csv',
      row: 2,
      column: 'quantity-purchased',
      value: 'quantity-purchased',
    });
    expect(result.error.text).toContain('GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING.csv');
    expect(result.error.text).toContain('row 2');
    expect(result.error.text).toContain('expected a whole number');
    expect(tableCounts(db)).toMatchObject({ products: 0, shipments: 0 });
  });

  it('imports orders and creates catalog entries', () => {
    const db = openTestStore();
    const client = insertClient(db, { code: 'AMZ', name: 'Amazon seller' }, testNow);

    const result = importFile(db, { fileName: 'unshipped.txt', content: readFileSync(filledReport), clientCode: 'AMZ', now: testNow });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ format: 'amazon-order-report', products: 2, shipmentsCreated: 2, lines: 3 });
    expect(result.value.warnings.map((warning) => warning.text)).toEqual([
      'unshipped.txt: order 302-3333333-3333333 has nothing left to ship and was skipped.',
    ]);
    const cable = findProductBySku(db, client.id, '000123');
    expect(cable).toMatchObject({ title: 'USB-C Kabel 12" geflochten', serialTracked: true, gtin: null });
    expect(findProductBySku(db, client.id, '12E34')?.title).toBe('Ladegerät 65 W');
    expect(findShipmentForImport(db, client.id, '302-1111111-1111111')?.shipTo).toEqual({
      name: 'Jürgen Weiß',
      company: '',
      lines: ['Hauptstraße 5', 'Hinterhaus'],
      postcode: '80331',
      city: 'München',
      region: 'Bayern',
      country: 'DE',
      phone: '+49 30 1234567',
    });
    // quantity-to-ship, not quantity-purchased: one of three units had shipped already.
    expect(findShipmentForImport(db, client.id, '302-2222222-2222222')?.lines).toEqual([{ productId: cable!.id, quantity: 2 }]);
  });

  it('re-imports the report without duplicates', () => {
    const db = openTestStore();
    insertClient(db, { code: 'AMZ', name: 'Amazon seller' }, testNow);
    const request = { fileName: 'unshipped.txt', content: readFileSync(filledReport), clientCode: 'AMZ', now: testNow };
    importFile(db, request);

    const again = importFile(db, request);

    expect(valueOf(again)).toMatchObject({ products: 0, shipmentsCreated: 0, shipmentsUnchanged: 2 });
    expect(tableCounts(db)).toMatchObject({ products: 2, shipments: 2, shipment_lines: 3 });
  });

  it('requires the client option', () => {
    const db = openTestStore();

    const result = importFile(db, { fileName: 'unshipped.txt', content: readFileSync(filledReport), now: testNow });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('import-client-missing');
    expect(result.error.text).toContain('--client');
  });

  it('rejects an unknown client option', () => {
    const db = openTestStore();

    const result = importFile(db, { fileName: 'unshipped.txt', content: readFileSync(filledReport), clientCode: 'NOPE', now: testNow });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'import-client-not-found', message: { params: { client: 'NOPE' } } });
    expect(findClientByCode(db, 'NOPE')).toBeUndefined();
  });
});
