import type Database from 'better-sqlite3';
import { assertNever, invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import { findLocationById } from '../locations/locations';
import type { Actor } from '../packing/actor';
import { findEventByIdempotencyKey } from '../store/events';
import { nowIso } from '../store/write-transaction';
import { applyUnitTransition, type LifecycleEvent, type TransitionError } from '../tracking/apply-transition';
import { findTrackedUnit } from '../tracking/tracked-units';
import { conditionForDisposition, mapAmazonCondition, type ChecklistAnswers } from './amazon-condition';
import { validateAnswers, type AnswerError } from './checklist';
import { closeReturnIfComplete } from './close-return';
import { suggestDisposition, type DispositionSuggestion } from './disposition-rules';
import { readGradingContext } from './grading-context';
import { labelKindsForDisposition } from './relabel/relabel-plan';
import type { AmazonCondition, Disposition, RelabelKind, ReturnGrade, ReturnUnitStage } from './return-terms';
import { findReturnById } from './returns-store';
import { findReturnUnitById, setReturnUnitDispositioned, type ReturnUnitRow } from './return-units-store';

export interface GradeRequest {
  readonly returnUnitId: number;
  readonly answers: ChecklistAnswers;
  readonly grade: ReturnGrade;
  /** The technician's choice when it differs from the suggestion; null takes the suggestion. */
  readonly disposition: Disposition | null;
  readonly overrideReason: string | null;
  /** Target location of a restocked unit, required for a restock; null for every other disposition. */
  readonly locationId: number | null;
  readonly gestureId: string;
}

export interface GradeOutcome {
  readonly returnUnit: ReturnUnitRow;
  readonly amazonCondition: AmazonCondition;
  readonly suggestion: DispositionSuggestion;
  readonly disposition: Disposition;
  readonly overridden: boolean;
  readonly labels: ReadonlyArray<RelabelKind>;
  readonly returnClosed: boolean;
  readonly replayed: boolean;
}

export type GradeError =
  | { readonly code: 'return-unit-not-found'; readonly returnUnitId: number }
  | { readonly code: 'return-unit-not-accepted'; readonly returnUnitId: number; readonly stage: ReturnUnitStage }
  | { readonly code: 'unit-on-hold'; readonly serial: string; readonly holdReason: string }
  | { readonly code: 'override-reason-required'; readonly suggested: Disposition; readonly chosen: Disposition }
  | { readonly code: 'restock-new-needs-new-condition'; readonly amazonCondition: AmazonCondition }
  | { readonly code: 'location-only-for-restock'; readonly disposition: Disposition }
  | { readonly code: 'restock-location-required'; readonly disposition: Disposition }
  | { readonly code: 'location-not-found'; readonly locationId: number }
  | { readonly code: 'gesture-already-used'; readonly gestureId: string }
  | AnswerError
  | TransitionError;

/** Previews the Amazon condition and suggested disposition of an accepted unit for a grade and answers. */
export function previewGrading(
  db: Database.Database,
  returnUnitId: number,
  grade: ReturnGrade,
  answers: ChecklistAnswers,
): Result<{ readonly amazonCondition: AmazonCondition; readonly suggestion: DispositionSuggestion; readonly answers: ChecklistAnswers }, GradeError> {
  const context = readGradingContext(db, returnUnitId);
  if (context === undefined) {
    return err({ code: 'return-unit-not-found', returnUnitId });
  }
  const valid = validateAnswers(context.checklist, answers);
  if (!valid.ok) {
    return valid;
  }
  return ok({
    amazonCondition: mapAmazonCondition(grade, valid.value),
    suggestion: suggestDisposition(context.config.dispositionRules, grade, valid.value),
    answers: valid.value,
  });
}

/**
 * Grades an accepted unit and applies its disposition, in the caller's write transaction: one
 * 'unit-graded' event, then the disposition's event ('unit-restocked', 'unit-sent-for-
 * refurbishment', 'unit-returned-to-vendor' or 'unit-disposed' for both liquidation and disposal),
 * and the return unit becomes 'dispositioned'. The return closes when every expected unit is
 * done. Any rejection writes nothing. The gesture id keys the 'unit-graded' event, so a repeated
 * delivery returns the first outcome.
 */
export function gradeReturnUnit(db: Database.Database, actor: Actor, request: GradeRequest): Result<GradeOutcome, GradeError> {
  invariant(db.inTransaction, 'gradeReturnUnit runs inside a write transaction');
  const replayed = findReplayedGrading(db, request.gestureId, request.returnUnitId);
  if (replayed !== undefined) {
    return replayed;
  }
  const returnUnit = findReturnUnitById(db, request.returnUnitId);
  if (returnUnit === undefined) {
    return err({ code: 'return-unit-not-found', returnUnitId: request.returnUnitId });
  }
  if (returnUnit.stage !== 'accepted') {
    return err({ code: 'return-unit-not-accepted', returnUnitId: returnUnit.id, stage: returnUnit.stage });
  }
  const unit = findTrackedUnit(db, returnUnit.unitId);
  invariant(unit !== undefined, `return unit ${returnUnit.id} points at a missing unit`);
  if (unit.status === 'hold') {
    return err({ code: 'unit-on-hold', serial: unit.serial, holdReason: unit.holdReason ?? '' });
  }

  const preview = previewGrading(db, returnUnit.id, request.grade, request.answers);
  if (!preview.ok) {
    return preview;
  }
  const { suggestion, answers } = preview.value;
  const disposition = request.disposition ?? suggestion.disposition;
  const amazonCondition = conditionForDisposition(preview.value.amazonCondition, disposition);
  const overridden = disposition !== suggestion.disposition;
  const overrideReason = request.overrideReason?.trim() ?? '';
  if (overridden && overrideReason === '') {
    return err({ code: 'override-reason-required', suggested: suggestion.disposition, chosen: disposition });
  }
  if (disposition === 'restock-new' && amazonCondition !== 'New') {
    return err({ code: 'restock-new-needs-new-condition', amazonCondition });
  }
  const restock = disposition === 'restock-new' || disposition === 'restock-used';
  if (request.locationId !== null && !restock) {
    return err({ code: 'location-only-for-restock', disposition });
  }
  // A restocked unit is in stock, and stock is found by its location: without one it is lost on the shelf.
  if (request.locationId === null && restock) {
    return err({ code: 'restock-location-required', disposition });
  }
  if (request.locationId !== null && findLocationById(db, request.locationId) === undefined) {
    return err({ code: 'location-not-found', locationId: request.locationId });
  }

  const returned = findReturnById(db, returnUnit.returnId);
  invariant(returned !== undefined, `return unit ${returnUnit.id} points at a missing return`);
  const context = { returnId: returned.id, returnUnitId: returnUnit.id, reference: returned.reference };
  const graded = applyUnitTransition(db, actor, unit.id, {
    event: 'unit-graded',
    grade: request.grade,
    context: { ...context, amazonCondition, answers: { ...answers } },
    idempotencyKey: request.gestureId,
  });
  if (!graded.ok) {
    return graded;
  }
  const disposed = applyUnitTransition(db, actor, unit.id, {
    event: dispositionEvent(disposition),
    locationId: restock ? request.locationId : null,
    // The timeline shows `reason`: the technician's reason for an override, else the disposition itself.
    context: { ...context, reason: overridden ? overrideReason : disposition, disposition, suggestedDisposition: suggestion.disposition, overrideReason: overridden ? overrideReason : null, amazonCondition },
  });
  if (!disposed.ok) {
    return disposed;
  }

  const recorded = setReturnUnitDispositioned(
    db,
    returnUnit.id,
    { grade: request.grade, amazonCondition, answers, disposition, suggestedDisposition: suggestion.disposition, overrideReason: overridden ? overrideReason : null },
    nowIso(),
  );
  invariant(recorded, `return unit ${returnUnit.id} left the accepted stage inside the write transaction`);
  const returnClosed = closeReturnIfComplete(db, actor, returned.id);
  return ok(outcomeOf(db, returnUnit.id, suggestion, returnClosed, false));
}

/** Returns the unit event that records a disposition. Liquidation has no unit state of its own, so it is a disposal. */
export function dispositionEvent(disposition: Disposition): LifecycleEvent {
  switch (disposition) {
    case 'restock-new':
    case 'restock-used':
      return 'unit-restocked';
    case 'refurbish':
      return 'unit-sent-for-refurbishment';
    case 'return-to-vendor':
      return 'unit-returned-to-vendor';
    case 'liquidate':
    case 'dispose':
      return 'unit-disposed';
    default:
      return assertNever(disposition, 'disposition');
  }
}

function outcomeOf(db: Database.Database, returnUnitId: number, suggestion: DispositionSuggestion, returnClosed: boolean, replayed: boolean): GradeOutcome {
  const row = findReturnUnitById(db, returnUnitId);
  invariant(row?.disposition != null && row.amazonCondition !== null, `return unit ${returnUnitId} has no disposition after grading`);
  const context = readGradingContext(db, returnUnitId);
  return {
    returnUnit: row,
    amazonCondition: row.amazonCondition,
    suggestion,
    disposition: row.disposition,
    overridden: row.disposition !== row.suggestedDisposition,
    labels: labelKindsForDisposition(row.disposition, context?.fnsku != null),
    returnClosed,
    replayed,
  };
}

/**
 * Returns the outcome an earlier delivery of the gesture recorded for the same return unit. Any
 * other use of the gesture id, such as grading another unit with it, is an error.
 */
function findReplayedGrading(db: Database.Database, gestureId: string, returnUnitId: number): Result<GradeOutcome, GradeError> | undefined {
  const event = findEventByIdempotencyKey(db, gestureId);
  if (event === undefined) {
    return undefined;
  }
  const payload = JSON.parse(event.payload) as { returnUnitId?: unknown };
  if (event.type !== 'unit-graded' || payload.returnUnitId !== returnUnitId) {
    return err({ code: 'gesture-already-used', gestureId });
  }
  const row = findReturnUnitById(db, payload.returnUnitId);
  invariant(row?.suggestedDisposition != null, `graded return unit ${payload.returnUnitId} has no suggested disposition`);
  const returned = findReturnById(db, row.returnId);
  // The rule that matched is not stored, so a replay reports the suggestion without its rule index.
  const suggestion: DispositionSuggestion = { disposition: row.suggestedDisposition, rule: { source: 'client', index: -1 } };
  return ok(outcomeOf(db, row.id, suggestion, returned?.status === 'closed', true));
}
