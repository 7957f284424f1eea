import type Database from 'better-sqlite3';
import type { JsonValue } from '../store/canonical-json';
import { canonicalJson } from '../store/canonical-json';
import { prepared } from '../store/statement-cache';

/** An inbound receipt: what a client's delivery should contain, and what was booked in. */
export interface ReceiptRow {
  readonly id: number;
  readonly clientId: number;
  readonly reference: string;
  readonly source: 'asn-import' | 'on-the-spot';
  readonly status: 'open' | 'closed';
  readonly createdAt: string;
  readonly closedAt: string | null;
}

/** One product (and lot) of a receipt with its expected and received quantities. */
export interface ReceiptLineRow {
  readonly id: number;
  readonly receiptId: number;
  readonly productId: number;
  readonly sku: string;
  readonly lot: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly expiry: string | null;
  readonly quantityExpected: number;
  readonly quantityReceived: number;
}

/** The kinds of scans a receipt records as exceptions for its discrepancy report. */
export type ReceiptExceptionKind = 'unexpected-serial' | 'received-twice' | 'known-elsewhere' | 'return-not-receipt' | 'unknown-product';

export interface ReceiptExceptionRow {
  readonly id: number;
  readonly kind: ReceiptExceptionKind;
  readonly productId: number | null;
  readonly serial: string | null;
  readonly detail: string;
  readonly recordedAt: string;
}

const receiptColumns = 'id, client_id AS clientId, reference, source, status, created_at AS createdAt, closed_at AS closedAt';

export function findReceiptById(db: Database.Database, receiptId: number): ReceiptRow | undefined {
  return prepared<[number], ReceiptRow>(db, `SELECT ${receiptColumns} FROM receipts WHERE id = ?`).get(receiptId);
}

export function findReceiptByReference(db: Database.Database, clientId: number, reference: string): ReceiptRow | undefined {
  return prepared<[number, string], ReceiptRow>(db, `SELECT ${receiptColumns} FROM receipts WHERE client_id = ? AND reference = ?`).get(clientId, reference);
}

/** Lists receipts, open ones first, newest first within each group. */
export function listReceipts(db: Database.Database): ReadonlyArray<ReceiptRow> {
  return prepared<[], ReceiptRow>(db, `SELECT ${receiptColumns} FROM receipts ORDER BY status = 'closed', id DESC`).all();
}

export function insertReceipt(
  db: Database.Database,
  receipt: Pick<ReceiptRow, 'clientId' | 'reference' | 'source'>,
  now: string,
): number {
  const info = prepared(db, 'INSERT INTO receipts (client_id, reference, source, created_at) VALUES (?, ?, ?, ?)').run(
    receipt.clientId,
    receipt.reference,
    receipt.source,
    now,
  );
  return Number(info.lastInsertRowid);
}

export function setReceiptClosed(db: Database.Database, receiptId: number, now: string): void {
  prepared(db, "UPDATE receipts SET status = 'closed', closed_at = ? WHERE id = ?").run(now, receiptId);
}

export function listReceiptLines(db: Database.Database, receiptId: number): ReadonlyArray<ReceiptLineRow> {
  return prepared<[number], ReceiptLineRow>(
    db,
    `SELECT l.id, l.receipt_id AS receiptId, l.product_id AS productId, p.sku, l.lot, l.expiry,
            l.quantity_expected AS quantityExpected, l.quantity_received AS quantityReceived
       FROM receipt_lines l JOIN products p ON p.id = l.product_id
      WHERE l.receipt_id = ? ORDER BY l.id`,
  ).all(receiptId);
}

/** Inserts a receipt line and returns its id; UNIQUE (receipt, product, lot) raises on a repeat. */
export function insertReceiptLine(
  db: Database.Database,
  line: Pick<ReceiptLineRow, 'receiptId' | 'productId' | 'lot' | 'expiry' | 'quantityExpected'>,
): number {
  const info = prepared(db, 'INSERT INTO receipt_lines (receipt_id, product_id, lot, expiry, quantity_expected) VALUES (?, ?, ?, ?, ?)').run(
    line.receiptId,
    line.productId,
    line.lot,
    line.expiry,
    line.quantityExpected,
  );
  return Number(info.lastInsertRowid);
}

export function addReceivedQuantity(db: Database.Database, lineId: number, delta: number): void {
  prepared(db, 'UPDATE receipt_lines SET quantity_received = quantity_received + ? WHERE id = ?').run(delta, lineId);
}

export function insertExpectedSerial(
  db: Database.Database,
  expected: { readonly receiptId: number; readonly lineId: number; readonly productId: number; readonly serial: string; readonly serialFolded: string },
): void {
  prepared(db, 'INSERT INTO receipt_expected_serials (receipt_id, line_id, product_id, serial, serial_folded) VALUES (?, ?, ?, ?, ?)').run(
    expected.receiptId,
    expected.lineId,
    expected.productId,
    expected.serial,
    expected.serialFolded,
  );
}

/** Counts the serials a receipt expects for a product; zero means the receipt has no serial list for it. */
export function countExpectedSerials(db: Database.Database, receiptId: number, productId: number): number {
  return (
    prepared<[number, number], { n: number }>(db, 'SELECT count(*) AS n FROM receipt_expected_serials WHERE receipt_id = ? AND product_id = ?').get(
      receiptId,
      productId,
    )?.n ?? 0
  );
}

/** Finds the line that expects this serial (compared folded), or undefined when it is not on the list. */
export function findExpectedSerialLine(db: Database.Database, receiptId: number, productId: number, serialFolded: string): number | undefined {
  return prepared<[number, number, string], { lineId: number }>(
    db,
    'SELECT line_id AS lineId FROM receipt_expected_serials WHERE receipt_id = ? AND product_id = ? AND serial_folded = ?',
  ).get(receiptId, productId, serialFolded)?.lineId;
}

/** Lists expected serials that no unit of the receipt carries yet, by product. */
export function listMissingExpectedSerials(db: Database.Database, receiptId: number): ReadonlyArray<{ readonly productId: number; readonly sku: string; readonly serial: string }> {
  return prepared<[number], { productId: number; sku: string; serial: string }>(
    db,
    `SELECT e.product_id AS productId, p.sku, e.serial
       FROM receipt_expected_serials e JOIN products p ON p.id = e.product_id
      WHERE e.receipt_id = ?
        AND NOT EXISTS (SELECT 1 FROM units u WHERE u.receipt_id = e.receipt_id AND u.product_id = e.product_id AND u.serial_folded = e.serial_folded)
      ORDER BY e.id`,
  ).all(receiptId);
}

export function insertReceiptException(
  db: Database.Database,
  exception: {
    readonly receiptId: number;
    readonly kind: ReceiptExceptionKind;
    readonly productId: number | null;
    readonly serial: string | null;
    readonly detail: { readonly [key: string]: JsonValue };
  },
  now: string,
): void {
  prepared(db, 'INSERT INTO receipt_exceptions (receipt_id, kind, product_id, serial, detail_json, recorded_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    exception.receiptId,
    exception.kind,
    exception.productId,
    exception.serial,
    canonicalJson(exception.detail),
    now,
  );
}

export function listReceiptExceptions(db: Database.Database, receiptId: number): ReadonlyArray<ReceiptExceptionRow> {
  return prepared<[number], ReceiptExceptionRow>(
    db,
    `SELECT id, kind, product_id AS productId, serial, detail_json AS detail, recorded_at AS recordedAt
       FROM receipt_exceptions WHERE receipt_id = ? ORDER BY id`,
  ).all(receiptId);
}
