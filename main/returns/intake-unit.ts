import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { appendEvent, findEventByIdempotencyKey } from '../store/events';
import { nowIso } from '../store/write-transaction';
import { applyUnitTransition } from '../tracking/apply-transition';
import { insertReturnWithLines } from './open-return';
import { addLineReceived, findClientReturnWithReference, findReturnById, listReturnLines, markReturnInProgress, setReturnClient, type ReturnLineRow, type ReturnRow } from './returns-store';
import { findOpenReturnUnitOfUnit, findReturnUnitById, insertReturnUnit, type ReturnUnitRow } from './return-units-store';
import { checkReturnedUnit, type UnitCheck } from './unit-check';

export interface IntakeRequest {
  /** The return the unit comes back on; null opens a return of kind 'none' for it. */
  readonly returnId: number | null;
  readonly raw: string;
  readonly gestureId: string;
}

export type IntakeOutcome =
  | { readonly kind: 'refused'; readonly check: UnitCheck }
  | { readonly kind: 'accepted' | 'exception'; readonly check: UnitCheck; readonly returnUnit: ReturnUnitRow }
  | { readonly kind: 'replayed'; readonly returnUnit: ReturnUnitRow };

export type IntakeError =
  | { readonly code: 'return-not-found'; readonly returnId: number }
  | { readonly code: 'return-closed'; readonly returnId: number; readonly reference: string }
  | { readonly code: 'return-exists'; readonly returnId: number; readonly reference: string }
  | { readonly code: 'gesture-already-used'; readonly gestureId: string };

/**
 * Takes a scanned unit in on a return, in the caller's write transaction. A refused unit writes
 * nothing at all. A flagged unit gets a return_units row in stage 'exception' and one
 * 'return-unit-flagged' event, and the unit row stays as it is. A clean unit is accepted and
 * becomes 'returned' through the state machine. The gesture id is the idempotency key of the
 * unit's event, so a repeated delivery returns the first outcome, and so does a unit scanned
 * again while it is still open on the same return.
 */
export function intakeReturnedUnit(db: Database.Database, actor: Actor, request: IntakeRequest, now: Date = new Date()): Result<IntakeOutcome, IntakeError> {
  invariant(db.inTransaction, 'intakeReturnedUnit runs inside a write transaction');
  const replayed = findReplayedReturnUnit(db, request.gestureId);
  if (replayed === 'other-event') {
    return err({ code: 'gesture-already-used', gestureId: request.gestureId });
  }
  if (replayed !== undefined) {
    // The same gesture id on another return is a caller's bug, not a repeated delivery of this scan.
    if (request.returnId !== null && replayed.returnId !== request.returnId) {
      return err({ code: 'gesture-already-used', gestureId: request.gestureId });
    }
    return ok({ kind: 'replayed', returnUnit: replayed });
  }

  let returned: ReturnRow | null = null;
  if (request.returnId !== null) {
    const found = findReturnById(db, request.returnId);
    if (found === undefined) {
      return err({ code: 'return-not-found', returnId: request.returnId });
    }
    if (found.status === 'closed') {
      return err({ code: 'return-closed', returnId: found.id, reference: found.reference });
    }
    returned = found;
  }

  const check = checkReturnedUnit(db, returned, request.raw, now);
  if (check.outcome === 'refuse') {
    // One physical scan can arrive twice with two gesture ids (wedge and HID input both on), so a
    // unit still open on this very return gives its recorded outcome rather than a refusal.
    const open = returned === null || check.facts === null ? undefined : findOpenReturnUnitOfUnit(db, check.facts.unit.id);
    if (open !== undefined && open.returnId === returned?.id) {
      return ok({ kind: 'replayed', returnUnit: open });
    }
    return ok({ kind: 'refused', check });
  }

  const { facts } = check;
  let returnId: number;
  let line: ReturnLineRow | null = check.line;
  if (returned === null) {
    // A unit scanned without a reference opens its own return, expecting exactly this unit.
    returnId = insertReturnWithLines(
      db,
      actor,
      {
        clientId: facts.lastShipment?.clientId ?? facts.clientId,
        referenceKind: 'none',
        reference: '',
        orderReference: facts.lastShipment?.reference ?? null,
        trackingNumber: null,
        removalOrderId: null,
        source: 'on-the-spot',
        returnDate: null,
        reason: '',
        customerComment: '',
      },
      [{ productId: facts.unit.productId, sku: facts.sku, fnsku: facts.fnsku, expectedSerial: facts.unit.serial, quantityExpected: 1 }],
      null,
    );
    line = listReturnLines(db, returnId)[0] ?? null;
  } else {
    returnId = returned.id;
    const clientId = facts.lastShipment?.clientId ?? facts.clientId;
    if (returned.clientId === null) {
      // Older stores may hold the same reference for the client too, and the unique index would then reject the update.
      const clash = findClientReturnWithReference(db, returned.referenceKind, clientId, returned.reference);
      if (clash !== undefined) {
        return err({ code: 'return-exists', returnId: clash.id, reference: clash.reference });
      }
    }
    setReturnClient(db, returnId, clientId);
  }
  markReturnInProgress(db, returnId);

  const stage = check.outcome === 'accept' ? 'accepted' : 'exception';
  const returnUnitId = insertReturnUnit(
    db,
    { returnId, returnLineId: line?.id ?? null, unitId: facts.unit.id, flags: check.flags, stage, operatorId: actor.operatorId, stationId: actor.stationId },
    nowIso(),
  );
  const reference = returned?.reference ?? '';
  if (stage === 'accepted') {
    const applied = applyUnitTransition(db, actor, facts.unit.id, {
      event: 'unit-returned',
      context: { returnId, returnUnitId, reference, referenceKind: returned?.referenceKind ?? 'none' },
      idempotencyKey: request.gestureId,
    });
    if (!applied.ok) {
      // The check saw a shipped unit inside this transaction, so the state machine must allow it.
      throw new Error(`unit ${facts.unit.id} passed the return check but 'unit-returned' failed: ${applied.error.code}`);
    }
    if (line !== null) {
      addLineReceived(db, line.id);
    }
  } else {
    appendEvent(db, {
      type: 'return-unit-flagged',
      stationId: actor.stationId,
      operatorId: actor.operatorId,
      unitId: facts.unit.id,
      idempotencyKey: request.gestureId,
      payload: { returnId, returnUnitId, reference, serial: facts.unit.serial, flags: check.flags.map((flag) => ({ code: flag.code, ...flag.params })) },
    });
  }

  const returnUnit = findReturnUnitById(db, returnUnitId);
  invariant(returnUnit !== undefined, `return unit ${returnUnitId} vanished after intake`);
  return ok({ kind: stage === 'accepted' ? 'accepted' : 'exception', check, returnUnit });
}

/**
 * Finds the return unit recorded by an earlier delivery of the same gesture, or 'other-event'
 * when another kind of change already used the gesture id.
 */
function findReplayedReturnUnit(db: Database.Database, gestureId: string): ReturnUnitRow | 'other-event' | undefined {
  const event = findEventByIdempotencyKey(db, gestureId);
  if (event === undefined) {
    return undefined;
  }
  if (event.type !== 'unit-returned' && event.type !== 'return-unit-flagged') {
    return 'other-event';
  }
  const payload = JSON.parse(event.payload) as { returnUnitId?: unknown };
  const returnUnit = typeof payload.returnUnitId === 'number' ? findReturnUnitById(db, payload.returnUnitId) : undefined;
  return returnUnit ?? 'other-event';
}
