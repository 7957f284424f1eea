import type Database from 'better-sqlite3';
import { assertNever, invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import { findOpenCarton } from '../store/cartons';
import { appendEvent } from '../store/events';
import { findShipmentById, listShipmentLines, setShipmentFinished, setShipmentShortShipped } from '../store/shipments';
import { listPackedUnitsOfShipment } from '../store/units';
import { nowIso } from '../store/write-transaction';
import { listHeldSerialsOfShipment } from '../tracking/held-units';
import { shipmentShippability, type Shippability } from '../tracking/availability';
import { findTrackedUnit } from '../tracking/tracked-units';
import { writeUnitTransition } from '../tracking/unit-writes';
import type { Actor } from './actor';
import { refuse, type Refusal } from './verdicts';

/** The result of finishing or short-shipping a shipment. */
export interface ShipmentCompletion {
  readonly unitsShipped: number;
}

/**
 * Finishes a shipment whose every line is packed in full and whose cartons are all closed: each
 * packed unit becomes 'shipped' with one 'unit-shipped' event (through tracking/unit-writes.ts),
 * then the shipment gets one 'shipment-finished' event.
 */
export function finishShipment(db: Database.Database, actor: Actor, shipmentId: number): Result<ShipmentCompletion, Refusal> {
  return completeShipment(db, actor, shipmentId, { mode: 'complete' });
}

/**
 * Ships what is packed although lines are missing units, with the operator's reason. Needs every
 * carton closed, at least one unit packed and at least one missing; otherwise as finishShipment.
 */
export function shortShipShipment(db: Database.Database, actor: Actor, shipmentId: number, reason: string): Result<ShipmentCompletion, Refusal> {
  return completeShipment(db, actor, shipmentId, { mode: 'short', reason });
}

type CompletionMode = { readonly mode: 'complete' } | { readonly mode: 'short'; readonly reason: string };

function completeShipment(db: Database.Database, actor: Actor, shipmentId: number, mode: CompletionMode): Result<ShipmentCompletion, Refusal> {
  invariant(db.inTransaction, 'completing a shipment runs inside a write transaction');
  const shipment = findShipmentById(db, shipmentId);
  if (shipment === undefined) {
    return err(refuse('shipment-not-found', { reference: `#${shipmentId}`, shipmentId }));
  }
  const lines = listShipmentLines(db, shipmentId);
  const shippability = shipmentShippability(
    shipment,
    { lines, openCarton: findOpenCarton(db, shipmentId), heldSerials: listHeldSerialsOfShipment(db, shipmentId) },
    mode.mode,
  );
  if (!shippability.shippable) {
    return err(refuseUnshippable(shippability, shipment.reference));
  }

  const now = nowIso();
  const units = listPackedUnitsOfShipment(db, shipmentId);
  for (const unit of units) {
    const tracked = findTrackedUnit(db, unit.id);
    invariant(tracked !== undefined, `packed unit ${unit.id} of shipment ${shipmentId} exists`);
    const written = writeUnitTransition(db, actor, tracked, {
      event: 'unit-shipped',
      record: { cartonId: unit.cartonId, shipmentId, payload: { serial: unit.serial, reference: shipment.reference } },
    });
    // Only packed units are listed, and the state machine ships every packed unit.
    invariant(written.ok, `the state machine refused unit-shipped for packed unit ${unit.id}`);
  }

  const missing = lines
    .filter((line) => line.quantityPacked < line.quantityExpected)
    .map((line) => ({ sku: line.sku, missing: line.quantityExpected - line.quantityPacked }));
  if (mode.mode === 'complete') {
    setShipmentFinished(db, shipmentId, now);
  } else {
    setShipmentShortShipped(db, shipmentId, mode.reason, now);
  }
  appendEvent(db, {
    type: mode.mode === 'complete' ? 'shipment-finished' : 'shipment-short-shipped',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    shipmentId,
    payload: mode.mode === 'complete' ? { reference: shipment.reference, unitsShipped: units.length } : { reference: shipment.reference, unitsShipped: units.length, reason: mode.reason, missing },
  });
  return ok({ unitsShipped: units.length });
}

function refuseUnshippable(shippability: Exclude<Shippability, { shippable: true }>, reference: string): Refusal {
  switch (shippability.reason) {
    case 'shipment-not-open':
      return refuse('shipment-not-open', { reference });
    case 'carton-still-open':
      return refuse('carton-still-open', { cartonNumber: shippability.cartonNumber });
    case 'unit-on-hold':
      // NOTE: reuses the packing refusal for a held unit; its text speaks of packing, not shipping.
      return refuse('unit-on-hold', { serial: shippability.serial });
    case 'lines-incomplete':
      return refuse('lines-incomplete', { missingUnits: shippability.missingUnits, incompleteLines: shippability.incompleteLines });
    case 'nothing-packed':
      return refuse('nothing-packed', { reference });
    case 'shipment-complete':
      return refuse('shipment-complete', { reference });
    default:
      return assertNever(shippability, 'shippability');
  }
}
