import type Database from 'better-sqlite3';
import { prepared } from './statement-cache';

/** A carton of a shipment. `number` counts from 1 within the shipment. */
export interface CartonRow {
  readonly id: number;
  readonly shipmentId: number;
  readonly number: number;
  readonly sscc: string;
  readonly status: 'open' | 'closed';
  readonly weightGrams: number | null;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

/** A carton with the number of units currently in it. */
export interface CartonWithCount extends CartonRow {
  readonly unitCount: number;
}

interface CartonRecord {
  id: number;
  shipment_id: number;
  number: number;
  sscc: string;
  status: 'open' | 'closed';
  weight_grams: number | null;
  created_at: string;
  closed_at: string | null;
}

const cartonColumns = 'id, shipment_id, number, sscc, status, weight_grams, created_at, closed_at';

function toCartonRow(record: CartonRecord): CartonRow {
  return {
    id: record.id,
    shipmentId: record.shipment_id,
    number: record.number,
    sscc: record.sscc,
    status: record.status,
    weightGrams: record.weight_grams,
    createdAt: record.created_at,
    closedAt: record.closed_at,
  };
}

export function findCartonById(db: Database.Database, cartonId: number): CartonRow | undefined {
  const record = prepared<[number], CartonRecord>(db, `SELECT ${cartonColumns} FROM cartons WHERE id = ?`).get(cartonId);
  return record === undefined ? undefined : toCartonRow(record);
}

/** Finds a carton by its 18-digit SSCC, which is unique across every client and shipment. */
export function findCartonBySscc(db: Database.Database, sscc: string): CartonRow | undefined {
  const record = prepared<[string], CartonRecord>(db, `SELECT ${cartonColumns} FROM cartons WHERE sscc = ?`).get(sscc);
  return record === undefined ? undefined : toCartonRow(record);
}

/** Finds the open carton of a shipment. A partial UNIQUE index allows at most one. */
export function findOpenCarton(db: Database.Database, shipmentId: number): CartonRow | undefined {
  const record = prepared<[number], CartonRecord>(db, `SELECT ${cartonColumns} FROM cartons WHERE shipment_id = ? AND status = 'open'`).get(shipmentId);
  return record === undefined ? undefined : toCartonRow(record);
}

/** Lists every carton of a shipment with its unit count, by number. */
export function listCartonsOfShipment(db: Database.Database, shipmentId: number): ReadonlyArray<CartonWithCount> {
  return prepared<[number], CartonRecord & { unit_count: number }>(
    db,
    `SELECT ${cartonColumns.split(', ').map((column) => `c.${column}`).join(', ')},
            (SELECT count(*) FROM units u WHERE u.carton_id = c.id) AS unit_count
       FROM cartons c WHERE c.shipment_id = ? ORDER BY c.number`,
  )
    .all(shipmentId)
    .map((record) => ({ ...toCartonRow(record), unitCount: record.unit_count }));
}

export function countUnitsInCarton(db: Database.Database, cartonId: number): number {
  return prepared<[number], { n: number }>(db, 'SELECT count(*) AS n FROM units WHERE carton_id = ?').get(cartonId)?.n ?? 0;
}

/** Returns the number for the next carton of the shipment: one more than the highest so far. */
export function nextCartonNumber(db: Database.Database, shipmentId: number): number {
  const row = prepared<[number], { highest: number | null }>(db, 'SELECT max(number) AS highest FROM cartons WHERE shipment_id = ?').get(shipmentId);
  return (row?.highest ?? 0) + 1;
}

/** Inserts an open carton and returns it. */
export function insertOpenCarton(
  db: Database.Database,
  carton: { readonly shipmentId: number; readonly number: number; readonly sscc: string },
  now: string,
): CartonRow {
  const info = prepared(db, `INSERT INTO cartons (shipment_id, number, sscc, status, created_at) VALUES (?, ?, ?, 'open', ?)`)
    .run(carton.shipmentId, carton.number, carton.sscc, now);
  return {
    id: Number(info.lastInsertRowid),
    shipmentId: carton.shipmentId,
    number: carton.number,
    sscc: carton.sscc,
    status: 'open',
    weightGrams: null,
    createdAt: now,
    closedAt: null,
  };
}

export function setCartonClosed(db: Database.Database, cartonId: number, weightGrams: number, now: string): void {
  prepared(db, `UPDATE cartons SET status = 'closed', weight_grams = ?, closed_at = ? WHERE id = ?`).run(weightGrams, now, cartonId);
}

/** Opens a closed carton again; its weight is cleared because it must be weighed again. */
export function setCartonReopened(db: Database.Database, cartonId: number): void {
  prepared(db, `UPDATE cartons SET status = 'open', weight_grams = NULL, closed_at = NULL WHERE id = ?`).run(cartonId);
}
