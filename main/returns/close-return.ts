import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { appendEvent } from '../store/events';
import { prepared } from '../store/statement-cache';
import { nowIso } from '../store/write-transaction';
import { findReturnById, markReturnClosed, type ReturnRow } from './returns-store';

export type CloseReturnError =
  | { readonly code: 'return-not-found'; readonly returnId: number }
  | { readonly code: 'return-already-closed'; readonly returnId: number; readonly reference: string }
  | { readonly code: 'return-has-open-units'; readonly returnId: number; readonly openUnits: number };

interface ReturnProgress {
  readonly unitsExpected: number;
  readonly unitsDispositioned: number;
  /** Units in the exception queue or waiting for grading. */
  readonly unitsOpen: number;
}

function readProgress(db: Database.Database, returnId: number): ReturnProgress {
  const row = prepared<[number, number], ReturnProgress>(
    db,
    `SELECT (SELECT coalesce(sum(quantity_expected), 0) FROM return_lines WHERE return_id = ?) AS unitsExpected,
            coalesce(sum(stage = 'dispositioned'), 0) AS unitsDispositioned,
            coalesce(sum(stage IN ('exception', 'accepted')), 0) AS unitsOpen
       FROM return_units WHERE return_id = ?`,
  ).get(returnId, returnId);
  invariant(row !== undefined, 'an aggregate query returns one row');
  return row;
}

/**
 * Closes a return at the operator's request, in the caller's write transaction, with one
 * 'return-closed' event. A unit still in the exception queue or waiting for grading blocks the
 * close, because closing would leave it on the desk without a return to finish it on.
 */
export function closeReturn(db: Database.Database, actor: Actor, returnId: number, reason: string): Result<ReturnRow, CloseReturnError> {
  invariant(db.inTransaction, 'closeReturn runs inside a write transaction');
  const found = findReturnById(db, returnId);
  if (found === undefined) {
    return err({ code: 'return-not-found', returnId });
  }
  if (found.status === 'closed') {
    return err({ code: 'return-already-closed', returnId, reference: found.reference });
  }
  const progress = readProgress(db, returnId);
  if (progress.unitsOpen > 0) {
    return err({ code: 'return-has-open-units', returnId, openUnits: progress.unitsOpen });
  }

  return ok(writeClose(db, actor, found, progress, { trigger: 'operator', reason: reason.trim() }));
}

/**
 * Closes the return when every expected unit is dispositioned and none waits on the desk, in
 * the caller's write transaction. Returns true when it closed the return.
 */
export function closeReturnIfComplete(db: Database.Database, actor: Actor, returnId: number): boolean {
  const found = findReturnById(db, returnId);
  if (found === undefined || found.status === 'closed') {
    return false;
  }
  const progress = readProgress(db, returnId);
  if (progress.unitsExpected === 0 || progress.unitsDispositioned < progress.unitsExpected || progress.unitsOpen > 0) {
    return false;
  }

  writeClose(db, actor, found, progress, { trigger: 'complete', reason: '' });
  return true;
}

function writeClose(
  db: Database.Database,
  actor: Actor,
  found: ReturnRow,
  progress: ReturnProgress,
  close: { readonly trigger: 'operator' | 'complete'; readonly reason: string },
): ReturnRow {
  markReturnClosed(db, found.id, nowIso());
  appendEvent(db, {
    type: 'return-closed',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    payload: {
      returnId: found.id,
      referenceKind: found.referenceKind,
      reference: found.reference,
      trigger: close.trigger,
      reason: close.reason,
      unitsExpected: progress.unitsExpected,
      unitsDispositioned: progress.unitsDispositioned,
    },
  });
  const closed = findReturnById(db, found.id);
  invariant(closed !== undefined, `return ${found.id} vanished while closing`);
  return closed;
}
