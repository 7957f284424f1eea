import { describe, expect, it } from 'vitest';
import { insertClient } from '../../../main/store/clients';
import {
  findProductBySku,
  insertProduct,
  productFieldsEqual,
  productHasUnits,
  updateProductFields,
  type ProductFields,
} from '../../../main/store/products';
import { testNow, useTestStore } from '../imports/test-store';

const scanner: ProductFields = {
  sku: '000123',
  gtin: '09506000001012',
  fnsku: 'X00DEMO001',
  asin: null,
  title: 'Handscanner',
  serialTracked: true,
  serialPattern: '^HS[0-9]{6}$',
  weightGrams: 210,
};

describe('products store', () => {
  const openTestStore = useTestStore();

  it('round-trips every catalog field', () => {
    const db = openTestStore();
    const client = insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);

    const id = insertProduct(db, client.id, scanner, testNow);

    expect(findProductBySku(db, client.id, '000123')).toEqual({ ...scanner, id, clientId: client.id });
  });

  it('matches SKUs exactly', () => {
    const db = openTestStore();
    const client = insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
    insertProduct(db, client.id, scanner, testNow);

    expect(findProductBySku(db, client.id, '123')).toBeUndefined();
    expect(findProductBySku(db, client.id, '000123 ')).toBeUndefined();
    expect(findProductBySku(db, client.id + 1, '000123')).toBeUndefined();
  });

  it('updates fields and compares them', () => {
    const db = openTestStore();
    const client = insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
    const id = insertProduct(db, client.id, scanner, testNow);
    const changed = { ...scanner, title: 'Handscanner 2D', weightGrams: null };

    updateProductFields(db, id, changed);

    const stored = findProductBySku(db, client.id, '000123');
    expect(stored).toMatchObject(changed);
    expect(productFieldsEqual(stored!, changed)).toBe(true);
    expect(productFieldsEqual(stored!, scanner)).toBe(false);
  });

  it('reports whether units exist', () => {
    const db = openTestStore();
    const client = insertClient(db, { code: 'ACME', name: 'Acme' }, testNow);
    const id = insertProduct(db, client.id, scanner, testNow);
    expect(productHasUnits(db, id)).toBe(false);

    db.prepare(
      `INSERT INTO units (product_id, serial, serial_folded, status, created_at, updated_at)
       VALUES (?, 'HS000001', 'HS000001', 'in-stock', ?, ?)`,
    ).run(id, testNow, testNow);

    expect(productHasUnits(db, id)).toBe(true);
  });
});
