import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { appendEvent } from '../store/events';
import { prepared } from '../store/statement-cache';
import { nowIso } from '../store/write-transaction';
import { applyUnitTransition } from './apply-transition';
import { writeCsvText } from './csv-text';
import { iterateRecallUnits, listRecallUnits, type RecallSelection } from './recall-query';
import type { UnitSearchRow } from './search';
import { inWarehouseStatuses } from './unit-states';

export type RecallError =
  | { readonly code: 'recall-selection-empty' }
  | { readonly code: 'recall-reference-missing' }
  | { readonly code: 'recall-exists'; readonly reference: string }
  | { readonly code: 'recall-reason-missing' };

export type { RecallSelection };

/**
 * Streams every unit a recall selection matches, oldest first, with its status, carton, shipment
 * and recipient. Rejects a selection without any criterion. The caller finishes the iterator, or
 * calls its `return`, before it closes the connection.
 */
export function streamRecallUnits(db: Database.Database, selection: RecallSelection): Result<IterableIterator<UnitSearchRow>, RecallError> {
  return hasCriterion(selection) ? ok(iterateRecallUnits(db, selection)) : err({ code: 'recall-selection-empty' });
}

/** Lists every unit a recall selection matches, as streamRecallUnits streams them. */
export function selectRecallUnits(db: Database.Database, selection: RecallSelection): Result<ReadonlyArray<UnitSearchRow>, RecallError> {
  return hasCriterion(selection) ? ok(listRecallUnits(db, selection)) : err({ code: 'recall-selection-empty' });
}

function hasCriterion(selection: RecallSelection): boolean {
  return (
    [selection.clientCode, selection.sku, selection.lot, selection.expiryFrom, selection.expiryTo, selection.receiptReference].some((value) => value !== undefined && value !== '') ||
    (selection.serials?.length ?? 0) > 0
  );
}

export interface RecallHoldResult {
  readonly reference: string;
  /** Units put on hold by this recall, one 'unit-held' event each. */
  readonly held: number;
  /** Units in the warehouse that were on hold already and stay so. */
  readonly alreadyHeld: number;
  /** Units that have left the warehouse (shipped, returned to vendor, disposed, missing). */
  readonly outsideWarehouse: number;
  readonly units: ReadonlyArray<UnitSearchRow>;
}

/**
 * Puts every selected unit still in the warehouse on hold with reason 'recall', in the caller's
 * write transaction, so either every unit is held or none is. Records one 'unit-held' event per
 * unit and one 'recall-issued' event with the counts, and stores the recall with its criteria.
 */
export function holdRecalledUnits(
  db: Database.Database,
  actor: Actor,
  recall: { readonly reference: string; readonly reason: string; readonly selection: RecallSelection },
): Result<RecallHoldResult, RecallError> {
  invariant(db.inTransaction, 'holdRecalledUnits runs inside a write transaction');
  const reference = recall.reference.trim();
  if (reference === '') {
    return err({ code: 'recall-reference-missing' });
  }
  if (recall.reason.trim() === '') {
    return err({ code: 'recall-reason-missing' });
  }
  if (prepared<[string], { id: number }>(db, 'SELECT id FROM recalls WHERE reference = ?').get(reference) !== undefined) {
    return err({ code: 'recall-exists', reference });
  }
  const selected = selectRecallUnits(db, recall.selection);
  if (!selected.ok) {
    return selected;
  }

  let held = 0;
  let alreadyHeld = 0;
  for (const unit of selected.value) {
    if (unit.status === 'hold') {
      alreadyHeld += 1;
    } else if (inWarehouseStatuses.includes(unit.status)) {
      const applied = applyUnitTransition(db, actor, unit.unitId, {
        event: 'unit-held',
        holdReason: 'recall',
        context: { recall: reference, reason: recall.reason.trim() },
      });
      invariant(applied.ok, `unit ${unit.unitId} in ${unit.status} could not be held: ${applied.ok ? '' : applied.error.code}`);
      held += 1;
    }
  }
  const outsideWarehouse = selected.value.length - held - alreadyHeld;
  prepared(db, 'INSERT INTO recalls (reference, criteria_json, reason, held_units, created_at) VALUES (?, ?, ?, ?, ?)').run(
    reference,
    JSON.stringify(recall.selection),
    recall.reason.trim(),
    held,
    nowIso(),
  );
  appendEvent(db, {
    type: 'recall-issued',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    payload: { recall: reference, reason: recall.reason.trim(), heldUnits: held, alreadyHeld, outsideWarehouse, matched: selected.value.length },
  });

  const units = selectRecallUnits(db, recall.selection);
  return ok({ reference, held, alreadyHeld, outsideWarehouse, units: units.ok ? units.value : [] });
}

/** Writes a recall list as standard CSV, one row per unit. */
export function writeRecallCsv(units: ReadonlyArray<UnitSearchRow>): string {
  return writeCsvText(
    ['serial', 'client', 'sku', 'lot', 'expiry', 'status', 'hold_reason', 'location', 'carton_sscc', 'shipment', 'recipient', 'receipt'],
    units.map((unit) => [
      unit.serial,
      unit.clientCode,
      unit.sku,
      unit.lot,
      unit.expiry,
      unit.status,
      unit.holdReason,
      unit.locationCode,
      unit.cartonSscc,
      unit.shipmentReference,
      unit.recipient,
      unit.receiptReference,
    ]),
  );
}
