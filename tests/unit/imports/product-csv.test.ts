import { describe, expect, it } from 'vitest';
import { importFile } from '../../../main/imports/import-file';
import { findProductBySku } from '../../../main/store/products';
import { insertClient } from '../../../main/store/clients';
import { csv, errorOf, tableCounts, testNow, useTestStore, valueOf } from './test-store';

describe('product CSV import', () => {
  const openTestStore = useTestStore();

  it('creates a named client and its products', () => {
    const db = openTestStore();
    const content = csv([
      'Client ; Client_Name ; SKU ; EAN ; FNSKU ; Title ; Serial_Tracked ; Weight_Grams',
      'ACME;Acme Sp. z o.o.;000123;9506000001012;X00ABCDEF1;Skaner kodów;yes;210',
      'ACME;;12E34;;;Kabel USB;no;',
    ]);

    const result = importFile(db, { fileName: 'products.csv', content, now: testNow });

    expect(valueOf(result)).toMatchObject({ format: 'products-csv', clients: 1, products: 2 });
    const scanner = findProductBySku(db, 1, '000123');
    expect(scanner).toMatchObject({ gtin: '09506000001012', fnsku: 'X00ABCDEF1', title: 'Skaner kodów', serialTracked: true, weightGrams: 210 });
    expect(findProductBySku(db, 1, '12E34')).toMatchObject({ serialTracked: false, gtin: null, weightGrams: null });
    expect(findProductBySku(db, 1, '123')).toBeUndefined();
  });

  it('accepts UTF-8 with a byte order mark', () => {
    const db = openTestStore();
    insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), csv(['sku,title', 'A-1,Éclair'])]);

    const result = importFile(db, { fileName: 'products.csv', content, clientCode: 'acme', now: testNow });

    expect(result.ok).toBe(true);
    expect(findProductBySku(db, 1, 'A-1')?.title).toBe('Éclair');
  });

  it('stores formula-like cells as given', () => {
    const db = openTestStore();
    insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
    const content = csv(['sku,title', '=1+2,+49 Kabel', '@SUM,-minus', '-5,"=HYPERLINK(""x"")"']);

    const result = importFile(db, { fileName: 'products.csv', content, clientCode: 'ACME', now: testNow });

    expect(result.ok).toBe(true);
    expect(findProductBySku(db, 1, '=1+2')?.title).toBe('+49 Kabel');
    expect(findProductBySku(db, 1, '@SUM')?.title).toBe('-minus');
    expect(findProductBySku(db, 1, '-5')?.title).toBe('=HYPERLINK("x")');
  });

  it('updates changed products on re-import', () => {
    const db = openTestStore();
    insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
    const first = csv(['sku,title,weight_grams', 'A-1,Old title,100', 'A-2,Same,1']);
    const second = csv(['sku,title,weight_grams', 'A-1,New title,120', 'A-2,Same,1']);
    importFile(db, { fileName: 'p.csv', content: first, clientCode: 'ACME', now: testNow });

    const result = importFile(db, { fileName: 'p.csv', content: second, clientCode: 'ACME', now: testNow });

    expect(valueOf(result).products).toBe(1);
    expect(findProductBySku(db, 1, 'A-1')).toMatchObject({ title: 'New title', weightGrams: 120 });
    expect(tableCounts(db).products).toBe(2);
  });

  it('refuses a GTIN change once units exist', () => {
    const db = openTestStore();
    insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
    importFile(db, { fileName: 'p.csv', content: csv(['sku,title,gtin', 'A-1,Scanner,9506000001012']), clientCode: 'ACME', now: testNow });
    db.prepare(
      `INSERT INTO units (product_id, serial, serial_folded, status, created_at, updated_at)
       VALUES (1, 'SN1', 'SN1', 'in-stock', ?, ?)`,
    ).run(testNow, testNow);

    const result = importFile(db, {
      fileName: 'p.csv',
      content: csv(['sku,title,gtin', 'A-1,Scanner,9506000001029']),
      clientCode: 'ACME',
      now: testNow,
    });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'import-product-in-use', row: 2, value: 'A-1' });
    expect(findProductBySku(db, 1, 'A-1')?.gtin).toBe('09506000001012');
  });

  it('rejects an unknown client without a name', () => {
    const db = openTestStore();

    const result = importFile(db, { fileName: 'p.csv', content: csv(['client,sku,title', 'NOPE,A-1,Scanner']), now: testNow });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'import-client-not-found', row: 2, column: 'client', value: 'NOPE' });
    expect(result.error.text).toContain('client_name');
  });

  it('names the option when the client is missing', () => {
    const db = openTestStore();

    const result = importFile(db, { fileName: 'p.csv', content: csv(['sku,title', 'A-1,Scanner']), now: testNow });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'import-client-missing', row: 2 });
    expect(result.error.text).toContain('--client');
  });

  it('rejects a client cell that contradicts the option', () => {
    const db = openTestStore();

    const result = importFile(db, {
      fileName: 'p.csv',
      content: csv(['client,sku,title', 'OTHER,A-1,Scanner']),
      clientCode: 'ACME',
      now: testNow,
    });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'import-client-conflict', row: 2, value: 'OTHER' });
  });

  it('rejects a bad GTIN naming row and column', () => {
    const db = openTestStore();
    insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
    const content = csv(['sku,title,gtin', 'A-1,Scanner,9506000001012', 'A-2,Dock,9506000001013']);

    const result = importFile(db, { fileName: 'catalog.csv', content, clientCode: 'ACME', now: testNow });

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'import-invalid-value', row: 3, column: 'gtin', value: '9506000001013', expected: 'gtin' });
    expect(result.error.text).toBe(
      'catalog.csv, row 3, column gtin: "9506000001013" is invalid, expected a GTIN of 8, 12, 13 or 14 digits with a valid check digit.',
    );
    expect(tableCounts(db).products).toBe(0);
  });

  it('rejects a repeated SKU', () => {
    const db = openTestStore();
    insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);

    const result = importFile(db, { fileName: 'p.csv', content: csv(['sku,title', 'A-1,x', 'A-1,y']), clientCode: 'ACME', now: testNow });

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'import-duplicate-row', row: 3, value: 'A-1' });
  });

  it('rejects unknown and duplicate columns', () => {
    const db = openTestStore();

    const unknown = importFile(db, { fileName: 'p.csv', content: csv(['sku,title,gtn', 'A,B,C']), clientCode: 'ACME' });
    const duplicate = importFile(db, { fileName: 'p.csv', content: csv(['sku,title,ean,gtin', 'A,B,,']), clientCode: 'ACME' });

    expect(errorOf(unknown)).toMatchObject({ code: 'import-unknown-column', column: 'gtn' });
    expect(errorOf(duplicate)).toMatchObject({ code: 'import-duplicate-column', column: 'gtin' });
  });
});
