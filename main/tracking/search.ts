import type Database from 'better-sqlite3';
import { foldSerialForComparison, normalizeSerial } from '../scan/serial';
import { prepared } from '../store/statement-cache';
import type { UnitStatus } from './unit-states';

/** Unit search filters; every filter given must match. Dates are ISO (YYYY-MM-DD), ranges inclusive. */
export interface UnitSearch {
  readonly clientCode?: string;
  readonly sku?: string;
  readonly lot?: string;
  readonly expiryFrom?: string;
  readonly expiryTo?: string;
  readonly status?: UnitStatus;
  readonly locationCode?: string;
  readonly receiptReference?: string;
  readonly shipmentReference?: string;
  /** Matches units whose last change falls in the range (UTC dates). */
  readonly changedFrom?: string;
  readonly changedTo?: string;
  readonly serials?: ReadonlyArray<string>;
  /** Maximum rows returned; defaults to 500. */
  readonly limit?: number;
}

/** One unit in a search result or a recall list, with where it is or where it went. */
export interface UnitSearchRow {
  readonly unitId: number;
  readonly serial: string;
  readonly clientCode: string;
  readonly sku: string;
  readonly lot: string | null;
  readonly expiry: string | null;
  readonly status: UnitStatus;
  readonly holdReason: string | null;
  readonly locationCode: string | null;
  readonly cartonSscc: string | null;
  readonly shipmentReference: string | null;
  readonly recipient: string | null;
  readonly receiptReference: string | null;
  readonly updatedAt: string;
}

const defaultLimit = 500;

/** The select list of a UnitSearchRow, over `units u` and the tables of unitSearchJoins. */
export const unitSearchColumns = `u.id AS unitId, u.serial, c.code AS clientCode, p.sku, u.lot, u.expiry, u.status, u.hold_reason AS holdReason,
            l.code AS locationCode, ct.sscc AS cartonSscc, s.reference AS shipmentReference,
            json_extract(s.ship_to_json, '$.name') AS recipient, r.reference AS receiptReference, u.updated_at AS updatedAt`;

/** The joins from `units u` to the product, client, location, carton, shipment and receipt of a UnitSearchRow. */
export const unitSearchJoins = `JOIN products p ON p.id = u.product_id
       JOIN clients c ON c.id = p.client_id
       LEFT JOIN locations l ON l.id = u.location_id
       LEFT JOIN cartons ct ON ct.id = u.carton_id
       LEFT JOIN shipments s ON s.id = u.shipment_id
       LEFT JOIN receipts r ON r.id = u.receipt_id`;

/** Returns the JSON array of the serials' folded forms, without repeats, for `json_each`. */
export function foldedSerialsJson(serials: ReadonlyArray<string>): string {
  return JSON.stringify([...new Set(serials.map((serial) => foldSerialForComparison(normalizeSerial(serial))))]);
}

/** Searches units by any combination of filters, oldest unit first. An empty search lists the first units. */
export function searchUnits(db: Database.Database, search: UnitSearch): ReadonlyArray<UnitSearchRow> {
  const conditions: string[] = [];
  const parameters: Array<string | number> = [];
  const add = (condition: string, ...values: ReadonlyArray<string | number>): void => {
    conditions.push(condition);
    parameters.push(...values);
  };

  if (search.clientCode !== undefined) add('c.code = ? COLLATE NOCASE', search.clientCode);
  if (search.sku !== undefined) add('p.sku = ?', search.sku);
  if (search.lot !== undefined) add('u.lot = ?', search.lot);
  if (search.expiryFrom !== undefined) add('u.expiry >= ?', search.expiryFrom);
  if (search.expiryTo !== undefined) add('u.expiry <= ?', search.expiryTo);
  if (search.status !== undefined) add('u.status = ?', search.status);
  if (search.locationCode !== undefined) add('l.code = ?', search.locationCode.toUpperCase());
  if (search.receiptReference !== undefined) add('r.reference = ?', search.receiptReference);
  if (search.shipmentReference !== undefined) add('s.reference = ?', search.shipmentReference);
  if (search.changedFrom !== undefined) add('u.updated_at >= ?', search.changedFrom);
  // updated_at is a full timestamp, so the end date includes its whole day.
  if (search.changedTo !== undefined) add("u.updated_at < date(?, '+1 day')", search.changedTo);
  if (search.serials !== undefined) add(`u.serial_folded IN (SELECT value FROM json_each(?))`, foldedSerialsJson(search.serials));

  const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
  return prepared<Array<string | number>, UnitSearchRow>(
    db,
    `SELECT ${unitSearchColumns}
       FROM units u
       ${unitSearchJoins}
       ${where}
      ORDER BY u.id
      LIMIT ?`,
  ).all(...parameters, search.limit ?? defaultLimit);
}
