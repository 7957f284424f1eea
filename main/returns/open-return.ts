import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { normalizeSerial } from '../scan/serial';
import { appendEvent } from '../store/events';
import { prepared } from '../store/statement-cache';
import { nowIso } from '../store/write-transaction';
import type { ReturnReferenceKind, ReturnSource } from './return-terms';
import { findReturnByReference, insertReturn, normalizeReference, insertReturnLine, type NewReturn, type NewReturnLine } from './returns-store';

export interface OpenReturnRequest {
  readonly clientId: number | null;
  readonly referenceKind: ReturnReferenceKind;
  readonly reference: string;
  readonly orderReference: string | null;
  readonly trackingNumber: string | null;
  readonly source: ReturnSource;
  readonly returnDate?: string | null;
  readonly reason?: string;
  readonly customerComment?: string;
  readonly lines: ReadonlyArray<NewReturnLine>;
  /** The scan gesture or request that opened the return, so a repeated delivery opens it once. */
  readonly idempotencyKey?: string | null;
}

export type OpenReturnError =
  | { readonly code: 'reference-required'; readonly referenceKind: ReturnReferenceKind }
  | { readonly code: 'reference-not-allowed' }
  | { readonly code: 'return-exists'; readonly returnId: number; readonly reference: string };

/**
 * Opens a return with its expected lines, in the caller's write transaction, and records one
 * 'return-opened' event. Kind 'none' must have an empty reference and every other kind a
 * reference. A reference already used by a return of the same kind and client is rejected, also
 * when it differs only in ASCII case, invisible characters or edge whitespace. A removal-order
 * return is linked to the client's imported removal order of that order ID, and without expected
 * lines of its own it expects that order's lines.
 */
export function openReturn(db: Database.Database, actor: Actor, request: OpenReturnRequest): Result<number, OpenReturnError> {
  invariant(db.inTransaction, 'openReturn runs inside a write transaction');
  const reference = normalizeReference(request.reference);
  if (request.referenceKind === 'none' && reference !== '') {
    return err({ code: 'reference-not-allowed' });
  }
  if (request.referenceKind !== 'none' && reference === '') {
    return err({ code: 'reference-required', referenceKind: request.referenceKind });
  }
  const existing = reference === '' ? undefined : findReturnByReference(db, request.referenceKind, request.clientId, reference);
  if (existing !== undefined) {
    return err({ code: 'return-exists', returnId: existing.id, reference: existing.reference });
  }

  const removalOrderId = request.referenceKind === 'removal-order' ? findRemovalOrderId(db, request.clientId, reference) : null;
  // A removal order imported from Amazon's report already lists what comes back.
  const lines = removalOrderId !== null && request.lines.length === 0 ? removalOrderLines(db, request.clientId, removalOrderId) : request.lines.map(withNormalizedSerial);
  const fields: NewReturn = {
    clientId: request.clientId,
    referenceKind: request.referenceKind,
    reference,
    orderReference: blankToNull(request.orderReference),
    trackingNumber: blankToNull(request.trackingNumber)?.toUpperCase() ?? null,
    removalOrderId,
    source: request.source,
    returnDate: request.returnDate ?? null,
    reason: request.reason?.trim() ?? '',
    customerComment: request.customerComment?.trim() ?? '',
  };
  return ok(insertReturnWithLines(db, actor, fields, lines, request.idempotencyKey ?? null));
}

/** Inserts a return, its lines and its 'return-opened' event; the caller has checked the reference. */
export function insertReturnWithLines(
  db: Database.Database,
  actor: Actor,
  fields: NewReturn,
  lines: ReadonlyArray<NewReturnLine>,
  idempotencyKey: string | null,
): number {
  const returnId = insertReturn(db, fields, nowIso());
  for (const line of lines) {
    insertReturnLine(db, returnId, line);
  }
  appendEvent(db, {
    type: 'return-opened',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    idempotencyKey,
    payload: {
      returnId,
      clientId: fields.clientId,
      referenceKind: fields.referenceKind,
      reference: fields.reference,
      orderReference: fields.orderReference,
      trackingNumber: fields.trackingNumber,
      source: fields.source,
      lines: lines.map((line) => ({ sku: line.sku, quantity: line.quantityExpected, serial: line.expectedSerial })),
    },
  });
  return returnId;
}

/** Normalizes a line's expected serial as scanned serials are, so an invisible character cannot make it match no unit. */
function withNormalizedSerial(line: NewReturnLine): NewReturnLine {
  const serial = line.expectedSerial === null ? '' : normalizeSerial(line.expectedSerial);
  return { ...line, expectedSerial: serial === '' ? null : serial };
}

function blankToNull(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function findRemovalOrderId(db: Database.Database, clientId: number | null, orderId: string): number | null {
  if (clientId === null) {
    return null;
  }
  return prepared<[number, string], { id: number }>(db, 'SELECT id FROM removal_orders WHERE client_id = ? AND order_id = ?').get(clientId, orderId)?.id ?? null;
}

/**
 * Builds the expected lines of a removal order: each SKU and FNSKU with the quantity Amazon
 * shipped, or, before any shipment, the quantity requested minus cancelled and disposed.
 */
function removalOrderLines(db: Database.Database, clientId: number | null, removalOrderId: number): ReadonlyArray<NewReturnLine> {
  const rows = prepared<[number], { sku: string; fnsku: string; quantity: number }>(
    db,
    `SELECT sku, fnsku, sum(CASE WHEN shipped_quantity > 0 THEN shipped_quantity ELSE max(requested_quantity - cancelled_quantity - disposed_quantity, 0) END) AS quantity
       FROM removal_order_lines WHERE removal_order_id = ? GROUP BY sku, fnsku ORDER BY min(id)`,
  ).all(removalOrderId);
  return rows
    .filter((row) => row.quantity > 0)
    .map((row) => {
      const product =
        clientId === null
          ? undefined
          : prepared<[number, string, string, string], { id: number }>(
              db,
              // The SKU names the client's product; the FNSKU finds it when the seller renamed the SKU.
              'SELECT id FROM products WHERE client_id = ? AND (sku = ? OR fnsku = ?) ORDER BY sku = ? DESC, id LIMIT 1',
            ).get(clientId, row.sku, row.fnsku, row.sku);
      return { productId: product?.id ?? null, sku: row.sku, fnsku: row.fnsku, expectedSerial: null, quantityExpected: row.quantity };
    });
}
