import type Database from 'better-sqlite3';
import { createRecallNames } from './recall-names';
import { foldedSerialsJson, type UnitSearchRow } from './search';
import type { UnitStatus } from './unit-states';

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
 * Builds the recall statement for a selection, in one of two shapes:
 *
 * - With a lot, the rows come straight from units_by_lot_rows (migration 13), which contains every
 *   column the recall lists in (lot, id) order, so the lot's units are read side by side and in
 *   id order, without touching the units table. A lot received over months is spread over the
 *   whole table, where its rows would cost one page read each.
 * - Without a lot, `picked` first collects the ids of the matching units, in id order, from the
 *   index that serves the criteria (units_by_folded_serial, units_by_receipt, or the product
 *   index for SKU and client). The unit rows are then read by primary key in id order, which
 *   visits each leaf page of the table once, in key order, where the product index order would
 *   jump back and forth. The final ORDER BY follows the materialised order, so SQLite sorts only
 *   the ids. An expiry range alone has no index and reads every unit row.
 *
 * Product, client, location and receipt come back as ids, which recallRowReader turns into
 * names. Each row is an array in the order of RecallRow.
 */
export function buildRecallQuery(selection: RecallSelection): RecallQuery {
  const { conditions, parameters } = recallConditions(selection);
  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  if (selection.lot !== undefined) {
    return { sql: `SELECT ${recallColumns('pu')} FROM units pu ${recallJoins('pu')} ${where} ORDER BY pu.id`, parameters };
  }
  const sql = `
    WITH picked (id) AS MATERIALIZED (
      SELECT pu.id
        FROM units pu
       ${where}
       ORDER BY pu.id
    )
    SELECT ${recallColumns('u')}
      FROM picked x
      CROSS JOIN units u ON u.id = x.id
      ${recallJoins('u')}
     ORDER BY x.id`;
  return { sql, parameters };
}

/** Returns the conditions of a selection on the units table `pu`, each with its one parameter. */
function recallConditions(selection: RecallSelection): { conditions: string[]; parameters: string[] } {
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
  return { conditions, parameters };
}

/** Returns the recall columns of units table `unit`, in the order of RecallRow. */
function recallColumns(unit: string): string {
  return `${unit}.id, ${unit}.serial, ${unit}.product_id, ${unit}.lot, ${unit}.expiry, ${unit}.status, ${unit}.hold_reason,
          ${unit}.location_id, ct.sscc, s.reference, json_extract(s.ship_to_json, '$.name'), ${unit}.receipt_id, ${unit}.updated_at`;
}

/** Returns the carton and shipment joins of units table `unit`. */
function recallJoins(unit: string): string {
  return `LEFT JOIN cartons ct ON ct.id = ${unit}.carton_id LEFT JOIN shipments s ON s.id = ${unit}.shipment_id`;
}

/** One row of the recall statement, in its column order. */
type RecallRow = [
  unitId: number,
  serial: string,
  productId: number,
  lot: string | null,
  expiry: string | null,
  status: UnitStatus,
  holdReason: string | null,
  locationId: number | null,
  cartonSscc: string | null,
  shipmentReference: string | null,
  recipient: string | null,
  receiptId: number | null,
  updatedAt: string,
];

/**
 * Streams the units a selection matches, oldest unit first, one row at a time from SQLite. The
 * statement stays busy until the iterator ends, so the caller finishes or returns it before
 * running the same recall again on this connection. An empty selection matches every unit;
 * selectRecallUnits rejects it before it gets here.
 *
 * Rows come from SQLite as arrays, and the names are shared between rows. In a recall of
 * 100,000 units, SQLite's own work was about a third of the time. Most of the rest went to
 * building an object of fourteen named columns per row (BENCHMARKS.md, traceability bench).
 */
export function* iterateRecallUnits(db: Database.Database, selection: RecallSelection): Generator<UnitSearchRow, void, undefined> {
  const query = buildRecallQuery(selection);
  const toUnit = recallRowReader(db);
  // Not through the statement cache, because an iterating statement is busy until it ends.
  const rows = db.prepare<string[], RecallRow>(query.sql).raw(true).iterate(...query.parameters) as IterableIterator<RecallRow>;
  for (const row of rows) {
    yield toUnit(row);
  }
}

/**
 * Lists the units a selection matches, as iterateRecallUnits streams them. It fetches every row
 * in one native call instead of one call per row, for the screen and the hold, which need the
 * whole list anyway.
 */
export function listRecallUnits(db: Database.Database, selection: RecallSelection): UnitSearchRow[] {
  const query = buildRecallQuery(selection);
  const rows = db.prepare<string[], RecallRow>(query.sql).raw(true).all(...query.parameters) as unknown as RecallRow[];
  return rows.map(recallRowReader(db));
}

/** Returns a function that turns recall rows into unit rows, with names looked up once per list. */
function recallRowReader(db: Database.Database): (row: RecallRow) => UnitSearchRow {
  const names = createRecallNames(db);
  return ([unitId, serial, productId, lot, expiry, status, holdReason, locationId, cartonSscc, shipmentReference, recipient, receiptId, updatedAt]) => {
    const product = names.product(productId);
    return {
      unitId,
      serial,
      clientCode: product.clientCode,
      sku: product.sku,
      lot,
      expiry,
      status,
      holdReason,
      locationCode: names.location(locationId),
      cartonSscc,
      shipmentReference,
      recipient,
      receiptReference: names.receipt(receiptId),
      updatedAt,
    };
  };
}
