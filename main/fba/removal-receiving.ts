import type Database from 'better-sqlite3';
import { createLogger } from '../core/logger';
import { type Result, err, ok } from '../core/result';
import type { Actor } from '../packing/actor';
import { normalizeFnsku } from '../scan/fnsku';
import { normalizeSerial } from '../scan/serial';
import { prepared } from '../store/statement-cache';
import { inWriteTransaction, nowIso } from '../store/write-transaction';
import { normalizeTrackingNumber } from './removal-reports';
import { applyRemovalUnitChange, planRemovalUnitChange, type RemovalUnitError, type RemovalUnitInspection, type RemovalUnitPlan } from './removal-unit-change';

const log = createLogger('fba');

/** Decision for a unit back from an Amazon removal, taken at inspection. */
export const removalDecisions = ['restock', 'rework', 'dispose', 'return-to-client'] as const;
export type RemovalDecision = (typeof removalDecisions)[number];

function isRemovalDecision(value: string): value is RemovalDecision {
  return (removalDecisions as ReadonlyArray<string>).includes(value);
}

/** One FNSKU of a removal shipment: what Amazon shipped and what was inspected so far. */
export interface RemovalReceiptLine {
  readonly fnsku: string;
  readonly sku: string;
  readonly clientCode: string;
  readonly productId: number | null;
  readonly title: string | null;
  readonly serialTracked: boolean;
  readonly expected: number;
  readonly received: number;
  readonly decisions: Readonly<Record<RemovalDecision, number>>;
}

/** A removal shipment found by its tracking number, with expected versus received per FNSKU. */
export interface RemovalReceipt {
  readonly trackingNumber: string;
  readonly orderIds: ReadonlyArray<string>;
  readonly lines: ReadonlyArray<RemovalReceiptLine>;
}

export type RemovalReceivingError =
  | { readonly code: 'removal-tracking-invalid'; readonly trackingNumber: string }
  | { readonly code: 'removal-shipment-not-found'; readonly trackingNumber: string }
  | { readonly code: 'removal-fnsku-invalid'; readonly fnsku: string }
  | { readonly code: 'removal-fnsku-not-in-shipment'; readonly trackingNumber: string; readonly fnsku: string }
  | { readonly code: 'removal-serial-required'; readonly fnsku: string; readonly sku: string }
  | { readonly code: 'removal-serial-already-inspected'; readonly fnsku: string; readonly serial: string }
  | { readonly code: 'removal-decision-invalid'; readonly decision: string }
  | RemovalUnitError;

interface ExpectedRecord {
  order_id: number;
  amazon_order_id: string;
  client_code: string;
  fnsku: string;
  sku: string;
  expected: number;
  product_id: number | null;
  title: string | null;
  serial_tracked: number | null;
}

function findExpected(db: Database.Database, trackingNumber: string): ReadonlyArray<ExpectedRecord> {
  return prepared<[string], ExpectedRecord>(
    db,
    `SELECT o.id AS order_id, o.order_id AS amazon_order_id, c.code AS client_code, l.fnsku, l.sku,
            sum(l.shipped_quantity) AS expected, p.id AS product_id, p.title, p.serial_tracked
       FROM removal_shipment_lines l
       JOIN removal_orders o ON o.id = l.removal_order_id
       JOIN clients c ON c.id = o.client_id
       LEFT JOIN products p ON p.client_id = o.client_id AND p.sku = l.sku
      WHERE l.tracking_number = ?
      GROUP BY o.id, l.fnsku, l.sku
      ORDER BY min(l.id)`,
  ).all(trackingNumber);
}

function countDecisions(db: Database.Database, trackingNumber: string, fnsku: string): Record<RemovalDecision, number> {
  const counts: Record<RemovalDecision, number> = { restock: 0, rework: 0, dispose: 0, 'return-to-client': 0 };
  const rows = prepared<[string, string], { decision: RemovalDecision; units: number }>(
    db,
    'SELECT decision, count(*) AS units FROM removal_inspections WHERE tracking_number = ? AND fnsku = ? GROUP BY decision',
  ).all(trackingNumber, fnsku);
  for (const row of rows) {
    counts[row.decision] = row.units;
  }
  return counts;
}

function checkTracking(raw: string): Result<string, RemovalReceivingError> {
  const trackingNumber = normalizeTrackingNumber(raw);
  return trackingNumber === null ? err({ code: 'removal-tracking-invalid', trackingNumber: raw }) : ok(trackingNumber);
}

/**
 * Finds the removal shipment behind a scanned tracking number and reports, per FNSKU, how many
 * units Amazon shipped and how many were inspected, by decision. One tracking number may carry
 * several removal orders; their lines of one FNSKU and SKU are added up.
 */
