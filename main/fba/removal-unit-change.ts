import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { serialMatchesPattern } from '../packing/unit-rules';
import { foldSerialForComparison, isValidSerialText } from '../scan/serial';
import type { JsonValue } from '../store/canonical-json';
import { prepared } from '../store/statement-cache';
import { findUnitsByFoldedSerial } from '../store/units';
import { applyUnitTransition, type LifecycleEvent } from '../tracking/apply-transition';
import { checkTransition, type FromState } from '../tracking/transitions';
import { createUnit } from '../tracking/unit-writes';
import type { RemovalDecision } from './removal-receiving';

/**
 * The transition each inspection decision ends with. 'return-to-client' maps to
 * 'unit-returned-to-vendor': the state machine has no client state, and for a third-party
 * warehouse the client is the vendor the unit goes back to.
 */
const decisionEvents: Readonly<Record<RemovalDecision, LifecycleEvent>> = {
  restock: 'unit-restocked',
  rework: 'unit-sent-for-refurbishment',
  dispose: 'unit-disposed',
  'return-to-client': 'unit-returned-to-vendor',
};

export type RemovalUnitError =
  | { readonly code: 'removal-product-not-found'; readonly fnsku: string }
  | { readonly code: 'removal-serial-other-product'; readonly serial: string; readonly sku: string }
  | { readonly code: 'removal-serial-invalid'; readonly serial: string; readonly sku: string }
  | { readonly code: 'removal-unit-state-invalid'; readonly serial: string; readonly status: string; readonly decision: RemovalDecision };

/** The change an inspection makes to the store's units, decided before anything is written. */
export type RemovalUnitPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'receive'; readonly productId: number; readonly sku: string; readonly serial: string }
  | { readonly kind: 'transition'; readonly unitId: number; readonly events: ReadonlyArray<LifecycleEvent> };

/** The inspected unit of a serial-tracked product: removal order row, order id, tracking number, FNSKU and serial. */
export interface RemovalUnitInspection {
  readonly orderRowId: number;
  readonly orderId: string;
  readonly trackingNumber: string;
  readonly fnsku: string;
  readonly serial: string;
  readonly decision: RemovalDecision;
}

/**
 * Decides how an inspection changes the unit with its serial, without writing. The product is the
 * order client's product with the scanned FNSKU. A serial that belongs to a unit of any other
 * product is rejected. A known unit gets the chain of transitions that leads to the decision: a
 * shipped unit is first returned and graded, a returned one graded. A state from which the chain
 * is not allowed is rejected. An unknown serial that fits the product's serial pattern is received as a new unit on restock, and left
 * as an inspection count for the other decisions, because the store never held that unit.
 */
export function planRemovalUnitChange(db: Database.Database, inspection: RemovalUnitInspection): Result<RemovalUnitPlan, RemovalUnitError> {
  const product = prepared<[number, string], { id: number; sku: string; serial_pattern: string | null }>(
    db,
    'SELECT p.id, p.sku, p.serial_pattern FROM products p JOIN removal_orders o ON o.client_id = p.client_id WHERE o.id = ? AND p.fnsku = ? ORDER BY p.id',
  ).get(inspection.orderRowId, inspection.fnsku);
  if (product === undefined) {
    return err({ code: 'removal-product-not-found', fnsku: inspection.fnsku });
  }

  const units = findUnitsByFoldedSerial(db, foldSerialForComparison(inspection.serial));
  const foreign = units.find((unit) => unit.productId !== product.id);
  if (foreign !== undefined) {
    const sku = prepared<[number], { sku: string }>(db, 'SELECT sku FROM products WHERE id = ?').get(foreign.productId)?.sku ?? '';
    return err({ code: 'removal-serial-other-product', serial: foreign.serial, sku });
  }
  const unit = units[0];
  if (unit === undefined && inspection.decision !== 'restock') {
    return ok({ kind: 'none' });
  }
  if (unit === undefined) {
    // A new unit gets the same serial checks as one booked in on a receipt.
    if (!isValidSerialText(inspection.serial) || !serialMatchesPattern(inspection.serial, product.serial_pattern)) {
      return err({ code: 'removal-serial-invalid', serial: inspection.serial, sku: product.sku });
    }
    return ok({ kind: 'receive', productId: product.id, sku: product.sku, serial: inspection.serial });
  }

  const events = transitionChain(unit.status, inspection.decision);
  if (events === null) {
    return err({ code: 'removal-unit-state-invalid', serial: unit.serial, status: unit.status, decision: inspection.decision });
  }
  return ok({ kind: 'transition', unitId: unit.id, events });
}

/** Lists the transitions from `status` to the decision's state, or null when the state machine does not allow them. */
function transitionChain(status: FromState, decision: RemovalDecision): ReadonlyArray<LifecycleEvent> | null {
  const events: LifecycleEvent[] = [];
  if (status === 'shipped') {
    events.push('unit-returned');
  }
  if (status === 'shipped' || status === 'returned') {
    events.push('unit-graded');
  }
  events.push(decisionEvents[decision]);

  let state: FromState = status;
  for (const event of events) {
    const check = checkTransition(state, event);
    if (!check.ok || check.to === 'held-status') {
      return null;
    }
    state = check.to;
  }
  return events;
}

/**
 * Writes a plan from `planRemovalUnitChange` in the caller's write transaction, one event per
 * change, each with the operator and the removal order and tracking number in its payload. A
 * restocked unknown serial is booked in as 'received', because the state machine puts a new unit
 * in stock only through a put-away to a location, which the removal bench does not scan.
 */
export function applyRemovalUnitChange(db: Database.Database, actor: Actor, inspection: RemovalUnitInspection, plan: RemovalUnitPlan): void {
  invariant(db.inTransaction, 'applyRemovalUnitChange runs inside a write transaction');
  const context: { readonly [key: string]: JsonValue } = {
    removalOrderId: inspection.orderId,
    trackingNumber: inspection.trackingNumber,
    fnsku: inspection.fnsku,
    decision: inspection.decision,
  };

  switch (plan.kind) {
    case 'none':
      return;
    case 'receive': {
      const serialFolded = foldSerialForComparison(plan.serial);
      const unit = { productId: plan.productId, serial: plan.serial, serialFolded, lot: null, expiry: null, cartonId: null, shipmentId: null, receiptId: null };
      const created = createUnit(db, actor, 'unit-received', unit, {
        cartonId: null,
        shipmentId: null,
        payload: { serial: plan.serial, productId: plan.productId, sku: plan.sku, ...context },
      });
      invariant(created.ok, 'the state machine creates units through unit-received');
      return;
    }
    case 'transition':
      for (const event of plan.events) {
        // A removal unit is graded with the inspection decision, so its history shows why it went where it went.
        const applied = applyUnitTransition(db, actor, plan.unitId, { event, context, ...(event === 'unit-graded' ? { grade: inspection.decision } : {}) });
        // The plan was checked against the unit's state in this transaction, so a rejection here is a bug.
        invariant(applied.ok, `removal ${inspection.trackingNumber}: ${event} refused for unit ${plan.unitId}`);
      }
      return;
  }
}
