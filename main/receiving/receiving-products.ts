import type Database from 'better-sqlite3';
import { prepared } from '../store/statement-cache';
import type { ReceivingProduct } from './receive-unit';

const columns = "id, client_id AS clientId, sku, serial_pattern AS serialPattern, serial_source AS serialSource";

export function findReceivingProduct(db: Database.Database, productId: number): ReceivingProduct | undefined {
  return prepared<[number], ReceivingProduct>(db, `SELECT ${columns} FROM products WHERE id = ?`).get(productId);
}

/** Finds a client's product by GTIN-14 or by exact SKU, the two codes a receiving scan names a product by. */
export function findReceivingProductByCode(db: Database.Database, clientId: number, code: string): ReceivingProduct | undefined {
  return prepared<[number, string, string], ReceivingProduct>(db, `SELECT ${columns} FROM products WHERE client_id = ? AND (gtin = ? OR sku = ?) ORDER BY id LIMIT 1`).get(
    clientId,
    code,
    code,
  );
}

/** Marks a product as having no manufacturer serial, so receiving assigns one and prints a serial label. */
export function setProductSerialSource(db: Database.Database, productId: number, source: ReceivingProduct['serialSource']): void {
  prepared(db, 'UPDATE products SET serial_source = ? WHERE id = ?').run(source, productId);
}
