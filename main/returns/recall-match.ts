import type Database from 'better-sqlite3';
import { foldSerialForComparison, normalizeSerial } from '../scan/serial';
import { prepared } from '../store/statement-cache';
import type { RecallSelection } from '../tracking/recall';

interface UnitRecallFacts {
  clientCode: string;
  sku: string;
  lot: string | null;
  expiry: string | null;
  serialFolded: string;
  receiptReference: string | null;
}

/**
 * Finds an issued recall whose stored criteria match the unit, the same criteria the recall
 * selected units by (every criterion given must match). A unit that had left the warehouse when
 * the recall was issued was not held by it, so the returns desk must catch it on the way back.
 * Returns the recall's reference, or null.
 */
export function findRecallMatchingUnit(db: Database.Database, unitId: number): string | null {
  const unit = prepared<[number], UnitRecallFacts>(
    db,
    `SELECT c.code AS clientCode, p.sku, u.lot, u.expiry, u.serial_folded AS serialFolded, r.reference AS receiptReference
       FROM units u JOIN products p ON p.id = u.product_id JOIN clients c ON c.id = p.client_id
       LEFT JOIN receipts r ON r.id = u.receipt_id
      WHERE u.id = ?`,
  ).get(unitId);
  if (unit === undefined) {
    return null;
  }

  const recalls = prepared<[], { reference: string; criteriaJson: string }>(db, 'SELECT reference, criteria_json AS criteriaJson FROM recalls ORDER BY id').all();
  const match = recalls.find((recall) => selectionMatches(JSON.parse(recall.criteriaJson) as RecallSelection, unit));
  return match?.reference ?? null;
}

function selectionMatches(selection: RecallSelection, unit: UnitRecallFacts): boolean {
  const given = (value: string | undefined): value is string => value !== undefined && value !== '';
  if (given(selection.clientCode) && selection.clientCode.toLowerCase() !== unit.clientCode.toLowerCase()) return false;
  if (given(selection.sku) && selection.sku !== unit.sku) return false;
  if (given(selection.lot) && selection.lot !== unit.lot) return false;
  if (given(selection.expiryFrom) && (unit.expiry === null || unit.expiry < selection.expiryFrom)) return false;
  if (given(selection.expiryTo) && (unit.expiry === null || unit.expiry > selection.expiryTo)) return false;
  if (given(selection.receiptReference) && selection.receiptReference !== unit.receiptReference) return false;
  if (selection.serials !== undefined && selection.serials.length > 0) {
    const folded = selection.serials.map((serial) => foldSerialForComparison(normalizeSerial(serial)));
    if (!folded.includes(unit.serialFolded)) return false;
  }
  return true;
}
