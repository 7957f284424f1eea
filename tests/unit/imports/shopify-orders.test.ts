import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/imports/import-file';
import { insertClient } from '../../../main/store/clients';
import { findProductBySku } from '../../../main/store/products';
import { findShipmentForImport } from '../../../main/store/shipment-imports';
import { tableCounts, testNow, useTestStore, valueOf } from './test-store';

const repoRoot = resolve(__dirname, '../../..');
const realOrders = readFileSync(resolve(repoRoot, '../shared/fixtures/real/shopify-api-ruby/orders.json'));

function ordersJson(orders: ReadonlyArray<unknown>): Buffer {
  return Buffer.from(JSON.stringify({ orders }), 'utf8');
}

const lineItem = (sku: string | null, extra: Record<string, unknown> = {}) => ({ sku, title: `Item ${sku}`, quantity: 1, ...extra });

describe('Shopify orders import', () => {
  const openTestStore = useTestStore();

  it('imports the real orders fixture', () => {
    const db = openTestStore();
    const client = insertClient(db, { code: 'SHOP', name: 'Shop' }, testNow);

    const result = importFile(db, { fileName: 'orders.json', content: realOrders, clientCode: 'SHOP', now: testNow });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ format: 'shopify-orders-json', products: 3, shipmentsCreated: 1, lines: 3, warnings: [] });
    const shipment = findShipmentForImport(db, client.id, '#1001');
    expect(shipment?.shipTo).toEqual({
      name: 'Bob Norman',
      company: '',
      lines: ['Chestnut Street 92'],
      postcode: '40202',
      city: 'Louisville',
      region: 'KY',
      country: 'US',
      phone: '555-625-1199',
    });
    expect(shipment?.lines.map((line) => line.quantity)).toEqual([1, 1, 1]);
    expect(findProductBySku(db, client.id, 'IPOD2008GREEN')).toMatchObject({ title: 'IPod Nano - 8gb - green', serialTracked: true });
  });

  it('counts a second import as unchanged', () => {
    const db = openTestStore();
    insertClient(db, { code: 'SHOP', name: 'Shop' }, testNow);
    importFile(db, { fileName: 'orders.json', content: realOrders, clientCode: 'SHOP', now: testNow });

    const again = importFile(db, { fileName: 'orders.json', content: realOrders, clientCode: 'SHOP', now: testNow });

    expect(valueOf(again)).toMatchObject({ shipmentsCreated: 0, shipmentsUnchanged: 1, products: 0 });
    expect(tableCounts(db)).toMatchObject({ shipments: 1, shipment_lines: 3, products: 3 });
  });

  it('skips line items without a SKU', () => {
    const db = openTestStore();
    insertClient(db, { code: 'SHOP', name: 'Shop' }, testNow);
    const content = ordersJson([
      { name: '#2001', line_items: [lineItem('A-1'), lineItem(''), lineItem('GIFT', { requires_shipping: false })] },
      { name: '#2002', line_items: [lineItem(null)] },
      { name: '#2003', cancelled_at: '2025-01-01T00:00:00Z', line_items: [lineItem('A-1')] },
    ]);

    const result = importFile(db, { fileName: 'orders.json', content, clientCode: 'SHOP', now: testNow });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.shipmentsCreated).toBe(1);
    expect(result.value.warnings.map((warning) => warning.message.key)).toEqual([
      'imports:warnings.lineWithoutSku',
      'imports:warnings.lineNotShipped',
      'imports:warnings.lineWithoutSku',
      'imports:warnings.orderNothingToShip',
      'imports:warnings.orderCancelled',
    ]);
    expect(result.value.warnings[0]?.text).toBe('orders.json, at orders[0].line_items[1]: line item "Item" has no SKU and was skipped. Add the SKU in Shopify to pack it here.');
  });

  it('names the JSON path of a bad quantity', () => {
    const db = openTestStore();
    insertClient(db, { code: 'SHOP', name: 'Shop' }, testNow);
    const content = ordersJson([{ name: '#2001', line_items: [lineItem('A-1'), lineItem('A-2', { quantity: '2' })] }]);

    const result = importFile(db, { fileName: 'orders.json', content, clientCode: 'SHOP', now: testNow });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'import-invalid-value',
      path: 'orders[0].line_items[1].quantity',
      value: '"2"',
      expected: 'positiveWholeNumber',
    });
    expect(result.error.text).toContain('orders.json, at orders[0].line_items[1].quantity');
  });

  it('rejects malformed JSON', () => {
    const db = openTestStore();

    const result = importFile(db, { fileName: 'orders.json', content: Buffer.from('{"orders": [', 'utf8'), clientCode: 'SHOP' });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('import-malformed-json');
  });

  it('rejects a duplicated order name', () => {
    const db = openTestStore();
    insertClient(db, { code: 'SHOP', name: 'Shop' }, testNow);
    const content = ordersJson([
      { name: '#2001', line_items: [lineItem('A-1')] },
      { name: '#2001', line_items: [lineItem('A-2')] },
    ]);

    const result = importFile(db, { fileName: 'orders.json', content, clientCode: 'SHOP', now: testNow });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'import-duplicate-row', path: 'orders[1].name' });
  });

  it('reads a single order object', () => {
    const db = openTestStore();
    insertClient(db, { code: 'SHOP', name: 'Shop' }, testNow);
    const content = Buffer.from(JSON.stringify({ order: { name: '#3001', line_items: [lineItem('B-1')] } }), 'utf8');

    const result = importFile(db, { fileName: 'order.json', content, clientCode: 'SHOP', now: testNow });

    expect(valueOf(result).shipmentsCreated).toBe(1);
  });
});
