import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import { findProductById } from '../store/catalog-lookup';
import { findCartonById, findOpenCarton } from '../store/cartons';
import type { StoredEvent } from '../store/events';
import { adjustPackedQuantity } from '../store/shipments';
import { prepared } from '../store/statement-cache';
import { findTrackedUnit } from '../tracking/tracked-units';
import { resolveUnitTransition, writeUnitTransition } from '../tracking/unit-writes';
import type { Actor } from './actor';
import { requireOpenShipment } from './carton-actions';
import { refuse, type Refusal } from './verdicts';

/** Reason recorded when the undo command barcode takes out the last unit. */
export const undoReason = 'undo';

export interface RemovedUnit {
  readonly unitId: number;
  readonly serial: string;
  readonly sku: string;
  readonly cartonNumber: number;
  readonly event: StoredEvent;
}

/**
 * Takes a unit out of its open carton back into stock and records 'unit-removed' with the
 * reason, through tracking/unit-writes.ts. A unit the state machine does not allow to be removed
 * (any state but packed), or one packed in another shipment, is refused with
 * 'unit-not-in-shipment'. A unit in a closed carton is refused: the carton must be reopened
 * first, because its weight and label would no longer match.
 */
export function removeUnitFromCarton(
  db: Database.Database,
  actor: Actor,
  shipmentId: number,
  unitId: number,
  reason: string,
  idempotencyKey: string | null = null,
): Result<RemovedUnit, Refusal> {
  invariant(db.inTransaction, 'removeUnitFromCarton runs inside a write transaction');
  const shipment = requireOpenShipment(db, shipmentId);
  if (!shipment.ok) {
    return shipment;
  }

  const unit = findTrackedUnit(db, unitId);
  const removable = unit !== undefined && resolveUnitTransition(unit, 'unit-removed').ok;
  if (unit === undefined || !removable || unit.shipmentId !== shipmentId || unit.cartonId === null) {
    return err(refuse('unit-not-in-shipment', { unitId, reference: shipment.value.reference }));
  }
  const carton = findCartonById(db, unit.cartonId);
  invariant(carton !== undefined, `carton ${unit.cartonId} of unit ${unitId} exists`);
  if (carton.status !== 'open') {
    return err(refuse('carton-closed', { cartonNumber: carton.number, serial: unit.serial }));
  }
  const product = findProductById(db, unit.productId);
  invariant(product !== undefined, `product ${unit.productId} of unit ${unitId} exists`);

  const written = writeUnitTransition(db, actor, unit, {
    event: 'unit-removed',
    set: { cartonId: null, shipmentId: null },
    record: {
      cartonId: carton.id,
      shipmentId,
      idempotencyKey,
      payload: { serial: unit.serial, sku: product.sku, cartonNumber: carton.number, sscc: carton.sscc, reason },
    },
  });
  invariant(written.ok, `the state machine allowed unit-removed from ${unit.status} a moment ago`);
  adjustPackedQuantity(db, shipmentId, unit.productId, -1);

  return ok({ unitId, serial: unit.serial, sku: product.sku, cartonNumber: carton.number, event: written.value });
}

/**
 * Undoes the last scan of this station in the shipment's open carton: removes the unit most
 * recently packed there by this station that is still in it, with reason 'undo'. Units other
 * stations packed into the same carton are never taken out by this station's undo.
 */
export function undoLastScan(db: Database.Database, actor: Actor, shipmentId: number, idempotencyKey: string | null): Result<RemovedUnit, Refusal> {
  const open = findOpenCarton(db, shipmentId);
  if (open === undefined) {
    return err(refuse('nothing-to-undo'));
  }

  const last = prepared<[number, string], { unit_id: number }>(
    db,
    `SELECT e.unit_id FROM events e JOIN units u ON u.id = e.unit_id
      WHERE e.carton_id = ? AND e.type = 'unit-packed' AND e.station_id = ? AND u.carton_id = e.carton_id
      ORDER BY e.seq DESC LIMIT 1`,
  )
    .get(open.id, actor.stationId);
  if (last === undefined) {
    return err(refuse('nothing-to-undo'));
  }
  return removeUnitFromCarton(db, actor, shipmentId, last.unit_id, undoReason, idempotencyKey);
}
