import type Database from 'better-sqlite3';
import type { Address } from '../api/contract';
import { prepared } from './statement-cache';

export type ShipmentStatus = 'open' | 'finished' | 'short-shipped';
export type ShipmentKind = 'customer-order' | 'fba-inbound' | 'vendor';

/** A shipment with the client fields that packing and labels need. */
export interface ShipmentRow {
  readonly id: number;
  readonly clientId: number;
  readonly clientCode: string;
  readonly clientName: string;
  readonly reference: string;
  readonly kind: ShipmentKind;
  readonly status: ShipmentStatus;
  readonly shipTo: Address;
  readonly shortShipReason: string | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

/** A line of a shipment joined with its product's catalog fields. */
export interface ShipmentLineRow {
  readonly lineId: number;
  readonly productId: number;
  readonly sku: string;
  readonly title: string;
  readonly gtin: string | null;
  readonly fnsku: string | null;
  readonly serialTracked: boolean;
  readonly serialPattern: string | null;
  readonly quantityExpected: number;
  readonly quantityPacked: number;
}

interface ShipmentRecord {
  id: number;
  client_id: number;
  client_code: string;
  client_name: string;
  reference: string;
  kind: ShipmentKind;
  status: ShipmentStatus;
  ship_to_json: string;
  short_ship_reason: string | null;
  created_at: string;
  finished_at: string | null;
}

const shipmentSelect = `
  SELECT s.id, s.client_id, c.code AS client_code, c.name AS client_name, s.reference, s.kind, s.status,
         s.ship_to_json, s.short_ship_reason, s.created_at, s.finished_at
    FROM shipments s JOIN clients c ON c.id = s.client_id`;

function toShipmentRow(record: ShipmentRecord): ShipmentRow {
  return {
    id: record.id,
    clientId: record.client_id,
    clientCode: record.client_code,
    clientName: record.client_name,
    reference: record.reference,
    kind: record.kind,
    status: record.status,
    shipTo: JSON.parse(record.ship_to_json) as Address,
    shortShipReason: record.short_ship_reason,
    createdAt: record.created_at,
    finishedAt: record.finished_at,
  };
}

export function findShipmentById(db: Database.Database, shipmentId: number): ShipmentRow | undefined {
  const record = prepared<[number], ShipmentRecord>(db, `${shipmentSelect} WHERE s.id = ?`).get(shipmentId);
  return record === undefined ? undefined : toShipmentRow(record);
}

/**
 * Shipments whose reference equals `reference` exactly; when there are none, those equal
 * ignoring ASCII case. References are unique per client only, so several can match.
 */
export function findShipmentsByReference(db: Database.Database, reference: string): ReadonlyArray<ShipmentRow> {
  const exact = prepared<[string], ShipmentRecord>(db, `${shipmentSelect} WHERE s.reference = ? ORDER BY s.id`).all(reference);
  const records =
    exact.length > 0
      ? exact
      : prepared<[string], ShipmentRecord>(db, `${shipmentSelect} WHERE s.reference = ? COLLATE NOCASE ORDER BY s.id`).all(reference);
  return records.map(toShipmentRow);
}

/** Lists the lines of a shipment with product fields, in SKU order. */
export function listShipmentLines(db: Database.Database, shipmentId: number): ReadonlyArray<ShipmentLineRow> {
  return prepared<
    [number],
    {
      line_id: number;
      product_id: number;
      sku: string;
      title: string;
      gtin: string | null;
      fnsku: string | null;
      serial_tracked: number;
      serial_pattern: string | null;
      quantity_expected: number;
      quantity_packed: number;
    }
  >(
    db,
    `SELECT l.id AS line_id, l.product_id, p.sku, p.title, p.gtin, p.fnsku, p.serial_tracked, p.serial_pattern,
            l.quantity_expected, l.quantity_packed
       FROM shipment_lines l JOIN products p ON p.id = l.product_id
      WHERE l.shipment_id = ? ORDER BY p.sku`,
  )
    .all(shipmentId)
    .map((record) => ({
    lineId: record.line_id,
    productId: record.product_id,
    sku: record.sku,
    title: record.title,
    gtin: record.gtin,
    fnsku: record.fnsku,
    serialTracked: record.serial_tracked === 1,
    serialPattern: record.serial_pattern,
    quantityExpected: record.quantity_expected,
    quantityPacked: record.quantity_packed,
    }));
}

/**
 * Adds `delta` (+1 or −1) to the packed quantity of the shipment's line for a product. The
 * CHECK constraint on shipment_lines raises if the result would leave 0..quantity_expected.
 */
export function adjustPackedQuantity(db: Database.Database, shipmentId: number, productId: number, delta: number): void {
  const info = prepared(db, 'UPDATE shipment_lines SET quantity_packed = quantity_packed + ? WHERE shipment_id = ? AND product_id = ?')
    .run(delta, shipmentId, productId);
  if (info.changes !== 1) {
    throw new Error(`adjustPackedQuantity: shipment ${shipmentId} has no line for product ${productId}`);
  }
}

export function setShipmentFinished(db: Database.Database, shipmentId: number, now: string): void {
  prepared(db, `UPDATE shipments SET status = 'finished', finished_at = ? WHERE id = ?`).run(now, shipmentId);
}

export function setShipmentShortShipped(db: Database.Database, shipmentId: number, reason: string, now: string): void {
  prepared(db, `UPDATE shipments SET status = 'short-shipped', short_ship_reason = ?, finished_at = ? WHERE id = ?`).run(
    reason,
    now,
    shipmentId,
  );
}

/** Opens a finished or short-shipped shipment for packing again and clears its finish time and short-ship reason. */
export function setShipmentReopened(db: Database.Database, shipmentId: number): void {
  prepared(db, `UPDATE shipments SET status = 'open', short_ship_reason = NULL, finished_at = NULL WHERE id = ?`).run(shipmentId);
}

/** One row of the shipment list: totals over its lines. */
export interface ShipmentSummaryRow {
  readonly shipmentId: number;
  readonly reference: string;
  readonly clientCode: string;
  readonly status: ShipmentStatus;
  readonly linesTotal: number;
  readonly unitsExpected: number;
  readonly unitsPacked: number;
}

/**
 * Lists shipments for the picker: open ones first, then the rest, newest first within each
 * group, at most `limit` rows.
 */
export function listShipmentSummaries(db: Database.Database, limit = 500): ReadonlyArray<ShipmentSummaryRow> {
  return prepared<[number], ShipmentSummaryRow>(
    db,
    `SELECT s.id AS shipmentId, s.reference, c.code AS clientCode, s.status,
            count(l.id) AS linesTotal,
            coalesce(sum(l.quantity_expected), 0) AS unitsExpected,
            coalesce(sum(l.quantity_packed), 0) AS unitsPacked
       FROM shipments s
       JOIN clients c ON c.id = s.client_id
       LEFT JOIN shipment_lines l ON l.shipment_id = s.id
      GROUP BY s.id
      ORDER BY s.status <> 'open', s.created_at DESC, s.id DESC
      LIMIT ?`,
  )
    .all(limit);
}
