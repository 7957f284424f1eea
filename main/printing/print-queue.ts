import type Database from 'better-sqlite3';
import { type Result, err, ok } from '../core/result';
import { createLogger } from '../core/logger';
import { appendEvent } from '../store/events';
import type { EventType } from '../store/event-types';
import { inWriteTransaction } from '../store/write-transaction';
import { type JobStateError, type PrintJob, type PrintJobStatus, changePrintJobStatus, findPrintJobByRequestKey, getPrintJob, insertPrintJob, readPrintJobPayload } from './print-jobs';
import { type PrintFormat, type PrinterProfile, findPrinterProfile } from './printer-profiles';

const log = createLogger('print-queue');

/** Largest difference between a label's size and the printer's media that still counts as the same media. */
export const mediaToleranceMm = 0.5;

/** Expected failures of queueing, reprinting and voiding print jobs. */
export type PrintQueueError =
  | { readonly code: 'printer-profile-missing'; readonly labelKind: string }
  | {
      readonly code: 'print-media-mismatch';
      readonly labelWidthMm: number;
      readonly labelHeightMm: number;
      readonly mediaWidthMm: number;
      readonly mediaHeightMm: number;
      readonly printerName: string;
    }
  | { readonly code: 'print-format-mismatch'; readonly labelFormat: PrintFormat; readonly printerFormat: PrintFormat; readonly printerName: string }
  | { readonly code: 'print-dpi-mismatch'; readonly labelDpi: number; readonly printerDpi: number; readonly printerName: string }
  | { readonly code: 'print-reason-missing' }
  | JobStateError;

/** A rendered label to queue for the printer of its label kind. */
export interface LabelToPrint {
  readonly requestKey: string;
  readonly stationId: string;
  readonly operatorId: number | null;
  readonly labelKind: string;
  readonly title: string;
  readonly format: PrintFormat;
  readonly widthMm: number;
  readonly heightMm: number;
  /** Resolution the label was laid out for; null for labels made elsewhere, such as carrier PDFs. */
  readonly dpi: number | null;
  readonly payload: Buffer;
}

/**
 * Checks a label against the printer profile. A label whose size differs from the loaded media
 * by more than `mediaToleranceMm` in either direction is rejected and never scaled, because a
 * shrunk barcode may no longer scan. A rotated size (6×4 on 4×6 media) is a mismatch too.
 */
export function checkLabelAgainstProfile(label: Pick<LabelToPrint, 'format' | 'widthMm' | 'heightMm' | 'dpi'>, profile: PrinterProfile): Result<void, PrintQueueError> {
  if (label.format !== profile.format) {
    return err({ code: 'print-format-mismatch', labelFormat: label.format, printerFormat: profile.format, printerName: profile.printerName });
  }
  const widthOff = Math.abs(label.widthMm - profile.mediaWidthMm) > mediaToleranceMm;
  const heightOff = Math.abs(label.heightMm - profile.mediaHeightMm) > mediaToleranceMm;
  if (widthOff || heightOff) {
    return err({
      code: 'print-media-mismatch',
      labelWidthMm: label.widthMm,
      labelHeightMm: label.heightMm,
      mediaWidthMm: profile.mediaWidthMm,
      mediaHeightMm: profile.mediaHeightMm,
      printerName: profile.printerName,
    });
  }
  if (label.dpi !== null && label.dpi !== profile.dpi) {
    return err({ code: 'print-dpi-mismatch', labelDpi: label.dpi, printerDpi: profile.dpi, printerName: profile.printerName });
  }
  return ok(undefined);
}

/**
 * Queues a label on the printer profile of its label kind after `checkLabelAgainstProfile`.
 * Queueing the same request key again returns the first job, so a repeated request never prints twice.
 */
export function queueLabel(db: Database.Database, label: LabelToPrint): Result<PrintJob, PrintQueueError> {
  const profile = findPrinterProfile(db, label.stationId, label.labelKind);
  if (profile === undefined) {
    return err({ code: 'printer-profile-missing', labelKind: label.labelKind });
  }
  const fits = checkLabelAgainstProfile(label, profile);
  if (!fits.ok) {
    log.warn('label rejected by printer profile', { labelKind: label.labelKind, title: label.title, profileId: profile.id, code: fits.error.code });
    return fits;
  }

  const job = insertPrintJob(db, {
    requestKey: label.requestKey,
    stationId: label.stationId,
    operatorId: label.operatorId,
    profileId: profile.id,
    labelKind: label.labelKind,
    title: label.title,
    format: label.format,
    mediaWidthMm: label.widthMm,
    mediaHeightMm: label.heightMm,
    payload: label.payload,
  });
  log.info('print job queued', { jobId: job.id, labelKind: job.labelKind, profileId: profile.id });
  return ok(job);
}