export function openRemovalReceipt(db: Database.Database, trackingRaw: string): Result<RemovalReceipt, RemovalReceivingError> {
  const trackingNumber = checkTracking(trackingRaw);
  if (!trackingNumber.ok) {
    return trackingNumber;
  }
  const expected = findExpected(db, trackingNumber.value);
  if (expected.length === 0) {
    return err({ code: 'removal-shipment-not-found', trackingNumber: trackingNumber.value });
  }

  const byFnsku = new Map<string, RemovalReceiptLine>();
  for (const record of expected) {
    const earlier = byFnsku.get(record.fnsku);
    if (earlier !== undefined) {
      byFnsku.set(record.fnsku, { ...earlier, expected: earlier.expected + record.expected });
      continue;
    }
    const decisions = countDecisions(db, trackingNumber.value, record.fnsku);
    byFnsku.set(record.fnsku, {
      fnsku: record.fnsku,
      sku: record.sku,
      clientCode: record.client_code,
      productId: record.product_id,
      title: record.title,
      serialTracked: record.serial_tracked === 1,
      expected: record.expected,
      received: Object.values(decisions).reduce((sum, units) => sum + units, 0),
      decisions,
    });
  }
  const orderIds = [...new Set(expected.map((record) => record.amazon_order_id))];
  return ok({ trackingNumber: trackingNumber.value, orderIds, lines: [...byFnsku.values()] });
}

/** One inspected unit: its scanned FNSKU, the serial for serial-tracked products, and the decision. */
export interface RemovalInspection {
  readonly trackingNumber: string;
  readonly fnsku: string;
  readonly serial?: string;
  readonly decision: string;
  readonly note?: string;
}

/**
 * Records the inspection of one unit of a removal shipment and returns the updated receipt.
 * The FNSKU must be one the shipment lists. A serial-tracked product needs its serial, and a
 * serial is inspected at most once (checked here, and by a unique index for catalog products). More units than Amazon shipped are
 * accepted and show as received above expected in the report.
 *
 * For a serial-tracked unit the decision also changes the unit through the state machine, in the
 * same transaction (see `planRemovalUnitChange`). Every check runs before the first write, so a
 * rejected inspection writes nothing. Inspections without a serial are counts only.
 */
export function inspectRemovalUnit(db: Database.Database, actor: Actor, inspection: RemovalInspection): Result<RemovalReceipt, RemovalReceivingError> {
  const decision = inspection.decision;
  if (!isRemovalDecision(decision)) {
    return err({ code: 'removal-decision-invalid', decision });
  }
  const fnsku = normalizeFnsku(inspection.fnsku);
  if (!fnsku.ok) {
    return err({ code: 'removal-fnsku-invalid', fnsku: inspection.fnsku });
  }
  const trackingNumber = checkTracking(inspection.trackingNumber);
  if (!trackingNumber.ok) {
    return trackingNumber;
  }

  const recorded = inWriteTransaction(db, (): Result<null, RemovalReceivingError> => {
    const line = findExpected(db, trackingNumber.value).find((record) => record.fnsku === fnsku.value);
    if (line === undefined) {
      return err({ code: 'removal-fnsku-not-in-shipment', trackingNumber: trackingNumber.value, fnsku: fnsku.value });
    }
    const serial = inspection.serial === undefined ? '' : normalizeSerial(inspection.serial);
    if (line.serial_tracked === 1 && serial === '') {
      return err({ code: 'removal-serial-required', fnsku: fnsku.value, sku: line.sku });
    }
    let plan: RemovalUnitPlan = { kind: 'none' };
    const unitInspection: RemovalUnitInspection = {
      orderRowId: line.order_id,
      orderId: line.amazon_order_id,
      trackingNumber: trackingNumber.value,
      fnsku: fnsku.value,
      serial,
      decision,
    };
    if (serial !== '') {
      const seen = prepared<[number | null, string], { id: number }>(db, 'SELECT id FROM removal_inspections WHERE product_id IS ? AND serial = ?').get(line.product_id, serial);
      if (seen !== undefined) {
        return err({ code: 'removal-serial-already-inspected', fnsku: fnsku.value, serial });
      }
    }
    if (line.serial_tracked === 1) {
      const planned = planRemovalUnitChange(db, unitInspection);
      if (!planned.ok) {
        return planned;
      }
      plan = planned.value;
    }

    prepared(
      db,
      `INSERT INTO removal_inspections (removal_order_id, tracking_number, fnsku, product_id, serial, decision, note, station_id, operator_id, inspected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(line.order_id, trackingNumber.value, fnsku.value, line.product_id, serial === '' ? null : serial, inspection.decision, inspection.note?.trim() ?? '', actor.stationId, actor.operatorId, nowIso());
    applyRemovalUnitChange(db, actor, unitInspection, plan);
    return ok(null);
  });
  if (!recorded.ok) {
    log.warn('removal inspection rejected', { trackingNumber: trackingNumber.value, fnsku: fnsku.value, code: recorded.error.code });
    return recorded;
  }
  log.info('removal unit inspected', { trackingNumber: trackingNumber.value, fnsku: fnsku.value, decision: inspection.decision });
  return openRemovalReceipt(db, trackingNumber.value);
}
