import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { foldSerialForComparison, isValidSerialText, normalizeSerial } from '../scan/serial';
import { appendEvent } from '../store/events';
import { nowIso } from '../store/write-transaction';
import { findReceiptByReference, findReceiptById, insertExpectedSerial, insertReceipt, insertReceiptLine, type ReceiptRow } from './receipts';

/** One expected line of a new receipt. */
export interface ExpectedLine {
  readonly productId: number;
  readonly sku: string;
  readonly quantity: number;
  readonly lot: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly expiry: string | null;
  /** The serials the sender announced; empty when the notice lists none. */
  readonly serials: ReadonlyArray<string>;
}

export interface NewReceipt {
  readonly clientId: number;
  readonly reference: string;
  readonly source: ReceiptRow['source'];
  readonly lines: ReadonlyArray<ExpectedLine>;
}

export type CreateReceiptError =
  | { readonly code: 'receipt-exists'; readonly reference: string }
  | { readonly code: 'receipt-reference-missing' }
  | { readonly code: 'duplicate-receipt-line'; readonly sku: string; readonly lot: string }
  | { readonly code: 'duplicate-expected-serial'; readonly sku: string; readonly serial: string }
  | { readonly code: 'invalid-expected-serial'; readonly sku: string; readonly serial: string }
  | { readonly code: 'serials-exceed-quantity'; readonly sku: string; readonly quantity: number; readonly serials: number };

/**
 * Creates an open receipt with its expected lines and serials, and records 'receipt-opened'. A
 * receipt created on the spot may have no lines: every unit then counts as an over receipt of a
 * line created when it arrives. Runs in the caller's write transaction.
 */
export function createReceipt(db: Database.Database, actor: Actor, receipt: NewReceipt): Result<ReceiptRow, CreateReceiptError> {
  invariant(db.inTransaction, 'createReceipt runs inside a write transaction');
  const reference = receipt.reference.trim();
  if (reference === '') {
    return err({ code: 'receipt-reference-missing' });
  }
  if (findReceiptByReference(db, receipt.clientId, reference) !== undefined) {
    return err({ code: 'receipt-exists', reference });
  }
  const invalid = checkLines(receipt.lines);
  if (invalid !== null) {
    return err(invalid);
  }

  const now = nowIso();
  const receiptId = insertReceipt(db, { clientId: receipt.clientId, reference, source: receipt.source }, now);
  for (const line of receipt.lines) {
    const lineId = insertReceiptLine(db, { receiptId, productId: line.productId, lot: line.lot, expiry: line.expiry, quantityExpected: line.quantity });
    for (const serialText of line.serials) {
      const serial = normalizeSerial(serialText);
      insertExpectedSerial(db, { receiptId, lineId, productId: line.productId, serial, serialFolded: foldSerialForComparison(serial) });
    }
  }
  appendEvent(db, {
    type: 'receipt-opened',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    payload: {
      receipt: reference,
      receiptId,
      source: receipt.source,
      lines: receipt.lines.length,
      unitsExpected: receipt.lines.reduce((sum, line) => sum + line.quantity, 0),
    },
  });

  const created = findReceiptById(db, receiptId);
  invariant(created !== undefined, `receipt ${receiptId} was just inserted`);
  return ok(created);
}

function checkLines(lines: ReadonlyArray<ExpectedLine>): CreateReceiptError | null {
  const lineKeys = new Set<string>();
  const serialKeys = new Set<string>();
  for (const line of lines) {
    const lineKey = `${line.productId}\u0000${line.lot ?? ''}`;
    if (lineKeys.has(lineKey)) {
      return { code: 'duplicate-receipt-line', sku: line.sku, lot: line.lot ?? '' };
    }
    lineKeys.add(lineKey);
    if (line.serials.length > line.quantity) {
      return { code: 'serials-exceed-quantity', sku: line.sku, quantity: line.quantity, serials: line.serials.length };
    }

    for (const serialText of line.serials) {
      const serial = normalizeSerial(serialText);
      if (!isValidSerialText(serial)) {
        return { code: 'invalid-expected-serial', sku: line.sku, serial };
      }
      const serialKey = `${line.productId}\u0000${foldSerialForComparison(serial)}`;
      if (serialKeys.has(serialKey)) {
        return { code: 'duplicate-expected-serial', sku: line.sku, serial };
      }
      serialKeys.add(serialKey);
    }
  }
  return null;
}
