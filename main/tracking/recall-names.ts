import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { prepared } from '../store/statement-cache';

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
  const products = new Map<number, ProductNames>();
  const locations = new Map<number, string | null>();
  const receipts = new Map<number, string | null>();

  return {
    product(productId) {
      let names = products.get(productId);
      if (names === undefined) {
        names = prepared<[number], ProductNames>(
          db,
          'SELECT p.sku, c.code AS clientCode FROM products p JOIN clients c ON c.id = p.client_id WHERE p.id = ?',
        ).get(productId);
        // units.product_id is NOT NULL with a foreign key, so a missing product is a broken store.
        invariant(names !== undefined, `unit product ${productId} is missing`);
        products.set(productId, names);
      }
      return names;
    },
    location(locationId) {
      return locationId === null ? null : cachedName(locations, locationId, 'SELECT code AS name FROM locations WHERE id = ?');
    },
    receipt(receiptId) {
      return receiptId === null ? null : cachedName(receipts, receiptId, 'SELECT reference AS name FROM receipts WHERE id = ?');
    },
  };

  function cachedName(cache: Map<number, string | null>, id: number, sql: string): string | null {
    let name = cache.get(id);
    if (name === undefined) {
      name = prepared<[number], { name: string }>(db, sql).get(id)?.name ?? null;
      cache.set(id, name);
    }
    return name;
  }
}
