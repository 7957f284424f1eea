import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import {
  countUnitsInCarton,
  findCartonById,
  findOpenCarton,
  insertOpenCarton,
  nextCartonNumber,
  setCartonClosed,
  setCartonReopened,
  type CartonRow,
} from '../store/cartons';
import { appendEvent, type StoredEvent } from '../store/events';
import { findShipmentById, type ShipmentRow } from '../store/shipments';
import { nowIso } from '../store/write-transaction';
import type { Actor } from './actor';
import { allocateSscc } from './sscc-allocation';
import { refuse, type Refusal } from './verdicts';

/** Why a carton was opened: by the first unit scanned with none open, or on request. */
export type CartonOpenCause = 'first-unit' | 'operator';

/**
 * Opens the next carton of a shipment with a new SSCC and records 'carton-opened'. The caller
 * runs the write transaction and has checked that no carton is open. If that check was wrong,
 * the partial UNIQUE index on open cartons raises.
 */
export function openCarton(
  db: Database.Database,
  actor: Actor,
  shipment: ShipmentRow,
  cause: CartonOpenCause,
  idempotencyKey: string | null = null,
): Result<{ readonly carton: CartonRow; readonly event: StoredEvent }, Refusal> {
  invariant(db.inTransaction, 'openCarton runs inside a write transaction');

  const sscc = allocateSscc(db, shipment.clientId);
  if (!sscc.ok) {
    return sscc;
  }

  const carton = insertOpenCarton(db, { shipmentId: shipment.id, number: nextCartonNumber(db, shipment.id), sscc: sscc.value.sscc }, nowIso());
  const event = appendEvent(db, {
    type: 'carton-opened',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    cartonId: carton.id,
    shipmentId: shipment.id,
    idempotencyKey,
    payload: { number: carton.number, sscc: carton.sscc, cause },
  });
  return ok({ carton, event });
}

/**
 * Starts a new carton on request. With an empty carton already open nothing changes and that
 * carton is returned; with a filled one open the operator must close it first.
 */
export function startNewCarton(
  db: Database.Database,
  actor: Actor,
  shipmentId: number,
  idempotencyKey: string | null = null,
): Result<{ readonly carton: CartonRow; readonly event: StoredEvent | null }, Refusal> {
  const shipment = requireOpenShipment(db, shipmentId);
  if (!shipment.ok) {
    return shipment;
  }

  const open = findOpenCarton(db, shipmentId);
  if (open !== undefined) {
    if (countUnitsInCarton(db, open.id) === 0) {
      return ok({ carton: open, event: null });
    }
    return err(refuse('carton-still-open', { cartonNumber: open.number }));
  }
  return openCarton(db, actor, shipment.value, 'operator', idempotencyKey);
}

/**
 * Closes the shipment's open carton with its gross weight in grams and records 'carton-closed'.
 * An empty carton is refused, because it would get a label and go nowhere.
 */
export function closeOpenCarton(
  db: Database.Database,
  actor: Actor,
  shipmentId: number,
  weightGrams: number,
): Result<CartonRow, Refusal> {
  invariant(Number.isInteger(weightGrams) && weightGrams > 0, `carton weight is a positive whole number of grams, got ${weightGrams}`);
  const shipment = requireOpenShipment(db, shipmentId);
  if (!shipment.ok) {
    return shipment;
  }

  const open = findOpenCarton(db, shipmentId);
  if (open === undefined) {
    return err(refuse('no-open-carton'));
  }
  const unitCount = countUnitsInCarton(db, open.id);
  if (unitCount === 0) {
    return err(refuse('carton-empty', { cartonNumber: open.number }));
  }

  const now = nowIso();
  setCartonClosed(db, open.id, weightGrams, now);
  appendEvent(db, {
    type: 'carton-closed',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    cartonId: open.id,
    shipmentId,
    payload: { number: open.number, sscc: open.sscc, weightGrams, unitCount },
  });
  return ok({ ...open, status: 'closed', weightGrams, closedAt: now });
}

/**
 * Opens a closed carton again (to add or take out units) and records 'carton-reopened' with
 * the reason. Its weight is cleared, so closing it again needs a new weight and prints a new label.
 */
export function reopenCarton(db: Database.Database, actor: Actor, cartonId: number, reason: string): Result<CartonRow, Refusal> {
  const carton = findCartonById(db, cartonId);
  if (carton === undefined) {
    return err(refuse('carton-not-found', { cartonId }));
  }
  const shipment = requireOpenShipment(db, carton.shipmentId);
  if (!shipment.ok) {
    return shipment;
  }
  if (carton.status !== 'closed') {
    return err(refuse('carton-not-closed', { cartonNumber: carton.number }));
  }
  const open = findOpenCarton(db, carton.shipmentId);
  if (open !== undefined) {
    return err(refuse('another-carton-open', { cartonNumber: open.number }));
  }

  setCartonReopened(db, cartonId);
  appendEvent(db, {
    type: 'carton-reopened',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    cartonId,
    shipmentId: carton.shipmentId,
    payload: { number: carton.number, sscc: carton.sscc, reason, previousWeightGrams: carton.weightGrams },
  });
  return ok({ ...carton, status: 'open', weightGrams: null, closedAt: null });
}

/** Finds the shipment and checks that it is still open for packing. */
export function requireOpenShipment(db: Database.Database, shipmentId: number): Result<ShipmentRow, Refusal> {
  const shipment = findShipmentById(db, shipmentId);
  if (shipment === undefined) {
    return err(refuse('shipment-not-found', { reference: `#${shipmentId}`, shipmentId }));
  }
  if (shipment.status !== 'open') {
    return err(refuse('shipment-not-open', { reference: shipment.reference, status: shipment.status }));
  }
  return ok(shipment);
}
