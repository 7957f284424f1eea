import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { JsonValue } from '../store/canonical-json';
import { appendEvent, type StoredEvent } from '../store/events';
import { nowIso } from '../store/write-transaction';
import { findLocationById } from '../locations/locations';
import type { Actor } from '../packing/actor';
import { findTrackedUnit, updateUnitPlacement, type TrackedUnit, type UnitPlacement } from './tracked-units';
import { checkTransition, type TransitionRefusal, type UnitTransitionEvent } from './transitions';
import type { HoldReason } from './unit-states';

/**
 * The transitions applied to an existing unit through this module. 'unit-received' creates a
 * unit (receiving), and 'unit-packed', 'unit-removed', 'unit-shipped' and 'unit-unshipped' go
 * through the packing rules, which also keep carton and shipment counts.
 */
export type LifecycleEvent = Exclude<UnitTransitionEvent, 'unit-received' | 'unit-packed' | 'unit-removed' | 'unit-shipped' | 'unit-unshipped'>;

/** One requested change of a unit, with the facts its target state needs. */
export interface TransitionRequest {
  readonly event: LifecycleEvent;
  /** Target location. Required for 'unit-put-away' and 'unit-moved', optional for 'unit-restocked' and 'unit-found'. */
  readonly locationId?: number | null;
  /** Required for 'unit-held'. */
  readonly holdReason?: HoldReason;
  /** Required for 'unit-graded'. */
  readonly grade?: string;
  /** Recorded in the event payload: why, and which receipt, recall, count or return caused it. */
  readonly context?: { readonly [key: string]: JsonValue };
  /** The scan gesture or request that caused the change, so a repeated delivery records once. */
  readonly idempotencyKey?: string;
}

export type TransitionError =
  | TransitionRefusal
  | { readonly code: 'unit-not-found'; readonly unitId: number }
  | { readonly code: 'location-required'; readonly event: LifecycleEvent }
  | { readonly code: 'same-location'; readonly locationId: number }
  | { readonly code: 'hold-reason-required' }
  | { readonly code: 'grade-required' }
  | { readonly code: 'unit-in-carton'; readonly cartonId: number };

export interface AppliedTransition {
  readonly unit: TrackedUnit;
  readonly event: StoredEvent;
}

/**
 * Applies one lifecycle transition to a unit and records it as one event, in the caller's write
 * transaction. A transition the state machine does not allow from the unit's state is refused
 * with the allowed events, and nothing is written.
 */
export function applyUnitTransition(
  db: Database.Database,
  actor: Actor,
  unitId: number,
  request: TransitionRequest,
): Result<AppliedTransition, TransitionError> {
  invariant(db.inTransaction, 'applyUnitTransition runs inside a write transaction');
  const unit = findTrackedUnit(db, unitId);
  if (unit === undefined) {
    return err({ code: 'unit-not-found', unitId });
  }
  const check = checkTransition(unit.status, request.event);
  if (!check.ok) {
    return err(check.refusal);
  }

  const placement = nextPlacement(unit, request);
  if (!placement.ok) {
    return placement;
  }

  const now = nowIso();
  const updated = updateUnitPlacement(db, unit.id, unit.status, placement.value, now);
  invariant(updated, `unit ${unit.id} changed inside the write transaction of ${request.event}`);
  const event = appendEvent(db, {
    type: request.event,
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    unitId: unit.id,
    cartonId: placement.value.cartonId ?? unit.cartonId,
    shipmentId: placement.value.shipmentId ?? unit.shipmentId,
    idempotencyKey: request.idempotencyKey ?? null,
    payload: {
      serial: unit.serial,
      productId: unit.productId,
      from: unit.status,
      to: placement.value.status,
      fromLocationCode: locationCode(db, unit.locationId),
      locationCode: locationCode(db, placement.value.locationId),
      reason: '',
      ...(request.holdReason === undefined ? {} : { holdReason: request.holdReason }),
      ...(request.grade === undefined ? {} : { grade: request.grade }),
      ...(request.context ?? {}),
    },
  });

  const after = findTrackedUnit(db, unit.id);
  invariant(after !== undefined, `unit ${unit.id} vanished after ${request.event}`);
  return ok({ unit: after, event });
}

function locationCode(db: Database.Database, locationId: number | null): string {
  return locationId === null ? '' : (findLocationById(db, locationId)?.code ?? '');
}

/** Computes the lifecycle columns after a transition that the state machine has already allowed. */
function nextPlacement(unit: TrackedUnit, request: TransitionRequest): Result<UnitPlacement, TransitionError> {
  const unchanged: UnitPlacement = {
    status: unit.status,
    cartonId: unit.cartonId,
    shipmentId: unit.shipmentId,
    locationId: unit.locationId,
    holdReason: null,
    heldStatus: null,
    grade: unit.grade,
  };
  const locationId = request.locationId ?? null;

  switch (request.event) {
    case 'unit-put-away':
    case 'unit-moved':
      if (locationId === null) {
        return err({ code: 'location-required', event: request.event });
      }
      if (locationId === unit.locationId) {
        return err({ code: 'same-location', locationId });
      }
      return ok({ ...unchanged, status: 'in-stock', locationId });
    case 'unit-returned':
      // The carton and shipment it came back from stay in the event history.
      return ok({ ...unchanged, status: 'returned', cartonId: null, shipmentId: null, locationId: null });
    case 'unit-graded':
      if (request.grade === undefined || request.grade.trim() === '') {
        return err({ code: 'grade-required' });
      }
      return ok({ ...unchanged, status: 'graded', grade: request.grade.trim() });
    case 'unit-restocked':
      return ok({ ...unchanged, status: 'in-stock', locationId });
    case 'unit-sent-for-refurbishment':
      return ok({ ...unchanged, status: 'in-refurbishment', locationId: null });
    case 'unit-returned-to-vendor':
    case 'unit-disposed':
      if (unit.cartonId !== null && unit.heldStatus === 'packed') {
        return err({ code: 'unit-in-carton', cartonId: unit.cartonId });
      }
      return ok({ ...unchanged, status: request.event === 'unit-disposed' ? 'disposed' : 'returned-to-vendor', locationId: null });
    case 'unit-held':
      if (request.holdReason === undefined) {
        return err({ code: 'hold-reason-required' });
      }
      return ok({ ...unchanged, status: 'hold', holdReason: request.holdReason, heldStatus: unit.status });
    case 'unit-released':
      return ok({ ...unchanged, status: unit.heldStatus ?? 'in-stock' });
    case 'unit-marked-missing':
      return ok({ ...unchanged, status: 'missing' });
    case 'unit-found':
      return ok({ ...unchanged, status: 'in-stock', locationId: locationId ?? unit.locationId });
  }
}
