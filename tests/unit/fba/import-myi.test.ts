import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amazonFixture } from './amazon-fixtures';
import { importMyiReport } from '../../../main/fba/import-myi';
import { insertClient } from '../../../main/store/clients';
import { findProductBySku, insertProduct } from '../../../main/store/products';
import { tableCounts, testNow, useTestStore } from '../imports/test-store';

const fixturePath = amazonFixture('GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.csv');
const header = readFileSync(fixturePath, 'utf8').split('\n')[0] ?? '';

function report(rows: ReadonlyArray<readonly [string, string, string, string]>): Buffer {
  const columns = header.split('\t');
  const lines = rows.map(([sku, fnsku, asin, title]) =>
    columns.map((column) => ({ sku, fnsku, asin, 'product-name': title, condition: 'New' })[column] ?? '0').join('\t'),
  );
  return Buffer.from(`${[header, ...lines].join('\n')}\n`);
}

describe('importMyiReport', () => {
  const openDb = useTestStore();

  it('sets FNSKU and ASIN of known SKUs', () => {
    const db = openDb();
    const client = insertClient(db, { code: 'NORD', name: 'Nordlicht GmbH' }, testNow);
    insertProduct(db, client.id, { sku: 'BOTTLE', gtin: '04012345678901', fnsku: null, asin: null, title: 'Bottle', serialTracked: true, serialPattern: null, weightGrams: 400 }, testNow);

    const summary = importMyiReport(db, { fileName: 'myi.txt', content: report([['BOTTLE', 'x00abc1234', 'B07XJ8C8F5', 'Amazon title']]), clientCode: 'NORD', now: testNow });

    expect(summary).toEqual({ ok: true, value: { listings: 1, created: 0, updated: 1, unchanged: 0 } });
    const product = findProductBySku(db, client.id, 'BOTTLE');
    expect(product?.fnsku).toBe('X00ABC1234');
    expect(product?.asin).toBe('B07XJ8C8F5');
    expect(product?.title).toBe('Bottle');
    expect(product?.gtin).toBe('04012345678901');
    expect(product?.serialTracked).toBe(true);
  });

  it('creates unknown SKUs', () => {
    const db = openDb();
    const client = insertClient(db, { code: 'NORD', name: 'Nordlicht GmbH' }, testNow);

    const summary = importMyiReport(db, { fileName: 'myi.txt', content: report([['NOTE-A5', 'X002K3ZQ9L', '', 'Notebook A5']]), clientCode: 'NORD', now: testNow });

    expect(summary).toEqual({ ok: true, value: { listings: 1, created: 1, updated: 0, unchanged: 0 } });
    const product = findProductBySku(db, client.id, 'NOTE-A5');
    expect(product?.fnsku).toBe('X002K3ZQ9L');
    expect(product?.asin).toBeNull();
    expect(product?.title).toBe('Notebook A5');
    expect(product?.serialTracked).toBe(false);
  });

  it('counts unchanged listings', () => {
    const db = openDb();
    insertClient(db, { code: 'NORD', name: 'Nordlicht GmbH' }, testNow);
    const content = report([['NOTE-A5', 'X002K3ZQ9L', 'B08ABCDEFG', 'Notebook A5']]);
    importMyiReport(db, { fileName: 'myi.txt', content, clientCode: 'NORD', now: testNow });

    const again = importMyiReport(db, { fileName: 'myi.txt', content, clientCode: 'NORD', now: testNow });
    expect(again).toEqual({ ok: true, value: { listings: 1, created: 0, updated: 0, unchanged: 1 } });
  });

  it('imports nothing from the fixture', () => {
    const db = openDb();
    insertClient(db, { code: 'NORD', name: 'Nordlicht GmbH' }, testNow);
    const before = tableCounts(db);

    const summary = importMyiReport(db, { fileName: 'GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.csv', content: readFileSync(fixturePath), clientCode: 'NORD' });

    expect(summary.ok).toBe(false);
    if (summary.ok) return;
    expect(summary.error.text).toContain('row 2, column fnsku');
    expect(tableCounts(db)).toEqual(before);
  });

  it('rejects an unknown client', () => {
    const db = openDb();
    const summary = importMyiReport(db, { fileName: 'myi.txt', content: report([['NOTE-A5', 'X002K3ZQ9L', '', 'Notebook A5']]), clientCode: 'NOPE' });
    expect(summary.ok).toBe(false);
    if (summary.ok) return;
    expect(summary.error.code).toBe('import-client-not-found');
  });
});
