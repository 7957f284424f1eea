import type Database from 'better-sqlite3';
import { prepared } from '../store/statement-cache';
import type { TrackedUnit } from '../tracking/tracked-units';

/** The shipment a unit last left the warehouse with. */
export interface LastShipment {
  readonly shipmentId: number;
  readonly reference: string;
  readonly clientId: number;
  readonly clientCode: string;
  readonly recipient: string | null;
  readonly cartonId: number | null;
  readonly cartonSscc: string | null;
  readonly shippedAt: string;
  /** Event sequence of the 'unit-shipped' event; 0 when the unit was stored as shipped without one. */
  readonly shippedSeq: number;
  readonly packedBy: string | null;
}

/** The facts the unit check reads about a unit: its product, client, last shipment and last return. */
export interface UnitFacts {
  readonly unit: TrackedUnit;
  readonly clientId: number;
  readonly clientCode: string;
  readonly sku: string;
  readonly title: string;
  readonly fnsku: string | null;
  readonly category: string | null;
  readonly warrantyDays: number | null;
  readonly locationCode: string | null;
  readonly cartonSscc: string | null;
  readonly lastShipment: LastShipment | null;
  /**
   * The last 'unit-returned' event, if the unit ever came back, with the return reference or
   * removal order ID its payload names ('' when it names neither).
   */
  readonly lastReturned: { readonly seq: number; readonly occurredAt: string; readonly reference: string } | null;
}

interface ProductRecord {
  clientId: number;
  clientCode: string;
  sku: string;
  title: string;
  fnsku: string | null;
  category: string | null;
  warrantyDays: number | null;
  locationCode: string | null;
  cartonSscc: string | null;
}

interface ShipmentRecord {
  shipmentId: number;
  reference: string;
  clientId: number;
  clientCode: string;
  recipient: string | null;
  cartonSscc: string | null;
}

/** Reads the facts of a stored unit. */
export function readUnitFacts(db: Database.Database, unit: TrackedUnit): UnitFacts {
  const product = prepared<[number], ProductRecord>(
    db,
    `SELECT p.client_id AS clientId, c.code AS clientCode, p.sku, p.title, p.fnsku, p.category, p.warranty_days AS warrantyDays,
            l.code AS locationCode, ct.sscc AS cartonSscc
       FROM units u JOIN products p ON p.id = u.product_id JOIN clients c ON c.id = p.client_id
       LEFT JOIN locations l ON l.id = u.location_id LEFT JOIN cartons ct ON ct.id = u.carton_id
      WHERE u.id = ?`,
  ).get(unit.id);
  if (product === undefined) {
    throw new Error(`unit ${unit.id} has no product or client row`);
  }

  const returned = prepared<[number], { seq: number; occurredAt: string; reference: string | null }>(
    db,
    `SELECT seq, occurred_at AS occurredAt, coalesce(nullif(json_extract(payload, '$.reference'), ''), json_extract(payload, '$.removalOrderId')) AS reference
       FROM events WHERE unit_id = ? AND type = 'unit-returned' ORDER BY seq DESC LIMIT 1`,
  ).get(unit.id);
  const lastReturned = returned === undefined ? null : { seq: returned.seq, occurredAt: returned.occurredAt, reference: String(returned.reference ?? '') };
  return { unit, ...product, lastShipment: readLastShipment(db, unit), lastReturned };
}

function readLastShipment(db: Database.Database, unit: TrackedUnit): LastShipment | null {
  const shipped = prepared<[number], { seq: number; occurredAt: string; shipmentId: number | null; cartonId: number | null }>(
    db,
    `SELECT seq, occurred_at AS occurredAt, shipment_id AS shipmentId, carton_id AS cartonId FROM events
      WHERE unit_id = ? AND type = 'unit-shipped' ORDER BY seq DESC LIMIT 1`,
  ).get(unit.id);

  // A unit stored as shipped without its event (an import of old history) still names its shipment.
  const shipmentId = shipped?.shipmentId ?? (unit.status === 'shipped' ? unit.shipmentId : null);
  if (shipmentId === null) {
    return null;
  }
  const cartonId = shipped?.cartonId ?? unit.cartonId;
  const shipment = prepared<[number | null, number], ShipmentRecord>(
    db,
    `SELECT s.id AS shipmentId, s.reference, s.client_id AS clientId, c.code AS clientCode,
            json_extract(s.ship_to_json, '$.name') AS recipient, (SELECT sscc FROM cartons WHERE id = ?) AS cartonSscc
       FROM shipments s JOIN clients c ON c.id = s.client_id WHERE s.id = ?`,
  ).get(cartonId, shipmentId);
  if (shipment === undefined) {
    return null;
  }

  const packed = prepared<[number, number], { name: string | null }>(
    db,
    `SELECT o.name FROM events e LEFT JOIN operators o ON o.id = e.operator_id
      WHERE e.unit_id = ? AND e.type = 'unit-packed' AND e.seq <= ? ORDER BY e.seq DESC LIMIT 1`,
  ).get(unit.id, shipped?.seq ?? Number.MAX_SAFE_INTEGER);
  return {
    ...shipment,
    cartonId,
    shippedAt: shipped?.occurredAt ?? unit.updatedAt,
    shippedSeq: shipped?.seq ?? 0,
    packedBy: packed?.name ?? null,
  };
}
