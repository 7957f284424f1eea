import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import { appendEvent } from '../store/events';
import { nowIso } from '../store/write-transaction';
import { buildDiscrepancyReport, type DiscrepancyReport } from './discrepancies';
import { findReceiptById, setReceiptClosed } from './receipts';

export type CloseReceiptError =
  | { readonly code: 'receipt-not-found'; readonly receiptId: number }
  | { readonly code: 'receipt-not-open'; readonly reference: string };

/**
 * Closes an open receipt and records 'receipt-closed' with the discrepancy counts. Further scans
 * on it are rejected. Returns the discrepancy report as it stood at closing.
 */
export function closeReceipt(db: Database.Database, actor: Actor, receiptId: number): Result<DiscrepancyReport, CloseReceiptError> {
  invariant(db.inTransaction, 'closeReceipt runs inside a write transaction');
  const receipt = findReceiptById(db, receiptId);
  if (receipt === undefined) {
    return err({ code: 'receipt-not-found', receiptId });
  }
  if (receipt.status !== 'open') {
    return err({ code: 'receipt-not-open', reference: receipt.reference });
  }

  const report = buildDiscrepancyReport(db, receipt);
  const now = nowIso();
  setReceiptClosed(db, receipt.id, now);
  const countsByKind: Record<string, number> = {};
  for (const item of report.discrepancies) {
    countsByKind[item.kind] = (countsByKind[item.kind] ?? 0) + 1;
  }
  appendEvent(db, {
    type: 'receipt-closed',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    payload: {
      receipt: receipt.reference,
      receiptId: receipt.id,
      unitsExpected: report.unitsExpected,
      unitsReceived: report.unitsReceived,
      discrepancies: report.discrepancies.length,
      byKind: countsByKind,
    },
  });
  return ok(report);
}
