import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { JsonValue } from '../store/canonical-json';
import type { StoredEvent } from '../store/events';
import { findLocationById } from '../locations/locations';
import type { Actor } from '../packing/actor';
import { findTrackedUnit, type TrackedUnit, type UnitPlacement } from './tracked-units';
import type { TransitionRefusal, UnitTransitionEvent } from './transitions';
import type { HoldReason } from './unit-states';
import { resolveUnitTransition, writeUnitTransition } from './unit-writes';

/**
 * The transitions applied to an existing unit through this module. 'unit-received' creates a
 * unit (receiving), and 'unit-packed', 'unit-removed', 'unit-shipped' and 'unit-unshipped' go
 * through the packing rules, which also keep carton and shipment counts. All of them write
 * through unit-writes.ts.
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
 * Applies one lifecycle transition to a unit and records it as one event through unit-writes.ts,
 * in the caller's write transaction. A transition the state machine does not allow from the
 * unit's state is refused with the allowed events, and nothing is written.
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
  const target = resolveUnitTransition(unit, request.event);
  if (!target.ok) {
    return target;
  }

  const placement = nextPlacement(unit, request);
  if (!placement.ok) {
    return placement;
  }

  const after = { ...unit, ...placement.value };
  const written = writeUnitTransition(db, actor, unit, {
    event: request.event,
    set: placement.value,
    record: {
      // A unit leaving its carton (returned) still records the carton and shipment it left.
      cartonId: after.cartonId ?? unit.cartonId,
      shipmentId: after.shipmentId ?? unit.shipmentId,
      idempotencyKey: request.idempotencyKey ?? null,
      payload: {
        serial: unit.serial,
        productId: unit.productId,
        from: unit.status,
        to: target.value,
        fromLocationCode: locationCode(db, unit.locationId),
        locationCode: locationCode(db, after.locationId),
        reason: '',
        ...(request.holdReason === undefined ? {} : { holdReason: request.holdReason }),
        ...(request.grade === undefined ? {} : { grade: request.grade }),
        ...(request.context ?? {}),
      },
    },
  });
  invariant(written.ok, `the state machine allowed ${request.event} from ${unit.status} a moment ago`);
  const event = written.value;

  const stored = findTrackedUnit(db, unit.id);
  invariant(stored !== undefined, `unit ${unit.id} vanished after ${request.event}`);
  return ok({ unit: stored, event });
}

function locationCode(db: Database.Database, locationId: number | null): string {
  return locationId === null ? '' : (findLocationById(db, locationId)?.code ?? '');
}

/** The placement columns a transition sets besides `status`, which the state machine decides. */
type PlacementChange = Partial<Omit<UnitPlacement, 'status'>>;

/** Computes the placement columns that change, for a transition that the state machine has already allowed. */
function nextPlacement(unit: TrackedUnit, request: TransitionRequest): Result<PlacementChange, TransitionError> {
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
      return ok({ locationId });
    case 'unit-returned':
      // The carton and shipment it came back from stay in the event history.
      return ok({ cartonId: null, shipmentId: null, locationId: null });
    case 'unit-graded':
      if (request.grade === undefined || request.grade.trim() === '') {
        return err({ code: 'grade-required' });
      }
      return ok({ grade: request.grade.trim() });
    case 'unit-restocked':
      return ok({ locationId });
    case 'unit-sent-for-refurbishment':
      return ok({ locationId: null });
    case 'unit-returned-to-vendor':
    case 'unit-disposed':
      if (unit.cartonId !== null && unit.heldStatus === 'packed') {
        return err({ code: 'unit-in-carton', cartonId: unit.cartonId });
      }
      return ok({ locationId: null });
    case 'unit-held':
      if (request.holdReason === undefined) {
        return err({ code: 'hold-reason-required' });
      }
      return ok({ holdReason: request.holdReason, heldStatus: unit.status });
    case 'unit-released':
    case 'unit-marked-missing':
      return ok({});
    case 'unit-found':
      return ok({ locationId: locationId ?? unit.locationId });
  }
}
