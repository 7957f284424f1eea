import type Database from 'better-sqlite3';
import type { UnitRow } from '../../main/store/units';

/** A unit row for test setup, in any state, without the event that the product would record. */
export type UnitRowSetup = Pick<UnitRow, 'productId' | 'serial' | 'serialFolded' | 'lot' | 'expiry' | 'status' | 'cartonId' | 'shipmentId'>;

/**
 * Inserts a unit row directly, bypassing the state machine, to put a store into a state under
 * test. Product code creates units through main/tracking/unit-writes.ts only.
 */
export function insertUnitRow(db: Database.Database, unit: UnitRowSetup, now: string): number {
  const info = db
    .prepare(
      `INSERT INTO units (product_id, serial, serial_folded, lot, expiry, status, carton_id, shipment_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(unit.productId, unit.serial, unit.serialFolded, unit.lot, unit.expiry, unit.status, unit.cartonId, unit.shipmentId, now, now);
  return Number(info.lastInsertRowid);
}
