import type Database from 'better-sqlite3';
import { writeCsvText } from '../tracking/csv-text';
import { listMissingExpectedSerials, listReceiptExceptions, listReceiptLines, type ReceiptExceptionKind, type ReceiptRow } from './receipts';

/** One difference between what a receipt expected and what arrived. */
export type Discrepancy =
  | { readonly kind: 'short'; readonly sku: string; readonly lot: string | null; readonly expected: number; readonly received: number }
  | { readonly kind: 'over'; readonly sku: string; readonly lot: string | null; readonly expected: number; readonly received: number }
  | { readonly kind: 'missing-serial'; readonly sku: string; readonly serial: string }
  | { readonly kind: ReceiptExceptionKind; readonly sku: string; readonly serial: string; readonly recordedAt: string };

export interface DiscrepancyReport {
  readonly reference: string;
  readonly unitsExpected: number;
  readonly unitsReceived: number;
  readonly discrepancies: ReadonlyArray<Discrepancy>;
}

/**
 * Compares a receipt's lines with what was booked in: short and over receipts per line,
 * expected serials that never arrived, and every recorded scan exception (unexpected serial,
 * received twice, known elsewhere, a return scanned as a receipt).
 */
export function buildDiscrepancyReport(db: Database.Database, receipt: ReceiptRow): DiscrepancyReport {
  const lines = listReceiptLines(db, receipt.id);
  const skuOf = new Map(lines.map((line) => [line.productId, line.sku]));
  const discrepancies: Discrepancy[] = [];

  for (const line of lines) {
    const difference = { sku: line.sku, lot: line.lot, expected: line.quantityExpected, received: line.quantityReceived };
    if (line.quantityReceived < line.quantityExpected) {
      discrepancies.push({ kind: 'short', ...difference });
    } else if (line.quantityReceived > line.quantityExpected) {
      discrepancies.push({ kind: 'over', ...difference });
    }
  }
  for (const missing of listMissingExpectedSerials(db, receipt.id)) {
    discrepancies.push({ kind: 'missing-serial', sku: missing.sku, serial: missing.serial });
  }
  for (const exception of listReceiptExceptions(db, receipt.id)) {
    const sku = exception.productId === null ? '' : (skuOf.get(exception.productId) ?? (JSON.parse(exception.detail) as { sku?: string }).sku ?? '');
    discrepancies.push({ kind: exception.kind, sku, serial: exception.serial ?? '', recordedAt: exception.recordedAt });
  }

  return {
    reference: receipt.reference,
    unitsExpected: lines.reduce((sum, line) => sum + line.quantityExpected, 0),
    unitsReceived: lines.reduce((sum, line) => sum + line.quantityReceived, 0),
    discrepancies,
  };
}

/** Writes a discrepancy report as standard CSV, one row per discrepancy. */
export function writeDiscrepancyCsv(report: DiscrepancyReport): string {
  const rows = report.discrepancies.map((item) => {
    switch (item.kind) {
      case 'short':
      case 'over':
        return [report.reference, item.kind, item.sku, item.lot, '', item.expected, item.received, ''];
      case 'missing-serial':
        return [report.reference, item.kind, item.sku, '', item.serial, '', '', ''];
      default:
        return [report.reference, item.kind, item.sku, '', item.serial, '', '', item.recordedAt];
    }
  });
  return writeCsvText(['receipt', 'discrepancy', 'sku', 'lot', 'serial', 'expected', 'received', 'recorded_at'], rows);
}
