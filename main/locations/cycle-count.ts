import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { appendEvent } from '../store/events';
import { prepared } from '../store/statement-cache';
import { nowIso } from '../store/write-transaction';
import { applyUnitTransition, type LifecycleEvent } from '../tracking/apply-transition';
import { listUnitsInLocation, type TrackedUnit } from '../tracking/tracked-units';
import { findLocationById, type LocationRow } from './locations';

export interface CycleCountRow {
  readonly id: number;
  readonly locationId: number;
  readonly status: 'open' | 'closed';
  readonly startedAt: string;
}

/** A unit in a count report, with the location it is recorded in (null when it has none). */
export interface CountedUnit {
  readonly unitId: number;
  readonly serial: string;
  readonly status: TrackedUnit['status'];
  readonly recordedLocationCode: string | null;
}

/**
 * The result of a count. *Missing*: recorded in the location but not scanned. *Misplaced*:
 * scanned here but recorded in stock in another location. *Unexpected*: scanned here but not in
 * stock in any location (received and not put away, marked missing, packed, shipped).
 */
export interface CountReport {
  readonly countId: number;
  readonly locationCode: string;
  readonly counted: number;
  readonly expected: number;
  readonly missing: ReadonlyArray<CountedUnit>;
  readonly misplaced: ReadonlyArray<CountedUnit>;
  readonly unexpected: ReadonlyArray<CountedUnit>;
}

export type CycleCountError =
  | { readonly code: 'count-not-found'; readonly countId: number }
  | { readonly code: 'count-not-open'; readonly countId: number }
  | { readonly code: 'count-already-open'; readonly locationCode: string }
  | { readonly code: 'location-not-found'; readonly locationId: number }
  | { readonly code: 'adjustment-reason-required' };

const countColumns = 'id, location_id AS locationId, status, started_at AS startedAt';

export function findCycleCount(db: Database.Database, countId: number): CycleCountRow | undefined {
  return prepared<[number], CycleCountRow>(db, `SELECT ${countColumns} FROM cycle_counts WHERE id = ?`).get(countId);
}

/** Starts a count of one location and records 'cycle-count-started'; a location has at most one open count. */
export function startCycleCount(db: Database.Database, actor: Actor, locationId: number): Result<CycleCountRow, CycleCountError> {
  invariant(db.inTransaction, 'startCycleCount runs inside a write transaction');
  const location = findLocationById(db, locationId);
  if (location === undefined) {
    return err({ code: 'location-not-found', locationId });
  }
  if (prepared<[number], { id: number }>(db, "SELECT id FROM cycle_counts WHERE location_id = ? AND status = 'open'").get(locationId) !== undefined) {
    return err({ code: 'count-already-open', locationCode: location.code });
  }

  const now = nowIso();
  const info = prepared(db, 'INSERT INTO cycle_counts (location_id, started_at) VALUES (?, ?)').run(locationId, now);
  const countId = Number(info.lastInsertRowid);
  appendEvent(db, { type: 'cycle-count-started', stationId: actor.stationId, operatorId: actor.operatorId, payload: { countId, locationCode: location.code } });
  return ok({ id: countId, locationId, status: 'open', startedAt: now });
}

/** Records that a unit was seen in the counted location; returns false when it was counted already. */
export function recordCountedUnit(db: Database.Database, count: CycleCountRow, unitId: number): Result<boolean, CycleCountError> {
  if (count.status !== 'open') {
    return err({ code: 'count-not-open', countId: count.id });
  }
  const info = prepared(db, 'INSERT OR IGNORE INTO cycle_count_scans (count_id, unit_id, scanned_at) VALUES (?, ?, ?)').run(count.id, unitId, nowIso());
  return ok(info.changes === 1);
}

