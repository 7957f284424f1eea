import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { serialMatchesPattern } from '../packing/unit-rules';
import { foldSerialForComparison, isValidSerialText, normalizeSerial } from '../scan/serial';
import type { StoredEvent } from '../store/events';
import { findUnitByProductFoldedSerial } from '../store/units';
import { prepared } from '../store/statement-cache';
import { nowIso } from '../store/write-transaction';
import { createUnit } from '../tracking/unit-writes';
import {
  addReceivedQuantity,
  countExpectedSerials,
  findExpectedSerialLine,
  insertReceiptException,
  insertReceiptLine,
  listReceiptLines,
  type ReceiptLineRow,
  type ReceiptRow,
} from './receipts';
import { assignSerial, type SerialPatternError } from './serial-assignment';

/** The product a receiving scan names, with what receiving needs to know about it. */
export interface ReceivingProduct {
  readonly id: number;
  readonly clientId: number;
  readonly sku: string;
  readonly serialPattern: string | null;
  /** 'assigned' for products without a manufacturer serial: Packtrace assigns one. */
  readonly serialSource: 'manufacturer' | 'assigned';
}

export interface ReceivedUnit {
  readonly unitId: number;
  readonly serial: string;
  /** True when Packtrace assigned the serial, so a serial label must be printed. */
  readonly serialAssigned: boolean;
  /** True when the receipt lists serials for the product and this one is not among them. */
  readonly unexpectedSerial: boolean;
  readonly lineId: number;
  readonly event: StoredEvent;
}

export type ReceiveError =
  | SerialPatternError
  | { readonly code: 'receipt-not-open'; readonly reference: string }
  | { readonly code: 'product-of-other-client'; readonly sku: string }
  | { readonly code: 'serial-required'; readonly sku: string }
  | { readonly code: 'invalid-serial'; readonly serial: string }
  | { readonly code: 'serial-pattern-mismatch'; readonly serial: string; readonly sku: string; readonly pattern: string }
  | { readonly code: 'received-twice'; readonly serial: string; readonly sku: string }
  | { readonly code: 'return-not-receipt'; readonly serial: string; readonly sku: string }
  | { readonly code: 'known-elsewhere'; readonly serial: string; readonly sku: string; readonly status: string };

/** One unit to book in: the serial as scanned (null to assign one), and lot and expiry when the scan carried them. */
export interface ReceiveRequest {
  readonly serialText: string | null;
  readonly lot: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly expiry: string | null;
  readonly idempotencyKey?: string;
}

/**
 * Books one unit in on an open receipt as 'received', with one 'unit-received' event. Runs in
 * the caller's write transaction.
 *
 * Checks: the receipt is open, the product belongs to its client, a serial exists (scanned, or
 * assigned from the client's pattern for products without a manufacturer serial), and no unit of
 * the product has the serial yet. A serial already on this receipt is 'received-twice'. One still
 * marked shipped is a return, not a receipt. Any other known unit is 'known-elsewhere'.
 * Those three are rejected and recorded as receipt exceptions. A serial missing from the
 * receipt's expected list is accepted and recorded as 'unexpected-serial'. Quantities above the
 * expected ones are accepted too, and reported as over receipts when the receipt closes.
 */
