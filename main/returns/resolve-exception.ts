import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { appendEvent } from '../store/events';
import { prepared } from '../store/statement-cache';
import { nowIso } from '../store/write-transaction';
import { applyUnitTransition, type TransitionError } from '../tracking/apply-transition';
import type { ExceptionResolution, ReturnUnitStage } from './return-terms';
import { closeReturnIfComplete } from './close-return';
import { findRecallMatchingUnit } from './recall-match';
import { addLineReceived, findReturnById } from './returns-store';
import { findReturnUnitById, setExceptionResolved, type ReturnUnitRow } from './return-units-store';

export interface ExceptionDecision {
  readonly returnUnitId: number;
  readonly resolution: ExceptionResolution;
  readonly reason: string;
}

export type ResolveExceptionError =
  | { readonly code: 'return-unit-not-found'; readonly returnUnitId: number }
  | { readonly code: 'exception-already-resolved'; readonly returnUnitId: number; readonly stage: ReturnUnitStage }
  | { readonly code: 'reason-required' }
  | TransitionError;

const stageOf: Readonly<Record<ExceptionResolution, ReturnUnitStage>> = {
  accept: 'accepted',
  reject: 'rejected',
  'return-to-sender': 'returned-to-sender',
};

/**
 * Applies a supervisor's decision on a unit in the exception queue, in the caller's write
 * transaction, with one 'return-exception-resolved' event that names the technician who took the
 * unit in and the supervisor. Accepting returns the unit through the state machine, and a unit
 * flagged for a recall, or matching a recall issued since intake, is then held with reason
 * 'recall'. Rejecting and returning to sender leave the unit row unchanged.
 */
export function resolveException(db: Database.Database, supervisor: Actor, decision: ExceptionDecision): Result<ReturnUnitRow, ResolveExceptionError> {
  invariant(db.inTransaction, 'resolveException runs inside a write transaction');
  const returnUnit = findReturnUnitById(db, decision.returnUnitId);
  if (returnUnit === undefined) {
    return err({ code: 'return-unit-not-found', returnUnitId: decision.returnUnitId });
  }
  if (returnUnit.stage !== 'exception') {
    return err({ code: 'exception-already-resolved', returnUnitId: returnUnit.id, stage: returnUnit.stage });
  }
  const reason = decision.reason.trim();
  if (reason === '') {
    return err({ code: 'reason-required' });
  }

  const returned = findReturnById(db, returnUnit.returnId);
  invariant(returned !== undefined, `return unit ${returnUnit.id} points at a missing return`);
  const context = { returnId: returned.id, returnUnitId: returnUnit.id, reference: returned.reference, resolution: decision.resolution, reason };
  if (decision.resolution === 'accept') {
    const applied = applyUnitTransition(db, supervisor, returnUnit.unitId, { event: 'unit-returned', context });
    if (!applied.ok) {
      return applied;
    }
    // A recall issued while the unit waited in the queue found it shipped and could not hold it, so it is matched again here.
    const flagged = returnUnit.flags.find((flag) => flag.code === 'recall-hold');
    const recall = flagged === undefined ? findRecallMatchingUnit(db, returnUnit.unitId) : String(flagged.params['recall'] ?? '');
    if (recall !== null) {
      const held = applyUnitTransition(db, supervisor, returnUnit.unitId, {
        event: 'unit-held',
        holdReason: 'recall',
        context: { ...context, recall },
      });
      if (!held.ok) {
        return held;
      }
    }
    if (returnUnit.returnLineId !== null) {
      addLineReceived(db, returnUnit.returnLineId);
    }
  }

  const changed = setExceptionResolved(
    db,
    returnUnit.id,
    { stage: stageOf[decision.resolution], resolution: decision.resolution, reason, resolvedBy: supervisor.operatorId },
    nowIso(),
  );
  invariant(changed, `return unit ${returnUnit.id} left the exception stage inside the write transaction`);
  appendEvent(db, {
    type: 'return-exception-resolved',
    stationId: supervisor.stationId,
    operatorId: supervisor.operatorId,
    unitId: returnUnit.unitId,
    payload: {
      ...context,
      flags: returnUnit.flags.map((flag) => flag.code),
      takenInByOperatorId: returnUnit.operatorId,
      takenInBy: operatorName(db, returnUnit.operatorId),
      resolvedByOperatorId: supervisor.operatorId,
      resolvedBy: operatorName(db, supervisor.operatorId),
    },
  });

  if (decision.resolution !== 'accept') {
    // The rejected unit may have been the last one keeping a finished return open.
    closeReturnIfComplete(db, supervisor, returned.id);
  }

  const resolved = findReturnUnitById(db, returnUnit.id);
  invariant(resolved !== undefined, `return unit ${returnUnit.id} vanished while resolving`);
  return ok(resolved);
}

function operatorName(db: Database.Database, operatorId: number | null): string | null {
  if (operatorId === null) {
    return null;
  }
  return prepared<[number], { name: string }>(db, 'SELECT name FROM operators WHERE id = ?').get(operatorId)?.name ?? null;
}
