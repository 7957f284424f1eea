import type Database from 'better-sqlite3';
import { foldedSerialsJson, unitSearchColumns, unitSearchJoins, type UnitSearchRow } from './search';

/** The units a recall covers. Every criterion given must match, and at least one is required. */
export interface RecallSelection {
  readonly clientCode?: string;
  readonly sku?: string;
  readonly lot?: string;
  /** ISO date (YYYY-MM-DD), inclusive. */
  readonly expiryFrom?: string;
  /** ISO date (YYYY-MM-DD), inclusive. */
  readonly expiryTo?: string;
  readonly serials?: ReadonlyArray<string>;
  readonly receiptReference?: string;
}

/** One SQL statement and its parameters, so tests can read the query plan of the same text. */
export interface RecallQuery {
  readonly sql: string;
  readonly parameters: ReadonlyArray<string>;
}

/**
 * Builds the recall statement for a selection. It runs in two steps inside one statement:
 *
 * 1. `picked` collects the ids of the matching units, in id order, from the indexes that serve
 *    the criteria (units_by_lot, units_by_folded_serial, units_by_receipt, and the product
 *    index for SKU and client). Only the id is read, so a lot search stays inside units_by_lot.
 *    An expiry range alone has no index and reads every unit row.
 * 2. The unit rows and their product, client, location, carton, shipment and receipt are then
 *    read by primary key in id order. A lot received over months is spread over the whole
 *    units table. Reading its rows in rowid order visits each leaf page of the table once, in
 *    key order, where the lot index order (lot, product, id) jumps back and forth between
 *    products. The final ORDER BY follows the materialised order, so SQLite sorts only the ids.
 */
export function buildRecallQuery(selection: RecallSelection): RecallQuery {
  const conditions: string[] = [];
  const parameters: string[] = [];
  const add = (condition: string, value: string): void => {
    conditions.push(condition);
    parameters.push(value);
  };

  // Product and client narrow the units through their product_id, so SQLite can search the
  // (product_id, serial_folded) index instead of reading every unit.
  if (selection.clientCode !== undefined) {
    add('pu.product_id IN (SELECT cp.id FROM products cp JOIN clients cc ON cc.id = cp.client_id WHERE cc.code = ? COLLATE NOCASE)', selection.clientCode);
  }
  if (selection.sku !== undefined) add('pu.product_id IN (SELECT id FROM products WHERE sku = ?)', selection.sku);
  if (selection.lot !== undefined) add('pu.lot = ?', selection.lot);
  if (selection.expiryFrom !== undefined) add('pu.expiry >= ?', selection.expiryFrom);
  if (selection.expiryTo !== undefined) add('pu.expiry <= ?', selection.expiryTo);
  if (selection.serials !== undefined) add('pu.serial_folded IN (SELECT value FROM json_each(?))', foldedSerialsJson(selection.serials));
  if (selection.receiptReference !== undefined) {
    add('pu.receipt_id IN (SELECT id FROM receipts WHERE reference = ?)', selection.receiptReference);
  }

  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  const sql = `
    WITH picked (id) AS MATERIALIZED (
      SELECT pu.id
        FROM units pu
       ${where}
       ORDER BY pu.id
    )
    SELECT ${unitSearchColumns}
      FROM picked x
      CROSS JOIN units u ON u.id = x.id
      ${unitSearchJoins}
     ORDER BY x.id`;
  return { sql, parameters };
}

/**
 * Streams the units a selection matches, oldest unit first, one row at a time from SQLite. The
 * statement stays busy until the iterator ends, so the caller finishes or returns it before
 * running the same recall again on this connection. An empty selection matches every unit;
 * selectRecallUnits rejects it before it gets here.
 */
export function iterateRecallUnits(db: Database.Database, selection: RecallSelection): IterableIterator<UnitSearchRow> {
  const query = buildRecallQuery(selection);
  // Not through the statement cache, because an iterating statement is busy until it ends.
  return db.prepare<string[], UnitSearchRow>(query.sql).iterate(...query.parameters);
}
