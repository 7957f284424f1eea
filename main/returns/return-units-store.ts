import type Database from 'better-sqlite3';
import { prepared } from '../store/statement-cache';
import type { AmazonCondition, Disposition, ExceptionResolution, ReturnGrade, ReturnUnitStage } from './return-terms';

/** A row of `return_units`, with the flags and answers parsed. */
export interface ReturnUnitRow {
  readonly id: number;
  readonly returnId: number;
  readonly returnLineId: number | null;
  readonly unitId: number;
  readonly flags: ReadonlyArray<StoredFlag>;
  readonly stage: ReturnUnitStage;
  readonly resolution: ExceptionResolution | null;
  readonly resolutionReason: string | null;
  readonly resolvedBy: number | null;
  readonly resolvedAt: string | null;
  readonly grade: ReturnGrade | null;
  readonly amazonCondition: AmazonCondition | null;
  readonly answers: Readonly<Record<string, string>> | null;
  readonly disposition: Disposition | null;
  readonly suggestedDisposition: Disposition | null;
  readonly overrideReason: string | null;
  readonly operatorId: number | null;
  readonly stationId: string;
  readonly createdAt: string;
  readonly dispositionedAt: string | null;
}

/** A flag as stored in `flags_json`: its code and the facts behind it. */
export interface StoredFlag {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

interface ReturnUnitRecord extends Omit<ReturnUnitRow, 'flags' | 'answers'> {
  readonly flagsJson: string;
  readonly checklistJson: string | null;
}

const columns = `id, return_id AS returnId, return_line_id AS returnLineId, unit_id AS unitId, flags_json AS flagsJson, stage, resolution,
  resolution_reason AS resolutionReason, resolved_by AS resolvedBy, resolved_at AS resolvedAt, grade, amazon_condition AS amazonCondition,
  checklist_json AS checklistJson, disposition, suggested_disposition AS suggestedDisposition, override_reason AS overrideReason,
  operator_id AS operatorId, station_id AS stationId, created_at AS createdAt, dispositioned_at AS dispositionedAt`;

function toRow(record: ReturnUnitRecord): ReturnUnitRow {
  const { flagsJson, checklistJson, ...rest } = record;
  return {
    ...rest,
    flags: JSON.parse(flagsJson) as ReadonlyArray<StoredFlag>,
    answers: checklistJson === null ? null : (JSON.parse(checklistJson) as Record<string, string>),
  };
}

export function findReturnUnitById(db: Database.Database, returnUnitId: number): ReturnUnitRow | undefined {
  const record = prepared<[number], ReturnUnitRecord>(db, `SELECT ${columns} FROM return_units WHERE id = ?`).get(returnUnitId);
  return record === undefined ? undefined : toRow(record);
}

export function listReturnUnits(db: Database.Database, returnId: number): ReadonlyArray<ReturnUnitRow> {
  return prepared<[number], ReturnUnitRecord>(db, `SELECT ${columns} FROM return_units WHERE return_id = ? ORDER BY id`).all(returnId).map(toRow);
}

/** The unit's return row that is still on the desk (stage exception or accepted), if any. */
export function findOpenReturnUnitOfUnit(db: Database.Database, unitId: number): ReturnUnitRow | undefined {
  const record = prepared<[number], ReturnUnitRecord>(
    db,
    `SELECT ${columns} FROM return_units WHERE unit_id = ? AND stage IN ('exception', 'accepted')`,
  ).get(unitId);
  return record === undefined ? undefined : toRow(record);
}

/**
 * The unit's most recent return row in a stage that took the unit back (accepted or dispositioned).
 * NOTE: no index covers closed rows by unit, so this reads every return row. Only a rejected scan
 * of a unit that already came back calls it.
 */
export function findLastTakenBackReturnUnit(db: Database.Database, unitId: number): ReturnUnitRow | undefined {
  const record = prepared<[number], ReturnUnitRecord>(
    db,
    `SELECT ${columns} FROM return_units WHERE unit_id = ? AND stage IN ('accepted', 'dispositioned') ORDER BY id DESC LIMIT 1`,
  ).get(unitId);
  return record === undefined ? undefined : toRow(record);
}

/** Lists the exception queue, oldest first, optionally of one client. */
export function listExceptionUnits(db: Database.Database, clientId: number | null): ReadonlyArray<ReturnUnitRow> {
  return prepared<[number | null, number | null], ReturnUnitRecord>(
    db,
    `SELECT ${columns} FROM return_units
      WHERE stage = 'exception' AND (? IS NULL OR return_id IN (SELECT id FROM returns WHERE client_id = ?))
      ORDER BY created_at, id`,
  ).all(clientId, clientId).map(toRow);
}

export interface NewReturnUnit {
  readonly returnId: number;
  readonly returnLineId: number | null;
  readonly unitId: number;
  readonly flags: ReadonlyArray<StoredFlag>;
  readonly stage: 'exception' | 'accepted';
  readonly operatorId: number | null;
  readonly stationId: string;
}

export function insertReturnUnit(db: Database.Database, fields: NewReturnUnit, now: string): number {
  const info = prepared(
    db,
    `INSERT INTO return_units (return_id, return_line_id, unit_id, flags_json, stage, operator_id, station_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(fields.returnId, fields.returnLineId, fields.unitId, JSON.stringify(fields.flags), fields.stage, fields.operatorId, fields.stationId, now);
  return Number(info.lastInsertRowid);
}

/** Records a supervisor's decision on a unit still in the exception stage; false when it is not there any more. */
export function setExceptionResolved(
  db: Database.Database,
  returnUnitId: number,
  decision: { readonly stage: ReturnUnitStage; readonly resolution: ExceptionResolution; readonly reason: string; readonly resolvedBy: number | null },
  now: string,
): boolean {
  const info = prepared(
    db,
    `UPDATE return_units SET stage = ?, resolution = ?, resolution_reason = ?, resolved_by = ?, resolved_at = ?
      WHERE id = ? AND stage = 'exception'`,
  ).run(decision.stage, decision.resolution, decision.reason, decision.resolvedBy, now, returnUnitId);
  return info.changes === 1;
}

export interface GradingRecord {
  readonly grade: ReturnGrade;
  readonly amazonCondition: AmazonCondition;
  readonly answers: Readonly<Record<string, string>>;
  readonly disposition: Disposition;
  readonly suggestedDisposition: Disposition;
  readonly overrideReason: string | null;
}

/** Records grading and disposition of an accepted unit; false when the unit is not in the accepted stage. */
export function setReturnUnitDispositioned(db: Database.Database, returnUnitId: number, grading: GradingRecord, now: string): boolean {
  const info = prepared(
    db,
    `UPDATE return_units SET stage = 'dispositioned', grade = ?, amazon_condition = ?, checklist_json = ?, disposition = ?,
            suggested_disposition = ?, override_reason = ?, dispositioned_at = ?
      WHERE id = ? AND stage = 'accepted'`,
  ).run(
    grading.grade,
    grading.amazonCondition,
    JSON.stringify(grading.answers),
    grading.disposition,
    grading.suggestedDisposition,
    grading.overrideReason,
    now,
    returnUnitId,
  );
  return info.changes === 1;
}
