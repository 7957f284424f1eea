import type Database from 'better-sqlite3';
import type { OperatorMessage, ScanVerdict } from '../api/contract';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import { findProductById } from '../store/catalog-lookup';
import { findShipmentById, listShipmentLines } from '../store/shipments';
import type { Actor } from './actor';
import { checkSerialList, type BulkSerialError } from './bulk-serials';
import { identifyUnitOfLine } from './identify-scan';
import { packIdentifiedUnit, recordGesture, rejected } from './scan-pipeline';
import { refuse } from './verdicts';

const log = createLogger('packing');

export interface BulkAddRequest {
  readonly shipmentId: number;
  readonly productId: number;
  readonly serials: ReadonlyArray<string>;
  /** Idempotency key of the whole request; each serial's gesture id is derived from it. */
  readonly gestureId: string;
}

/** The verdict of one serial of a bulk add, in request order. */
export interface BulkSerialVerdict {
  readonly serial: string;
  readonly verdict: ScanVerdict;
}

/** The rejection of a whole bulk add, which then recorded nothing, in the shape of a service error. */
export interface BulkAddRejection {
  readonly code: string;
  readonly message: OperatorMessage;
}

/** Builds the operator message of a rejected serial list or range: `pack:bulk.error.<code>`. */
export function bulkSerialMessage(error: BulkSerialError): OperatorMessage {
  const { code, ...params } = error;
  return { key: `pack:bulk.error.${code}`, params };
}

/**
 * Derives the gesture id of the serial at `index`. The serial is part of it, so a request id
 * reused by mistake for another list records the new serials instead of returning old verdicts.
 */
export function bulkGestureId(gestureId: string, index: number, serial: string): string {
  return `bulk/${gestureId}/${index + 1}/${serial}`;
}

/**
 * Packs each serial as the unit of `productId`, as if the operator had scanned the product's
 * barcode and then the serial, and returns one verdict per serial. Each serial is its own gesture
 * and write transaction, so one rejected serial never undoes another. Repeating the request
 * records nothing twice and returns the stored verdicts with `replayed: true`.
 *
 * Rejects the whole request, writing nothing, for an invalid serial list (see checkSerialList),
 * an unknown shipment, a shipment that is not open, or a product without a line on it.
 */
export function bulkAddSerials(db: Database.Database, actor: Actor, request: BulkAddRequest): Result<ReadonlyArray<BulkSerialVerdict>, BulkAddRejection> {
  const checked = checkSerialList(request.serials);
  if (!checked.ok) {
    return err({ code: `bulk-${checked.error.code}`, message: bulkSerialMessage(checked.error) });
  }
  const shipment = findShipmentById(db, request.shipmentId);
  if (shipment === undefined) {
    return err(refuse('shipment-not-found', { reference: `#${request.shipmentId}` }));
  }
  if (shipment.status !== 'open') {
    return err(refuse('shipment-not-open', { reference: shipment.reference, status: shipment.status }));
  }
  if (!listShipmentLines(db, shipment.id).some((line) => line.productId === request.productId)) {
    const sku = findProductById(db, request.productId)?.sku ?? `#${request.productId}`;
    return err(refuse('not-on-shipment', { sku, code: sku }));
  }

  const results: BulkSerialVerdict[] = [];
  for (const [index, serial] of checked.value.entries()) {
    const gestureId = bulkGestureId(request.gestureId, index, serial);
    const recorded = recordGesture(db, actor, { shipmentId: shipment.id, raw: serial, gestureId, source: 'manual' }, (current) => {
      if (current.status !== 'open') {
        return rejected(refuse('shipment-not-open', { reference: current.reference, status: current.status }));
      }
      // Read inside the transaction, so the quantity left includes the serials packed before.
      const line = listShipmentLines(db, current.id).find((candidate) => candidate.productId === request.productId);
      if (line === undefined) {
        return rejected(refuse('not-on-shipment', { sku: `#${request.productId}`, code: serial }));
      }
      const identification = identifyUnitOfLine(line, serial);
      if (identification.kind === 'refused') {
        return rejected(identification.refusal);
      }
      return packIdentifiedUnit(db, actor, current, identification.candidate, gestureId);
    });
    if (!recorded.ok) {
      return err(recorded.error);
    }
    results.push({ serial, verdict: recorded.value });
  }

  const accepted = results.filter((result) => result.verdict.outcome === 'accepted').length;
  log.info('bulk add recorded', { shipmentId: shipment.id, productId: request.productId, serials: results.length, accepted });
  return ok(results);
}
