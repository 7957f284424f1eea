import type Database from 'better-sqlite3';
import { normalizeSerial } from '../scan/serial';
import { prepared } from '../store/statement-cache';
import type { ReturnReferenceKind, ReturnSource, ReturnStatus } from './return-terms';

/** A row of `returns`. */
export interface ReturnRow {
  readonly id: number;
  readonly clientId: number | null;
  readonly referenceKind: ReturnReferenceKind;
  readonly reference: string;
  readonly orderReference: string | null;
  readonly trackingNumber: string | null;
  readonly source: ReturnSource;
  readonly returnDate: string | null;
  readonly reason: string;
  readonly customerComment: string;
  readonly status: ReturnStatus;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

/** A row of `return_lines`. */
export interface ReturnLineRow {
  readonly id: number;
  readonly returnId: number;
  readonly productId: number | null;
  readonly sku: string;
  readonly fnsku: string | null;
  readonly expectedSerial: string | null;
  readonly quantityExpected: number;
  readonly quantityReceived: number;
}

const returnColumns = `id, client_id AS clientId, reference_kind AS referenceKind, reference, order_reference AS orderReference,
  tracking_number AS trackingNumber, source, return_date AS returnDate, reason, customer_comment AS customerComment, status,
  created_at AS createdAt, closed_at AS closedAt`;

const lineColumns = `id, return_id AS returnId, product_id AS productId, sku, fnsku, expected_serial AS expectedSerial,
  quantity_expected AS quantityExpected, quantity_received AS quantityReceived`;

export function findReturnById(db: Database.Database, returnId: number): ReturnRow | undefined {
  return prepared<[number], ReturnRow>(db, `SELECT ${returnColumns} FROM returns WHERE id = ?`).get(returnId);
}

/**
 * Normalizes a typed or scanned return reference as serials are normalized: invisible characters
 * and surrounding whitespace removed, NFKC applied. Case is kept, because some RMAs mix cases.
 */
export function normalizeReference(text: string): string {
  return normalizeSerial(text);
}

/**
 * Finds the return of a reference kind that a new return of `clientId` would duplicate: one of
 * that client or without a client (any client's, for a new return without one) whose reference
 * equals `reference` apart from ASCII case. A return without a client takes the client of its
 * first unit, so its reference must stay free among that client's returns as well.
 */
export function findReturnByReference(db: Database.Database, kind: ReturnReferenceKind, clientId: number | null, reference: string): ReturnRow | undefined {
  return prepared<[string, number | null, number | null, string], ReturnRow>(
    db,
    `SELECT ${returnColumns} FROM returns
      WHERE reference_kind = ? AND (? IS NULL OR client_id IS NULL OR client_id = ?) AND upper(reference) = upper(?) AND reference <> ''
      ORDER BY id LIMIT 1`,
  ).get(kind, clientId, clientId, reference);
}

/** Finds another return of the client with exactly this kind and reference, which the unique index allows only once. */
export function findClientReturnWithReference(db: Database.Database, kind: ReturnReferenceKind, clientId: number, reference: string): ReturnRow | undefined {
  return prepared<[string, number, string], ReturnRow>(
    db,
    `SELECT ${returnColumns} FROM returns WHERE reference_kind = ? AND coalesce(client_id, 0) = ? AND reference = ? AND reference <> ''`,
  ).get(kind, clientId, reference);
}

/**
 * Lists returns whose reference or carrier tracking number equals the normalized `text`, newest
 * first. References compare exactly first, because some RMAs mix cases. Only when nothing matches
 * exactly do they compare apart from ASCII case, for a label scanned with CapsLock on. Tracking
 * numbers, stored in upper case, compare with the text in upper case.
 */
export function findReturnsByText(db: Database.Database, text: string): ReadonlyArray<ReturnRow> {
  const reference = normalizeReference(text);
  const exact = prepared<[string, string], ReturnRow>(
    db,
    `SELECT ${returnColumns} FROM returns
      WHERE (reference = ? AND reference <> '') OR (tracking_number = ? AND tracking_number IS NOT NULL)
      ORDER BY id DESC LIMIT 50`,
  ).all(reference, reference.toUpperCase());
  if (exact.length > 0) {
    return exact;
  }

  return prepared<[string], ReturnRow>(
    db,
    `SELECT ${returnColumns} FROM returns WHERE upper(reference) = upper(?) AND reference <> '' ORDER BY id DESC LIMIT 50`,
  ).all(reference);
}

/** Lists returns in any of `statuses`, optionally of one client, newest first. */
export function listReturns(db: Database.Database, statuses: ReadonlyArray<ReturnStatus>, clientId: number | null, limit: number): ReadonlyArray<ReturnRow> {
  return prepared<[string, number | null, number | null, number], ReturnRow>(
    db,
    `SELECT ${returnColumns} FROM returns
      WHERE status IN (SELECT value FROM json_each(?)) AND (? IS NULL OR client_id = ?)
      ORDER BY id DESC LIMIT ?`,
  ).all(JSON.stringify(statuses), clientId, clientId, limit);
}

export interface NewReturn {
  readonly clientId: number | null;
  readonly referenceKind: ReturnReferenceKind;
  readonly reference: string;
  readonly orderReference: string | null;
  readonly trackingNumber: string | null;
  readonly removalOrderId: number | null;
  readonly source: ReturnSource;
  readonly returnDate: string | null;
  readonly reason: string;
  readonly customerComment: string;
}

export function insertReturn(db: Database.Database, fields: NewReturn, now: string): number {
  const info = prepared(
    db,
    `INSERT INTO returns (client_id, reference_kind, reference, order_reference, tracking_number, removal_order_id, source, return_date,
                          reason, customer_comment, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    fields.clientId,
    fields.referenceKind,
    fields.reference,
    fields.orderReference,
    fields.trackingNumber,
    fields.removalOrderId,
    fields.source,
    fields.returnDate,
    fields.reason,
    fields.customerComment,
    now,
  );
  return Number(info.lastInsertRowid);
}

export interface NewReturnLine {
  readonly productId: number | null;
  readonly sku: string;
  readonly fnsku: string | null;
  readonly expectedSerial: string | null;
  readonly quantityExpected: number;
}

export function insertReturnLine(db: Database.Database, returnId: number, line: NewReturnLine): number {
  const info = prepared(
    db,
    'INSERT INTO return_lines (return_id, product_id, sku, fnsku, expected_serial, quantity_expected) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(returnId, line.productId, line.sku, line.fnsku, line.expectedSerial, line.quantityExpected);
  return Number(info.lastInsertRowid);
}

export function listReturnLines(db: Database.Database, returnId: number): ReadonlyArray<ReturnLineRow> {
  return prepared<[number], ReturnLineRow>(db, `SELECT ${lineColumns} FROM return_lines WHERE return_id = ? ORDER BY id`).all(returnId);
}

export function addLineReceived(db: Database.Database, lineId: number): void {
  prepared(db, 'UPDATE return_lines SET quantity_received = quantity_received + 1 WHERE id = ?').run(lineId);
}

export function setReturnClient(db: Database.Database, returnId: number, clientId: number): void {
  prepared(db, 'UPDATE returns SET client_id = ? WHERE id = ? AND client_id IS NULL').run(clientId, returnId);
}

/** Moves a return from awaiting intake to in progress; a return in any other status keeps it. */
export function markReturnInProgress(db: Database.Database, returnId: number): void {
  prepared(db, "UPDATE returns SET status = 'in-progress' WHERE id = ? AND status = 'awaiting-intake'").run(returnId);
}

export function markReturnClosed(db: Database.Database, returnId: number, now: string): void {
  prepared(db, "UPDATE returns SET status = 'closed', closed_at = ? WHERE id = ? AND status <> 'closed'").run(now, returnId);
}