/** Compares the scanned units with the units recorded in the location. */
export function buildCountReport(db: Database.Database, count: CycleCountRow): CountReport {
  const location = findLocationById(db, count.locationId);
  invariant(location !== undefined, `count ${count.id} names location ${count.locationId}`);
  const recorded = listUnitsInLocation(db, location.id).filter((unit) => unit.status === 'in-stock' || unit.status === 'hold');
  const scanned = prepared<[number], { unitId: number; serial: string; status: TrackedUnit['status']; locationCode: string | null; locationId: number | null }>(
    db,
    `SELECT u.id AS unitId, u.serial, u.status, l.code AS locationCode, u.location_id AS locationId
       FROM cycle_count_scans s JOIN units u ON u.id = s.unit_id LEFT JOIN locations l ON l.id = u.location_id
      WHERE s.count_id = ? ORDER BY s.scanned_at, u.id`,
  ).all(count.id);
  const scannedIds = new Set(scanned.map((unit) => unit.unitId));

  const missing = recorded
    .filter((unit) => !scannedIds.has(unit.id))
    .map((unit) => ({ unitId: unit.id, serial: unit.serial, status: unit.status, recordedLocationCode: location.code }));
  const elsewhere = scanned.filter((unit) => unit.locationId !== location.id);
  const toCounted = (unit: (typeof scanned)[number]): CountedUnit => ({ unitId: unit.unitId, serial: unit.serial, status: unit.status, recordedLocationCode: unit.locationCode });
  const misplaced = elsewhere.filter((unit) => unit.status === 'in-stock' && unit.locationId !== null).map(toCounted);
  const unexpected = elsewhere.filter((unit) => !(unit.status === 'in-stock' && unit.locationId !== null)).map(toCounted);

  return { countId: count.id, locationCode: location.code, counted: scanned.length, expected: recorded.length, missing, misplaced, unexpected };
}

export interface CountClosing {
  /** True to book the differences: missing units marked missing, misplaced and unexpected units placed here. */
  readonly adjust: boolean;
  /** Required when adjusting; recorded on every adjustment event. */
  readonly reason: string;
}

/**
 * Closes a count and returns its report. With `adjust`, each missing unit gets 'unit-marked-missing',
 * each misplaced unit 'unit-moved' here, and each unexpected unit that may be placed here
 * (received, or marked missing) 'unit-put-away' or 'unit-found'; packed or shipped units stay
 * as recorded and remain in the report. Records 'cycle-count-closed' with the counts.
 */
export function closeCycleCount(db: Database.Database, actor: Actor, countId: number, closing: CountClosing): Result<CountReport, CycleCountError> {
  invariant(db.inTransaction, 'closeCycleCount runs inside a write transaction');
  const count = findCycleCount(db, countId);
  if (count === undefined) {
    return err({ code: 'count-not-found', countId });
  }
  if (count.status !== 'open') {
    return err({ code: 'count-not-open', countId });
  }
  const reason = closing.reason.trim();
  if (closing.adjust && reason === '') {
    return err({ code: 'adjustment-reason-required' });
  }

  const report = buildCountReport(db, count);
  const location = findLocationById(db, count.locationId) as LocationRow;
  let adjusted = 0;
  if (closing.adjust) {
    const adjust = (unit: CountedUnit, event: LifecycleEvent): void => {
      const applied = applyUnitTransition(db, actor, unit.unitId, {
        event,
        ...(event === 'unit-marked-missing' ? {} : { locationId: location.id }),
        context: { reason, countId },
      });
      adjusted += applied.ok ? 1 : 0;
    };
    report.missing.forEach((unit) => adjust(unit, 'unit-marked-missing'));
    report.misplaced.forEach((unit) => adjust(unit, 'unit-moved'));
    report.unexpected.filter((unit) => unit.status === 'received').forEach((unit) => adjust(unit, 'unit-put-away'));
    report.unexpected.filter((unit) => unit.status === 'missing').forEach((unit) => adjust(unit, 'unit-found'));
  }

  prepared(db, "UPDATE cycle_counts SET status = 'closed', closed_at = ? WHERE id = ?").run(nowIso(), countId);
  appendEvent(db, {
    type: 'cycle-count-closed',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    payload: {
      countId,
      locationCode: report.locationCode,
      counted: report.counted,
      expected: report.expected,
      missing: report.missing.length,
      misplaced: report.misplaced.length,
      unexpected: report.unexpected.length,
      adjusted,
      reason,
    },
  });
  return ok(report);
}
