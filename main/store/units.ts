import type Database from 'better-sqlite3';
import type { UnitStatus } from '../tracking/unit-states';
import { prepared } from './statement-cache';

export type { UnitStatus };

/** A unit as stored: one physical item, identified by product and serial. */
export interface UnitRow {
  readonly id: number;
  readonly productId: number;
  readonly serial: string;
  readonly serialFolded: string;
  readonly lot: string | null;
  readonly expiry: string | null;
  readonly status: UnitStatus;
  readonly cartonId: number | null;
  readonly shipmentId: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface UnitRecord {
  id: number;
  product_id: number;
  serial: string;
  serial_folded: string;
  lot: string | null;
  expiry: string | null;
  status: UnitStatus;
  carton_id: number | null;
  shipment_id: number | null;
  created_at: string;
  updated_at: string;
}

const unitColumns = 'id, product_id, serial, serial_folded, lot, expiry, status, carton_id, shipment_id, created_at, updated_at';

function toUnitRow(record: UnitRecord): UnitRow {
  return {
    id: record.id,
    productId: record.product_id,
    serial: record.serial,
    serialFolded: record.serial_folded,
    lot: record.lot,
    expiry: record.expiry,
    status: record.status,
    cartonId: record.carton_id,
    shipmentId: record.shipment_id,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
  };
}

export function findUnitById(db: Database.Database, unitId: number): UnitRow | undefined {
  const record = prepared<[number], UnitRecord>(db, `SELECT ${unitColumns} FROM units WHERE id = ?`).get(unitId);
  return record === undefined ? undefined : toUnitRow(record);
}

/** Finds the unit of a product with exactly this (already normalised) serial. */
export function findUnitByProductSerial(db: Database.Database, productId: number, serial: string): UnitRow | undefined {
  const record = prepared<[number, string], UnitRecord>(db, `SELECT ${unitColumns} FROM units WHERE product_id = ? AND serial = ?`).get(productId, serial);
  return record === undefined ? undefined : toUnitRow(record);
}

/** Finds the unit of a product whose folded serial equals `serialFolded`. */
export function findUnitByProductFoldedSerial(
  db: Database.Database,
  productId: number,
  serialFolded: string,
): UnitRow | undefined {
  const record = prepared<[number, string], UnitRecord>(db, `SELECT ${unitColumns} FROM units WHERE product_id = ? AND serial_folded = ?`)
    .get(productId, serialFolded);
  return record === undefined ? undefined : toUnitRow(record);
}

/** Lists every unit, of any product, with exactly this serial. */
export function findUnitsBySerial(db: Database.Database, serial: string): ReadonlyArray<UnitRow> {
  return prepared<[string], UnitRecord>(db, `SELECT ${unitColumns} FROM units WHERE serial = ? ORDER BY id`)
    .all(serial)
    .map(toUnitRow);
}

/** Lists every unit whose serial is equal after folding, which ignores letter case. */
export function findUnitsByFoldedSerial(db: Database.Database, serialFolded: string): ReadonlyArray<UnitRow> {
  return prepared<[string], UnitRecord>(db, `SELECT ${unitColumns} FROM units WHERE serial_folded = ? ORDER BY id`)
    .all(serialFolded)
    .map(toUnitRow);
}

/** Lists the units currently in a carton, in the order they were packed. */
export function listUnitsInCarton(db: Database.Database, cartonId: number): ReadonlyArray<UnitRow> {
  return prepared<[number], UnitRecord>(db, `SELECT ${unitColumns} FROM units WHERE carton_id = ? ORDER BY updated_at, id`)
    .all(cartonId)
    .map(toUnitRow);
}

/** Lists the units packed in any carton of a shipment, in carton and packing order. */
export function listPackedUnitsOfShipment(db: Database.Database, shipmentId: number): ReadonlyArray<UnitRow> {
  return prepared<[number], UnitRecord>(
    db,
    `SELECT ${unitColumns.split(', ').map((column) => `u.${column}`).join(', ')}
       FROM units u JOIN cartons c ON c.id = u.carton_id
      WHERE c.shipment_id = ? AND u.status = 'packed'
      ORDER BY c.number, u.updated_at, u.id`,
  )
    .all(shipmentId)
    .map(toUnitRow);
}
