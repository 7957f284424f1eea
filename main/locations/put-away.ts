import type Database from 'better-sqlite3';
import type { Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { applyUnitTransition, type AppliedTransition, type LifecycleEvent, type TransitionError } from '../tracking/apply-transition';
import type { TrackedUnit } from '../tracking/tracked-units';
import type { LocationRow } from './locations';

/**
 * Puts a unit into a location in the caller's write transaction: a received unit is put away, a
 * unit in stock elsewhere is moved, and a unit marked missing is found there. Any other state is
 * rejected by the state machine with the events it allows. Each call records one event.
 */
export function putUnitInLocation(
  db: Database.Database,
  actor: Actor,
  unit: TrackedUnit,
  location: LocationRow,
  context: { readonly reason: string; readonly idempotencyKey?: string },
): Result<AppliedTransition, TransitionError> {
  return applyUnitTransition(db, actor, unit.id, {
    event: placementEvent(unit),
    locationId: location.id,
    context: { reason: context.reason },
    ...(context.idempotencyKey === undefined ? {} : { idempotencyKey: context.idempotencyKey }),
  });
}

function placementEvent(unit: TrackedUnit): LifecycleEvent {
  switch (unit.status) {
    case 'received':
      return 'unit-put-away';
    case 'missing':
      return 'unit-found';
    default:
      // 'unit-moved' is allowed from in stock only; the state machine rejects it from elsewhere.
      return 'unit-moved';
  }
}
