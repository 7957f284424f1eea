import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { receiptViewSchema } from '../channels/tracking-channels';
import { buildDiscrepancyReport } from '../../receiving/discrepancies';
import { findReceiptById, listReceiptLines } from '../../receiving/receipts';
import type { ServiceError } from '../contract';
import { prepared } from '../../store/statement-cache';

export type ReceiptView = z.output<typeof receiptViewSchema>;

/** Builds a service error whose message is `tracking:error.<code>` with the error's plain fields as parameters. */
export function trackingError(error: { readonly code: string; readonly [field: string]: unknown }): ServiceError {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) {
      params[key] = value;
    }
  }
  return { code: error.code, message: { key: `tracking:error.${error.code}`, params } };
}

/** Reads a receipt with its lines and its current discrepancy report. */
export function readReceiptView(db: Database.Database, receiptId: number): ReceiptView | undefined {
  const receipt = findReceiptById(db, receiptId);
  if (receipt === undefined) {
    return undefined;
  }

  const clientCode = prepared<[number], { code: string }>(db, 'SELECT code FROM clients WHERE id = ?').get(receipt.clientId)?.code ?? '';
  const report = buildDiscrepancyReport(db, receipt);
  return {
    receiptId: receipt.id,
    reference: receipt.reference,
    clientCode,
    status: receipt.status,
    lines: listReceiptLines(db, receipt.id).map((line) => ({
      sku: line.sku,
      lot: line.lot,
      expiry: line.expiry,
      quantityExpected: line.quantityExpected,
      quantityReceived: line.quantityReceived,
    })),
    unitsExpected: report.unitsExpected,
    unitsReceived: report.unitsReceived,
    discrepancies: report.discrepancies.map((item) => ({ ...item })),
  };
}
