import type Database from 'better-sqlite3';
import { prepared } from './statement-cache';

/** The catalog fields packing needs to name a product that was scanned. */
export interface CatalogProduct {
  readonly id: number;
  readonly clientId: number;
  readonly sku: string;
  readonly title: string;
}

/** Lists products of any client with this GTIN-14, because two clients may stock one GTIN. */
export function findProductsByGtin(db: Database.Database, gtin: string): ReadonlyArray<CatalogProduct> {
  return prepared<[string], CatalogProduct>(db, 'SELECT id, client_id AS clientId, sku, title FROM products WHERE gtin = ? ORDER BY id').all(gtin);
}

export function findProductsByFnsku(db: Database.Database, fnsku: string): ReadonlyArray<CatalogProduct> {
  return prepared<[string], CatalogProduct>(db, 'SELECT id, client_id AS clientId, sku, title FROM products WHERE fnsku = ? ORDER BY id').all(fnsku);
}

/** Finds a client's product by exact SKU. */
export function findClientProductBySku(db: Database.Database, clientId: number, sku: string): CatalogProduct | undefined {
  return prepared<[number, string], CatalogProduct>(db, 'SELECT id, client_id AS clientId, sku, title FROM products WHERE client_id = ? AND sku = ?')
    .get(clientId, sku);
}

export function findProductById(db: Database.Database, productId: number): CatalogProduct | undefined {
  return prepared<[number], CatalogProduct>(db, 'SELECT id, client_id AS clientId, sku, title FROM products WHERE id = ?').get(productId);
}
