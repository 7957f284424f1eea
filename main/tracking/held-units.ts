import type Database from 'better-sqlite3';
import { prepared } from '../store/statement-cache';

/** Lists the serials of units on hold inside any carton of a shipment; such a shipment cannot ship. */
export function listHeldSerialsOfShipment(db: Database.Database, shipmentId: number): ReadonlyArray<string> {
  return prepared<[number], { serial: string }>(
    db,
    `SELECT u.serial FROM units u JOIN cartons c ON c.id = u.carton_id
      WHERE c.shipment_id = ? AND u.status = 'hold' ORDER BY c.number, u.id`,
  )
    .all(shipmentId)
    .map((row) => row.serial);
}
