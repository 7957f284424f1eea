import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { prepared } from '../../store/statement-cache';
import { listUnitEvents } from '../../store/events';
import { timelineEntry } from '../../store/unit-lookup';
import type { UnitCheck } from '../../returns/unit-check';
import { findReturnById, listReturnLines, type ReturnRow } from '../../returns/returns-store';
import { listReturnUnits, type ReturnUnitRow } from '../../returns/return-units-store';
import type { Warranty } from '../../returns/warranty';
import type { returnFlagSchema, returnSummarySchema, returnUnitSchema, returnViewSchema, unitCheckSchema } from '../channels/returns-channels';
import type { OperatorMessage, ServiceError } from '../contract';

type ReturnSummary = z.output<typeof returnSummarySchema>;
type ReturnUnitView = z.output<typeof returnUnitSchema>;
export type ReturnView = z.output<typeof returnViewSchema>;
type UnitCheckView = z.output<typeof unitCheckSchema>;
type FlagView = z.output<typeof returnFlagSchema>;

/** Turns a returns desk error into a service error whose message is `returns:error.<code>` with the error's plain fields. */
export function returnsError<E extends { readonly code: string }>(error: E): ServiceError {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error as Readonly<Record<string, unknown>>)) {
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) {
      params[key] = value;
    }
  }
  return { code: error.code, message: { key: `returns:error.${error.code}`, params } };
}

interface Counts {
  clientCode: string | null;
  unitsExpected: number;
  unitsTakenIn: number;
  unitsDispositioned: number;
  unitsInException: number;
}

/** Builds a return's summary with its client code and unit counts. */
export function summarizeReturn(db: Database.Database, row: ReturnRow): ReturnSummary {
  const counts = prepared<[number | null, number, number], Counts>(
    db,
    `SELECT (SELECT code FROM clients WHERE id = ?) AS clientCode,
            (SELECT coalesce(sum(quantity_expected), 0) FROM return_lines WHERE return_id = ?) AS unitsExpected,
            count(*) AS unitsTakenIn,
            coalesce(sum(stage = 'dispositioned'), 0) AS unitsDispositioned,
            coalesce(sum(stage = 'exception'), 0) AS unitsInException
       FROM return_units WHERE return_id = ?`,
  ).get(row.clientId, row.id, row.id);
  return {
    returnId: row.id,
    clientCode: counts?.clientCode ?? null,
    referenceKind: row.referenceKind,
    reference: row.reference,
    orderReference: row.orderReference,
    trackingNumber: row.trackingNumber,
    source: row.source,
    returnDate: row.returnDate,
    reason: row.reason,
    customerComment: row.customerComment,
    status: row.status,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    unitsExpected: counts?.unitsExpected ?? 0,
    unitsTakenIn: counts?.unitsTakenIn ?? 0,
    unitsDispositioned: counts?.unitsDispositioned ?? 0,
    unitsInException: counts?.unitsInException ?? 0,
  };
}

/** Reads a return with its lines and units, or undefined for an unknown id. */
export function readReturnView(db: Database.Database, returnId: number): ReturnView | undefined {
  const row = findReturnById(db, returnId);
  if (row === undefined) {
    return undefined;
  }
  const lines = listReturnLines(db, returnId).map((line) => {
    const title = line.productId === null ? null : (prepared<[number], { title: string }>(db, 'SELECT title FROM products WHERE id = ?').get(line.productId)?.title ?? null);
    return {
      lineId: line.id,
      productId: line.productId,
      sku: line.sku,
      fnsku: line.fnsku,
      title,
      expectedSerial: line.expectedSerial,
      quantityExpected: line.quantityExpected,
      quantityReceived: line.quantityReceived,
    };
  });
  return { return: summarizeReturn(db, row), lines, units: listReturnUnits(db, returnId).map((unit) => toReturnUnitView(db, unit)) };
}

interface UnitNames {
  serial: string;
  sku: string;
  title: string;
  unitStatus: string;
  takenInBy: string | null;
  resolvedBy: string | null;
}

