import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import type { JsonValue } from '../store/canonical-json';
import { appendEvent, type StoredEvent } from '../store/events';
import { prepared } from '../store/statement-cache';
import { nowIso } from '../store/write-transaction';
import type { TrackedUnit, UnitPlacement } from './tracked-units';
import { checkTransition, type TransitionRefusal, type UnitTransitionEvent } from './transitions';
import type { UnitStatus } from './unit-states';

/**
 * The only module that writes a unit's lifecycle columns (`status`, `carton_id`, `shipment_id`,
 * `location_id`, `hold_reason`, `held_status`) or inserts a unit. Each write checks the state
 * machine of transitions.ts first and appends the transition's one event in the caller's write
 * transaction, so no unit changes state without an event. A unit test scans main/ for SQL that
 * writes these columns anywhere else.
 */

/** The event columns and payload of a transition. The write itself adds type, unit and actor. */
export interface UnitEventRecord {
  readonly cartonId: number | null;
  readonly shipmentId: number | null;
  /** The scan gesture or request that caused the change, so a repeated delivery records once. */
  readonly idempotencyKey?: string | null;
  readonly payload: { readonly [key: string]: JsonValue };
}

/** One change of an existing unit: the event and the placement columns it sets besides `status`. */
export interface UnitChange {
  readonly event: UnitTransitionEvent;
  /**
   * Columns that change. Columns left out keep their value, except `holdReason` and `heldStatus`,
   * which are cleared unless given, because only a unit on hold has them.
   */
  readonly set?: Partial<Omit<UnitPlacement, 'status'>>;
  /** Lot and expiry, written only where the unit has none yet. */
  readonly fillLotAndExpiry?: { readonly lot: string | null; readonly expiry: string | null };
  readonly record: UnitEventRecord;
}

/**
 * Resolves the state that `event` moves the unit to, or the state machine's refusal. A release
 * ('held-status' in the table) returns the state the unit was held from, or 'in-stock' for a
 * unit held before that state was recorded.
 */
export function resolveUnitTransition(
  unit: Pick<TrackedUnit, 'status' | 'heldStatus'>,
  event: UnitTransitionEvent,
): Result<UnitStatus, TransitionRefusal> {
  const check = checkTransition(unit.status, event);
  if (!check.ok) {
    return err(check.refusal);
  }
  return ok(check.to === 'held-status' ? (unit.heldStatus ?? 'in-stock') : check.to);
}

/**
 * Moves an existing unit through one transition and appends its event, inside the caller's write
 * transaction. A transition the state machine does not allow from the unit's state is refused,
 * and nothing is written. `unit` must be the row as read in this transaction, and a row that
 * changed since then is a bug, so the write throws.
 */
export function writeUnitTransition(
  db: Database.Database,
  actor: Actor,
  unit: TrackedUnit,
  change: UnitChange,
): Result<StoredEvent, TransitionRefusal> {
  invariant(db.inTransaction, 'writeUnitTransition runs inside a write transaction');
  const target = resolveUnitTransition(unit, change.event);
  if (!target.ok) {
    return target;
  }

  const placement: UnitPlacement = {
    status: target.value,
    cartonId: unit.cartonId,
    shipmentId: unit.shipmentId,
    locationId: unit.locationId,
    grade: unit.grade,
    holdReason: null,
    heldStatus: null,
    ...change.set,
  };
  const fill = change.fillLotAndExpiry ?? { lot: null, expiry: null };
  const info = prepared(
    db,
    `UPDATE units SET status = ?, carton_id = ?, shipment_id = ?, location_id = ?, hold_reason = ?, held_status = ?, grade = ?,
            lot = coalesce(lot, ?), expiry = coalesce(expiry, ?), updated_at = ?
      WHERE id = ? AND status = ?`,
  ).run(
    placement.status,
    placement.cartonId,
    placement.shipmentId,
    placement.locationId,
    placement.holdReason,
    placement.heldStatus,
    placement.grade,
    fill.lot,
    fill.expiry,
    nowIso(),
    unit.id,
    unit.status,
  );
  invariant(info.changes === 1, `unit ${unit.id} is no longer ${unit.status} inside the write transaction of ${change.event}`);

  return ok(appendUnitEvent(db, actor, unit.id, change.event, change.record));
}

/** The columns of a unit that a transition from the state 'new' creates. */
export interface NewUnit {
  readonly productId: number;
  /** Normalised serial. */
  readonly serial: string;
  readonly serialFolded: string;
  readonly lot: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly expiry: string | null;
  readonly cartonId: number | null;
  readonly shipmentId: number | null;
  readonly receiptId: number | null;
}

export interface CreatedUnit {
  readonly unitId: number;
  readonly event: StoredEvent;
}

/**
 * Inserts a unit through a transition from the state 'new' ('unit-received' or 'unit-packed')
 * and appends its event, inside the caller's write transaction. Any other event is refused.
 * UNIQUE (product_id, serial) and UNIQUE (product_id, serial_folded) raise
 * SQLITE_CONSTRAINT_UNIQUE when the unit, or a case-only variant, exists.
 */
export function createUnit(
  db: Database.Database,
  actor: Actor,
  event: UnitTransitionEvent,
  unit: NewUnit,
  record: UnitEventRecord,
): Result<CreatedUnit, TransitionRefusal> {
  invariant(db.inTransaction, 'createUnit runs inside a write transaction');
  const check = checkTransition('new', event);
  if (!check.ok) {
    return err(check.refusal);
  }
  invariant(check.to !== 'held-status', `a new unit has no held state to return to on ${event}`);

  const now = nowIso();
  const info = prepared(
    db,
    `INSERT INTO units (product_id, serial, serial_folded, lot, expiry, status, carton_id, shipment_id, receipt_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(unit.productId, unit.serial, unit.serialFolded, unit.lot, unit.expiry, check.to, unit.cartonId, unit.shipmentId, unit.receiptId, now, now);
  const unitId = Number(info.lastInsertRowid);

  return ok({ unitId, event: appendUnitEvent(db, actor, unitId, event, record) });
}

function appendUnitEvent(db: Database.Database, actor: Actor, unitId: number, event: UnitTransitionEvent, record: UnitEventRecord): StoredEvent {
  return appendEvent(db, {
    type: event,
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    unitId,
    cartonId: record.cartonId,
    shipmentId: record.shipmentId,
    idempotencyKey: record.idempotencyKey ?? null,
    payload: record.payload,
  });
}
