import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { findShipmentsByReference, type ShipmentRow } from '../store/shipments';
import { refuse, type Refusal } from './verdicts';

/**
 * Finds the shipment a reference names, scanned or chosen. References are unique per client
 * only, so a reference used by two clients is refused with the client codes to choose from.
 */
export function findShipmentForPacking(db: Database.Database, reference: string): Result<ShipmentRow, Refusal> {
  const trimmed = reference.trim();
  const matches = findShipmentsByReference(db, trimmed);
  const only = matches[0];
  if (only === undefined) {
    return err(refuse('shipment-not-found', { reference: trimmed }));
  }
  if (matches.length > 1) {
    return err(refuse('ambiguous-shipment-reference', { reference: trimmed, clients: matches.map((match) => match.clientCode).join(', ') }));
  }
  return ok(only);
}
