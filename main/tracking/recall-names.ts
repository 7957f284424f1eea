import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { createRowLookup } from '../store/row-lookup';

/** The product and client names a recall row shows. */
export interface ProductNames {
  readonly sku: string;
  readonly clientCode: string;
}

/** Looks up the names behind a unit's product, location and receipt ids, each id once per list. */
export interface RecallNames {
  product(productId: number): ProductNames;
  location(locationId: number | null): string | null;
  receipt(receiptId: number | null): string | null;
}

/**
 * Creates the name lookups for one recall list. A lot has few products, locations and receipts
 * but up to hundreds of thousands of units. So each name is read once and shared by every row
 * that shows it, instead of joining four tables and building new strings for every unit.
 */
export function createRecallNames(db: Database.Database): RecallNames {
  const products = createRowLookup<ProductNames>(db, 'SELECT p.sku, c.code AS clientCode FROM products p JOIN clients c ON c.id = p.client_id WHERE p.id = ?');
  const locations = createRowLookup<{ code: string }>(db, 'SELECT code FROM locations WHERE id = ?');
  const receipts = createRowLookup<{ reference: string }>(db, 'SELECT reference FROM receipts WHERE id = ?');

  return {
    product(productId) {
      const names = products(productId);
      // units.product_id is NOT NULL with a foreign key, so a missing product is a broken store.
      invariant(names !== undefined, `unit product ${productId} is missing`);
      return names;
    },
    location: (locationId) => (locationId === null ? null : (locations(locationId)?.code ?? null)),
    receipt: (receiptId) => (receiptId === null ? null : (receipts(receiptId)?.reference ?? null)),
  };
}
