import type Database from 'better-sqlite3';
import { prepared } from '../store/statement-cache';
import type { HoldReason, UnitStatus } from './unit-states';

/** A unit with the lifecycle columns that migration 8 added to `units`. */
export interface TrackedUnit {
  readonly id: number;
  readonly productId: number;
  readonly serial: string;
  readonly lot: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly expiry: string | null;
  readonly status: UnitStatus;
  readonly cartonId: number | null;
  readonly shipmentId: number | null;
  readonly locationId: number | null;
  readonly receiptId: number | null;
  readonly holdReason: HoldReason | null;
  /** The state a held unit returns to on release; null unless the unit is on hold. */
  readonly heldStatus: UnitStatus | null;
  readonly grade: string | null;
  readonly updatedAt: string;
}

interface TrackedUnitRecord {
  id: number;
  product_id: number;
  serial: string;
  lot: string | null;
  expiry: string | null;
  status: UnitStatus;
  carton_id: number | null;
  shipment_id: number | null;
  location_id: number | null;
  receipt_id: number | null;
  hold_reason: HoldReason | null;
  held_status: UnitStatus | null;
  grade: string | null;
  updated_at: string;
}

export const trackedUnitColumns =
  'id, product_id, serial, lot, expiry, status, carton_id, shipment_id, location_id, receipt_id, hold_reason, held_status, grade, updated_at';

export function toTrackedUnit(record: TrackedUnitRecord): TrackedUnit {
  return {
    id: record.id,
    productId: record.product_id,
    serial: record.serial,
    lot: record.lot,
    expiry: record.expiry,
    status: record.status,
    cartonId: record.carton_id,
    shipmentId: record.shipment_id,
    locationId: record.location_id,
    receiptId: record.receipt_id,
    holdReason: record.hold_reason,
    heldStatus: record.held_status,
    grade: record.grade,
    updatedAt: record.updated_at,
  };
}

export type { TrackedUnitRecord };

export function findTrackedUnit(db: Database.Database, unitId: number): TrackedUnit | undefined {
  const record = prepared<[number], TrackedUnitRecord>(db, `SELECT ${trackedUnitColumns} FROM units WHERE id = ?`).get(unitId);
  return record === undefined ? undefined : toTrackedUnit(record);
}

/** Lists the units recorded in a location, oldest change first. */
export function listUnitsInLocation(db: Database.Database, locationId: number): ReadonlyArray<TrackedUnit> {
  return prepared<[number], TrackedUnitRecord>(db, `SELECT ${trackedUnitColumns} FROM units WHERE location_id = ? ORDER BY updated_at, id`)
    .all(locationId)
    .map(toTrackedUnit);
}

/** The lifecycle columns a transition writes through unit-writes.ts. Other columns of a unit stay as they are. */
export interface UnitPlacement {
  readonly status: UnitStatus;
  readonly cartonId: number | null;
  readonly shipmentId: number | null;
  readonly locationId: number | null;
  readonly holdReason: HoldReason | null;
  readonly heldStatus: UnitStatus | null;
  readonly grade: string | null;
}
