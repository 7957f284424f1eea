import type Database from 'better-sqlite3';
import { prepared } from './statement-cache';

/** The catalog fields of a product that an import sets. GTIN is the 14-digit form. */
export interface ProductFields {
  readonly sku: string;
  readonly gtin: string | null;
  readonly fnsku: string | null;
  readonly asin: string | null;
  readonly title: string;
  readonly serialTracked: boolean;
  readonly serialPattern: string | null;
  readonly weightGrams: number | null;
}

/** A product as stored, with its id and owning client. */
export interface ProductRow extends ProductFields {
  readonly id: number;
  readonly clientId: number;
}

interface ProductRecord {
  id: number;
  client_id: number;
  sku: string;
  gtin: string | null;
  fnsku: string | null;
  asin: string | null;
  title: string;
  serial_tracked: number;
  serial_pattern: string | null;
  weight_grams: number | null;
}

function toProductRow(record: ProductRecord): ProductRow {
  return {
    id: record.id,
    clientId: record.client_id,
    sku: record.sku,
    gtin: record.gtin,
    fnsku: record.fnsku,
    asin: record.asin,
    title: record.title,
    serialTracked: record.serial_tracked === 1,
    serialPattern: record.serial_pattern,
    weightGrams: record.weight_grams,
  };
}

/** Finds a client's product by SKU. SKUs compare exactly, case and leading zeros included. */
export function findProductBySku(db: Database.Database, clientId: number, sku: string): ProductRow | undefined {
  const record = prepared<[number, string], ProductRecord>(
    db,
    `SELECT id, client_id, sku, gtin, fnsku, asin, title, serial_tracked, serial_pattern, weight_grams
       FROM products WHERE client_id = ? AND sku = ?`,
  )
    .get(clientId, sku);
  return record === undefined ? undefined : toProductRow(record);
}

/** Inserts a product and returns its id. The caller has checked that the SKU is free. */
export function insertProduct(db: Database.Database, clientId: number, fields: ProductFields, now: string): number {
  const info = prepared(
    db,
    `INSERT INTO products
       (client_id, sku, gtin, fnsku, asin, title, serial_tracked, serial_pattern, weight_grams, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
    .run(
    clientId,
    fields.sku,
    fields.gtin,
    fields.fnsku,
    fields.asin,
    fields.title,
    fields.serialTracked ? 1 : 0,
    fields.serialPattern,
    fields.weightGrams,
    now,
  );
  return Number(info.lastInsertRowid);
}

/** Overwrites the catalog fields of an existing product. Its SKU and client stay as they are. */
export function updateProductFields(db: Database.Database, productId: number, fields: ProductFields): void {
  prepared(
    db,
    `UPDATE products
        SET gtin = ?, fnsku = ?, asin = ?, title = ?, serial_tracked = ?, serial_pattern = ?, weight_grams = ?
      WHERE id = ?`,
  ).run(
    fields.gtin,
    fields.fnsku,
    fields.asin,
    fields.title,
    fields.serialTracked ? 1 : 0,
    fields.serialPattern,
    fields.weightGrams,
    productId,
  );
}

/** True when the stored product already has exactly these catalog fields. */
export function productFieldsEqual(stored: ProductFields, incoming: ProductFields): boolean {
  return (
    stored.sku === incoming.sku &&
    stored.gtin === incoming.gtin &&
    stored.fnsku === incoming.fnsku &&
    stored.asin === incoming.asin &&
    stored.title === incoming.title &&
    stored.serialTracked === incoming.serialTracked &&
    stored.serialPattern === incoming.serialPattern &&
    stored.weightGrams === incoming.weightGrams
  );
}

/** True when at least one unit of the product has been recorded. */
export function productHasUnits(db: Database.Database, productId: number): boolean {
  return prepared<[number], { found: number }>(db, 'SELECT 1 AS found FROM units WHERE product_id = ? LIMIT 1').get(productId) !== undefined;
}
