import type Database from 'better-sqlite3';
import type { ScanVerdict } from '../api/contract';
import { createLogger } from '../core/logger';
import { err, type Result } from '../core/result';
import { findScanGesture } from '../store/scan-gestures';
import { listShipmentLines } from '../store/shipments';
import type { Actor } from './actor';
import { identifyUnitOfLine } from './identify-scan';
import { isOverridableRefusal } from '../operators/roles';
import { packUnit } from './pack-unit';
import { recordGesture, rejected } from './scan-pipeline';
import { refuse, type Refusal } from './verdicts';

const log = createLogger('packing');

/** The people behind an override: the bench operator (the actor) and the approving supervisor. */
export interface OverrideApproval {
  readonly operatorName: string;
  readonly supervisorId: number;
  readonly supervisorName: string;
  readonly reason: string;
}

export interface OverrideRequest {
  readonly shipmentId: number;
  readonly refusedGestureId: string;
  readonly gestureId: string;
}

/** The rejection of an override request that names no scan that can be overridden. */
export type OverrideRejection =
  | Refusal
  | { readonly code: 'override-not-applicable'; readonly message: { readonly key: string; readonly params: Record<string, string> } };

function notApplicable(refusedGestureId: string): OverrideRejection {
  return { code: 'override-not-applicable', message: { key: 'operators:override.notApplicable', params: { gestureId: refusedGestureId } } };
}

/**
 * Packs the unit of a refused scan under a supervisor's approval, as its own gesture
 * `gestureId`. The refused gesture must belong to the shipment and carry an overridable refusal
 * (see overridableRefusals in main/operators/roles.ts). Its stored verdict gives the serial and SKU, and every other packing
 * rule still applies. The 'unit-packed' event records both names, the reason and the refusal.
 * NOTE: a lot or expiry read by the refused scan is not carried over, because the stored
 * verdict keeps only the serial and SKU.
 */
export function packRefusedScan(
  db: Database.Database,
  actor: Actor,
  request: OverrideRequest,
  approval: OverrideApproval,
): Result<ScanVerdict, OverrideRejection> {
  const refused = findScanGesture(db, request.refusedGestureId);
  const code = refused?.verdict.code ?? '';
  if (refused === undefined || refused.shipmentId !== request.shipmentId || refused.verdict.outcome !== 'rejected' || !isOverridableRefusal(code)) {
    return err(notApplicable(request.refusedGestureId));
  }
  const serial = String(refused.verdict.message.params.serial ?? '');
  const sku = String(refused.verdict.message.params.sku ?? '');

  const recorded = recordGesture(db, actor, { shipmentId: request.shipmentId, raw: serial, gestureId: request.gestureId, source: 'manual' }, (shipment) => {
    if (shipment.status !== 'open') {
      return rejected(refuse('shipment-not-open', { reference: shipment.reference, status: shipment.status }));
    }
    const line = listShipmentLines(db, shipment.id).find((candidate) => candidate.sku === sku);
    if (line === undefined) {
      return rejected(refuse('not-on-shipment', { sku, code: serial }));
    }
    const identification = identifyUnitOfLine(line, serial);
    if (identification.kind === 'refused') {
      return rejected(identification.refusal);
    }
    const record = {
      refusal: code,
      refusedGestureId: request.refusedGestureId,
      operatorName: approval.operatorName,
      supervisorId: approval.supervisorId,
      supervisorName: approval.supervisorName,
      reason: approval.reason,
    };
    const packed = packUnit(db, actor, shipment, identification.candidate, request.gestureId, { refusals: [code], record });
    return packed.ok ? { verdict: packed.value.verdict, eventId: packed.value.event.id, pendingProductId: null } : rejected(packed.error);
  });
  if (recorded.ok) {
    log.info('refused scan overridden', { shipmentId: request.shipmentId, refusal: code, operatorId: actor.operatorId, supervisorId: approval.supervisorId, outcome: recorded.value.outcome });
  }
  return recorded;
}
