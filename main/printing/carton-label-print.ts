import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { type Result, err } from '../core/result';
import { createLogger } from '../core/logger';
import type { LabelDocument } from '../labels/model';
import { findPrintJobByRequestKey, type PrintJob } from './print-jobs';
import { type PrintLabelError, printLabelDocument } from './print-label';
import { reprintJob } from './print-queue';
import { findPrinterProfile } from './printer-profiles';

const log = createLogger('print-queue');

/** Label kind of the printer profile that prints carton labels. */
export const cartonLabelKind = 'carton';

/** Idempotency key of a carton's first label job; reprints get keys of their own. */
export function cartonLabelRequestKey(cartonId: number): string {
  return `carton-label:${cartonId}`;
}

/** True when the station has a printer profile for carton labels, so they go through the print queue. */
export function hasCartonLabelProfile(db: Database.Database, stationId: string): boolean {
  return findPrinterProfile(db, stationId, cartonLabelKind) !== undefined;
}

/** A request to print one carton's label. */
export interface CartonLabelPrintRequest {
  readonly stationId: string;
  readonly operatorId: number | null;
  readonly cartonId: number;
  /** Reason for printing the label again, needed once the carton has a label job. */
  readonly reason?: string;
}

export type CartonLabelPrintError = PrintLabelError | { readonly code: 'carton-label-already-printed'; readonly cartonId: number; readonly jobId: number };

/**
 * Queues a carton's label on the carton printer profile. The first request queues `document`
 * under the carton's request key, so closing a carton and pressing print afterwards never queue
 * two jobs. Once that job exists, a request without a reason is rejected with
 * `carton-label-already-printed`, and a request with one reprints the first job's stored label
 * (a `print-job-reprinted` event records the reason). A first job still queued or sending cannot
 * be reprinted yet (`print-job-state-invalid`).
 */
export async function printCartonLabelJob(db: Database.Database, request: CartonLabelPrintRequest, document: LabelDocument): Promise<Result<PrintJob, CartonLabelPrintError>> {
  const requestKey = cartonLabelRequestKey(request.cartonId);
  const first = findPrintJobByRequestKey(db, requestKey);
  if (first === undefined) {
    return printLabelDocument(db, { requestKey, stationId: request.stationId, operatorId: request.operatorId, labelKind: cartonLabelKind }, document);
  }

  const reason = request.reason?.trim() ?? '';
  if (reason === '') {
    log.warn('carton label print rejected without a reprint reason', { cartonId: request.cartonId, jobId: first.id });
    return err({ code: 'carton-label-already-printed', cartonId: request.cartonId, jobId: first.id });
  }
  // NOTE: the reprint repeats the label as first queued, so a carton count that read "n of ?"
  // still does after the shipment is finished.
  return reprintJob(db, first.id, { stationId: request.stationId, operatorId: request.operatorId, reason, requestKey: `${requestKey}:reprint:${randomUUID()}` });
}