export function receiveUnit(
  db: Database.Database,
  actor: Actor,
  receipt: ReceiptRow,
  product: ReceivingProduct,
  request: ReceiveRequest,
): Result<ReceivedUnit, ReceiveError> {
  invariant(db.inTransaction, 'receiveUnit runs inside a write transaction');
  if (receipt.status !== 'open') {
    return err({ code: 'receipt-not-open', reference: receipt.reference });
  }
  if (product.clientId !== receipt.clientId) {
    return err({ code: 'product-of-other-client', sku: product.sku });
  }

  const now = nowIso();
  const serial = resolveSerial(db, product, request.serialText, now);
  if (!serial.ok) {
    return serial;
  }
  const serialFolded = foldSerialForComparison(serial.value.serial);
  const known = findUnitByProductFoldedSerial(db, product.id, serialFolded);
  if (known !== undefined) {
    return err(recordRejection(db, receipt, product, known, now));
  }

  const line = chooseLine(db, receipt, product, request.lot, serialFolded);
  const lot = request.lot ?? line.lot;
  const expiry = request.expiry ?? line.expiry;
  const expectsSerials = countExpectedSerials(db, receipt.id, product.id) > 0;
  const unexpectedSerial = expectsSerials && findExpectedSerialLine(db, receipt.id, product.id, serialFolded) === undefined;
  if (unexpectedSerial) {
    insertReceiptException(db, { receiptId: receipt.id, kind: 'unexpected-serial', productId: product.id, serial: serial.value.serial, detail: { sku: product.sku } }, now);
  }

  const created = createUnit(
    db,
    actor,
    'unit-received',
    { productId: product.id, serial: serial.value.serial, serialFolded, lot, expiry, cartonId: null, shipmentId: null, receiptId: receipt.id },
    {
      cartonId: null,
      shipmentId: null,
      idempotencyKey: request.idempotencyKey ?? null,
      payload: {
        serial: serial.value.serial,
        productId: product.id,
        sku: product.sku,
        receipt: receipt.reference,
        receiptId: receipt.id,
        lot,
        expiry,
        serialAssigned: serial.value.assigned,
        unexpectedSerial,
      },
    },
  );
  invariant(created.ok, 'the state machine creates units through unit-received');
  addReceivedQuantity(db, line.id, 1);
  const { unitId, event } = created.value;

  return ok({ unitId, serial: serial.value.serial, serialAssigned: serial.value.assigned, unexpectedSerial, lineId: line.id, event });
}

function resolveSerial(
  db: Database.Database,
  product: ReceivingProduct,
  serialText: string | null,
  now: string,
): Result<{ readonly serial: string; readonly assigned: boolean }, ReceiveError> {
  if (serialText === null) {
    if (product.serialSource !== 'assigned') {
      return err({ code: 'serial-required', sku: product.sku });
    }
    const assigned = assignSerial(db, product.clientId, new Date(now));
    return assigned.ok ? ok({ serial: assigned.value, assigned: true }) : assigned;
  }

  const serial = normalizeSerial(serialText);
  if (!isValidSerialText(serial)) {
    return err({ code: 'invalid-serial', serial });
  }
  if (!serialMatchesPattern(serial, product.serialPattern)) {
    return err({ code: 'serial-pattern-mismatch', serial, sku: product.sku, pattern: product.serialPattern ?? '' });
  }
  return ok({ serial, assigned: false });
}

function recordRejection(
  db: Database.Database,
  receipt: ReceiptRow,
  product: ReceivingProduct,
  known: { readonly id: number; readonly serial: string; readonly status: string },
  now: string,
): ReceiveError {
  const receiptOfUnit = prepared<[number], { receipt_id: number | null }>(db, 'SELECT receipt_id FROM units WHERE id = ?').get(known.id)?.receipt_id ?? null;
  const error: ReceiveError =
    receiptOfUnit === receipt.id
      ? { code: 'received-twice', serial: known.serial, sku: product.sku }
      : known.status === 'shipped'
        ? { code: 'return-not-receipt', serial: known.serial, sku: product.sku }
        : { code: 'known-elsewhere', serial: known.serial, sku: product.sku, status: known.status };
  insertReceiptException(db, { receiptId: receipt.id, kind: error.code, productId: product.id, serial: known.serial, detail: { sku: product.sku, status: known.status, unitId: known.id } }, now);
  return error;
}

/**
 * Picks the receipt line a unit counts against: the line expecting its serial, else the line of
 * its lot, else the product's line without lot, else its first line. A product the receipt does
 * not list gets a new line expecting zero, so it shows as an over receipt.
 */
function chooseLine(db: Database.Database, receipt: ReceiptRow, product: ReceivingProduct, lot: string | null, serialFolded: string): ReceiptLineRow {
  const lines = listReceiptLines(db, receipt.id).filter((line) => line.productId === product.id);
  const expectedLineId = findExpectedSerialLine(db, receipt.id, product.id, serialFolded);
  const chosen =
    lines.find((line) => line.id === expectedLineId) ??
    lines.find((line) => lot !== null && line.lot === lot) ??
    lines.find((line) => line.lot === null) ??
    lines[0];
  if (chosen !== undefined) {
    return chosen;
  }

  const lineId = insertReceiptLine(db, { receiptId: receipt.id, productId: product.id, lot, expiry: null, quantityExpected: 0 });
  const created = listReceiptLines(db, receipt.id).find((line) => line.id === lineId);
  invariant(created !== undefined, `receipt line ${lineId} was just inserted`);
  return created;
}