/** Builds the contract's view of a return unit, with the unit's serial and product and the operators' names. */
export function toReturnUnitView(db: Database.Database, row: ReturnUnitRow): ReturnUnitView {
  const names = prepared<[number | null, number | null, number], UnitNames>(
    db,
    `SELECT u.serial, p.sku, p.title, u.status AS unitStatus,
            (SELECT name FROM operators WHERE id = ?) AS takenInBy, (SELECT name FROM operators WHERE id = ?) AS resolvedBy
       FROM units u JOIN products p ON p.id = u.product_id WHERE u.id = ?`,
  ).get(row.operatorId, row.resolvedBy, row.unitId);
  if (names === undefined) {
    throw new Error(`return unit ${row.id} points at a missing unit ${row.unitId}`);
  }
  return {
    returnUnitId: row.id,
    returnId: row.returnId,
    returnLineId: row.returnLineId,
    unitId: row.unitId,
    ...names,
    stage: row.stage,
    flags: row.flags.map((flag) => flagView(flag.code as FlagView['code'], flag.params)),
    resolution: row.resolution,
    resolutionReason: row.resolutionReason,
    grade: row.grade,
    amazonCondition: row.amazonCondition,
    answers: row.answers === null ? null : { ...row.answers },
    disposition: row.disposition,
    suggestedDisposition: row.suggestedDisposition,
    overrideReason: row.overrideReason,
    createdAt: row.createdAt,
    dispositionedAt: row.dispositionedAt,
  };
}

export function flagView(code: FlagView['code'], params: Readonly<Record<string, string | number>>): FlagView {
  return { code, params: { ...params }, message: { key: `returns:flag.${code}`, params: { ...params } } };
}

function warrantyView(warranty: Warranty): NonNullable<UnitCheckView['warranty']> {
  const params: Record<string, number> = {};
  if (warranty.daysSinceShipment !== null) params['days'] = warranty.daysSinceShipment;
  if (warranty.warrantyDays !== null) params['warrantyDays'] = warranty.warrantyDays;
  return { ...warranty, message: { key: `returns:warranty.${warranty.status}`, params } };
}

/** Builds the contract's view of a unit check: the unit's facts and timeline, flags, warranty and refusal. */
export function toUnitCheckView(db: Database.Database, check: UnitCheck): UnitCheckView {
  const facts = check.facts;
  const unit =
    facts === null
      ? null
      : {
          unitId: facts.unit.id,
          serial: facts.unit.serial,
          clientCode: facts.clientCode,
          sku: facts.sku,
          title: facts.title,
          category: facts.category,
          status: facts.unit.status,
          locationCode: facts.locationCode,
          lastShipment:
            facts.lastShipment === null
              ? null
              : {
                  shipmentId: facts.lastShipment.shipmentId,
                  reference: facts.lastShipment.reference,
                  clientCode: facts.lastShipment.clientCode,
                  recipient: facts.lastShipment.recipient,
                  cartonSscc: facts.lastShipment.cartonSscc,
                  shippedAt: facts.lastShipment.shippedAt,
                  packedBy: facts.lastShipment.packedBy,
                },
          timeline: listUnitEvents(db, facts.unit.id).map((event) => timelineEntry(db, event)),
        };

  if (check.outcome === 'refuse') {
    const message = { key: `returns:refusal.${check.refusal.code}`, params: { ...check.refusal.params } };
    return { outcome: 'refuse', serial: check.serial, unit, refusal: { code: check.refusal.code, message }, flags: [], warranty: null, message };
  }
  const flags = check.flags.map((flag) => flagView(flag.code, flag.params));
  const message: OperatorMessage =
    check.outcome === 'accept'
      ? { key: 'returns:check.accept', params: { serial: check.serial } }
      : { key: 'returns:check.exception', params: { serial: check.serial } };
  return { outcome: check.outcome, serial: check.serial, unit, refusal: null, flags, warranty: warrantyView(check.warranty), message };
}