/** An operator's reprint, void or confirmation request, with its reason. */
export interface OperatorRequest {
  readonly stationId: string;
  readonly operatorId: number | null;
  readonly reason: string;
  /** Idempotency key of the request; repeating it returns the first result. */
  readonly requestKey: string;
}

function recordJobEvent(db: Database.Database, type: EventType, job: PrintJob, request: OperatorRequest, extra: Record<string, number | string>): void {
  appendEvent(db, {
    type,
    stationId: request.stationId,
    operatorId: request.operatorId,
    idempotencyKey: request.requestKey,
    payload: { jobId: job.id, title: job.title, labelKind: job.labelKind, reason: request.reason.trim(), ...extra },
  });
}

/**
 * Queues the stored label of a job again as a new job, after a sent, uncertain, failed or voided
 * one. Needs a reason, and records a `print-job-reprinted` event with it.
 */
export function reprintJob(db: Database.Database, jobId: number, request: OperatorRequest): Result<PrintJob, PrintQueueError> {
  if (request.reason.trim() === '') {
    return err({ code: 'print-reason-missing' });
  }

  return inWriteTransaction(db, () => {
    const repeated = findPrintJobByRequestKey(db, request.requestKey);
    if (repeated !== undefined) {
      return ok(repeated);
    }
    const original = getPrintJob(db, jobId);
    if (original === undefined) {
      return err({ code: 'print-job-not-found', jobId });
    }
    const reprintable: ReadonlyArray<PrintJobStatus> = ['sent', 'uncertain', 'failed', 'voided'];
    if (!reprintable.includes(original.status)) {
      return err({ code: 'print-job-state-invalid', jobId, status: original.status });
    }
    const copy = insertPrintJob(db, {
      requestKey: request.requestKey,
      stationId: original.stationId,
      operatorId: request.operatorId,
      profileId: original.profileId,
      labelKind: original.labelKind,
      title: original.title,
      format: original.format,
      mediaWidthMm: original.mediaWidthMm,
      mediaHeightMm: original.mediaHeightMm,
      payload: readPrintJobPayload(db, jobId),
      reprintOf: original.id,
    });
    recordJobEvent(db, 'print-job-reprinted', original, request, { reprintJobId: copy.id });
    log.info('print job reprinted', { jobId, reprintJobId: copy.id, reason: request.reason });
    return ok(copy);
  });
}

/** Cancels a queued, failed or uncertain job so it is never sent. Needs a reason, recorded in a `print-job-voided` event. */
export function voidJob(db: Database.Database, jobId: number, request: OperatorRequest): Result<PrintJob, PrintQueueError> {
  return operatorStatusChange(db, jobId, request, ['queued', 'failed', 'uncertain'], 'voided', 'print-job-voided');
}

/** Records that an uncertain job did print, as the operator saw it on the printer. Needs a reason. */
export function confirmJobPrinted(db: Database.Database, jobId: number, request: OperatorRequest): Result<PrintJob, PrintQueueError> {
  return operatorStatusChange(db, jobId, request, ['uncertain'], 'sent', 'print-job-confirmed');
}

/** Puts a failed job back in the queue. Nothing of it was printed, so this is no reprint and needs no reason. */
export function retryFailedJob(db: Database.Database, jobId: number): Result<PrintJob, PrintQueueError> {
  return inWriteTransaction(db, () => changePrintJobStatus(db, jobId, ['failed'], 'queued'));
}

function operatorStatusChange(
  db: Database.Database,
  jobId: number,
  request: OperatorRequest,
  from: ReadonlyArray<PrintJobStatus>,
  to: PrintJobStatus,
  eventType: EventType,
): Result<PrintJob, PrintQueueError> {
  if (request.reason.trim() === '') {
    return err({ code: 'print-reason-missing' });
  }

  return inWriteTransaction(db, () => {
    const changed = changePrintJobStatus(db, jobId, from, to);
    if (!changed.ok) {
      return changed;
    }
    recordJobEvent(db, eventType, changed.value, request, { status: to });
    log.info('print job status changed by operator', { jobId, status: to, reason: request.reason });
    return changed;
  });
}
