import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import { findCartonById, findOpenCarton, setCartonReopened, type CartonRow } from '../store/cartons';
import { appendEvent } from '../store/events';
import { findShipmentById, setShipmentReopened } from '../store/shipments';
import { listUnitsInCarton } from '../store/units';
import { findTrackedUnit, type TrackedUnit } from '../tracking/tracked-units';
import { resolveUnitTransition, writeUnitTransition } from '../tracking/unit-writes';
import type { Actor } from './actor';
import { reopenCarton } from './carton-actions';
import { refuse, type Refusal } from './verdicts';

/**
 * Reopens a closed carton of a finished or short-shipped shipment. In one write transaction it
 * records 'shipment-reopened' and opens the shipment, records 'unit-unshipped' for each unit of
 * the carton and puts it back to packed (through tracking/unit-writes.ts), then records
 * 'carton-reopened' and opens the carton.
 * Each event carries the reason, and the actor is the supervisor or admin who asked.
 *
 * The caller checks the 'carton.reopenShipped' permission. A carton of a shipment that is still
 * open is reopened as reopenCarton does it, with one 'carton-reopened' event. Units of the shipment's other cartons
 * stay shipped, so finishing the shipment again ships only this carton's units. When any unit of
 * the carton is no longer shipped (returned since, for example), the carton is refused with
 * 'unit-not-shipped' before anything is written.
 */
export function reopenShippedCarton(db: Database.Database, actor: Actor, cartonId: number, reason: string): Result<CartonRow, Refusal> {
  invariant(db.inTransaction, 'reopenShippedCarton runs inside a write transaction');

  const carton = findCartonById(db, cartonId);
  if (carton === undefined) {
    return err(refuse('carton-not-found', { cartonId }));
  }
  const shipment = findShipmentById(db, carton.shipmentId);
  invariant(shipment !== undefined, `carton ${cartonId} names shipment ${carton.shipmentId}, which does not exist`);
  if (shipment.status === 'open') {
    return reopenCarton(db, actor, cartonId, reason);
  }
  if (carton.status !== 'closed') {
    return err(refuse('carton-not-closed', { cartonNumber: carton.number }));
  }
  const open = findOpenCarton(db, carton.shipmentId);
  if (open !== undefined) {
    return err(refuse('another-carton-open', { cartonNumber: open.number }));
  }
  const units = listUnitsInCarton(db, cartonId).map((unit) => trackedUnit(db, unit.id));
  const noLongerShipped = units.find((unit) => !resolveUnitTransition(unit, 'unit-unshipped').ok);
  if (noLongerShipped !== undefined) {
    return err(refuse('unit-not-shipped', { serial: noLongerShipped.serial, status: noLongerShipped.status, cartonNumber: carton.number }));
  }

  const recorded = { stationId: actor.stationId, operatorId: actor.operatorId, shipmentId: shipment.id } as const;
  setShipmentReopened(db, shipment.id);
  appendEvent(db, {
    ...recorded,
    type: 'shipment-reopened',
    cartonId,
    payload: { reference: shipment.reference, previousStatus: shipment.status, cartonNumber: carton.number, reason },
  });
  for (const unit of units) {
    const written = writeUnitTransition(db, actor, unit, {
      event: 'unit-unshipped',
      record: { cartonId, shipmentId: shipment.id, payload: { serial: unit.serial, reference: shipment.reference, cartonNumber: carton.number, reason } },
    });
    invariant(written.ok, `the state machine allowed unit-unshipped for unit ${unit.id} a moment ago`);
  }
  setCartonReopened(db, cartonId);
  appendEvent(db, {
    ...recorded,
    type: 'carton-reopened',
    cartonId,
    payload: { number: carton.number, sscc: carton.sscc, reason, previousWeightGrams: carton.weightGrams },
  });
  return ok({ ...carton, status: 'open', weightGrams: null, closedAt: null });
}

function trackedUnit(db: Database.Database, unitId: number): TrackedUnit {
  const unit = findTrackedUnit(db, unitId);
  invariant(unit !== undefined, `unit ${unitId} listed in its carton exists`);
  return unit;
}
