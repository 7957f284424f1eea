import type Database from 'better-sqlite3';
import { type Result, err, ok } from '../core/result';
import type { LabelDocument } from '../labels/model';
import { renderLabelPdf } from '../labels/pdf-renderer';
import { type ZplRenderError, renderLabelZpl } from '../labels/zpl-renderer';
import { dotsToMm } from '../labels/dots';
import { type CarrierLabelError, recogniseCarrierLabel } from './carrier-label';
import { type CarrierPdfError, fourBySixInches, splitCarrierPdf } from './carrier-pdf-split';
import { encodeLabelDocumentPayload } from './electron-print-driver';
import type { PrintJob } from './print-jobs';
import { type PrintQueueError, mediaToleranceMm, queueLabel } from './print-queue';
import { findPrinterProfile } from './printer-profiles';

/** A print request: station, operator, label kind and idempotency key. */
export interface PrintRequest {
  readonly requestKey: string;
  readonly stationId: string;
  readonly operatorId: number | null;
  readonly labelKind: string;
}

export type PrintLabelError =
  | PrintQueueError
  | ZplRenderError
  | CarrierLabelError
  | CarrierPdfError
  | { readonly code: 'carrier-label-too-wide'; readonly labelWidthMm: number; readonly mediaWidthMm: number }
  | { readonly code: 'carrier-label-electron-unsupported'; readonly printerName: string };

/**
 * Renders a validated label document in the format of the profile that prints `request.labelKind`
 * (PDF or ZPL) and queues it. A profile with the `electron` driver gets the document itself as
 * JSON, because Electron prints HTML rendered from it when the job is sent. The label keeps its
 * own size: a label that does not match the printer's media is rejected by `queueLabel`, never scaled.
 */
export async function printLabelDocument(db: Database.Database, request: PrintRequest, document: LabelDocument): Promise<Result<PrintJob, PrintLabelError>> {
  const profile = findPrinterProfile(db, request.stationId, request.labelKind);
  if (profile === undefined) {
    return err({ code: 'printer-profile-missing', labelKind: request.labelKind });
  }

  let payload: Buffer;
  if (profile.driver === 'electron') {
    payload = encodeLabelDocumentPayload(document);
  } else if (profile.format === 'zpl') {
    const zpl = renderLabelZpl(document);
    if (!zpl.ok) {
      return zpl;
    }
    payload = Buffer.from(zpl.value, 'ascii');
  } else {
    payload = await renderLabelPdf(document);
  }

  return queueLabel(db, {
    ...request,
    title: document.title,
    format: profile.format,
    widthMm: document.widthMm,
    heightMm: document.heightMm,
    dpi: document.dpi,
    payload,
  });
}

/**
 * Queues a carrier's label file on the printer of `request.labelKind` (usually `carrier`). A PDF
 * is cut into 4×6 in pages first (`splitCarrierPdf`), so a Letter or A4 sheet of labels prints as
 * single labels. ZPL is sent unchanged after checking that each label is terminated and that its
 * `^PW` print width, at the printer's DPI, fits the loaded media.
 */
export async function printCarrierLabel(db: Database.Database, request: PrintRequest, bytes: Buffer, title: string): Promise<Result<PrintJob, PrintLabelError>> {
  const recognised = recogniseCarrierLabel(bytes);
  if (!recognised.ok) {
    return recognised;
  }
  const profile = findPrinterProfile(db, request.stationId, request.labelKind);
  if (profile === undefined) {
    return err({ code: 'printer-profile-missing', labelKind: request.labelKind });
  }
  if (profile.driver === 'electron') {
    // Electron prints only label documents rendered as HTML, not a carrier's PDF or ZPL file.
    return err({ code: 'carrier-label-electron-unsupported', printerName: profile.printerName });
  }

  if (recognised.value.format === 'pdf') {
    const split = await splitCarrierPdf(bytes, fourBySixInches);
    if (!split.ok) {
      return split;
    }
    return queueLabel(db, { ...request, title, format: 'pdf', widthMm: fourBySixInches.widthMm, heightMm: fourBySixInches.heightMm, dpi: null, payload: split.value });
  }

  const printWidthDots = recognised.value.zplPrintWidthDots;
  if (printWidthDots !== null) {
    const labelWidthMm = dotsToMm(profile.dpi, printWidthDots);
    if (labelWidthMm > profile.mediaWidthMm + mediaToleranceMm) {
      return err({ code: 'carrier-label-too-wide', labelWidthMm, mediaWidthMm: profile.mediaWidthMm });
    }
  }
  // NOTE: ZPL carrier labels rarely state their length (^LL), so only the ^PW width is checked,
  // and a label without ^PW (such as many Amazon carton labels) is not checked against the media.
  const queued = queueLabel(db, { ...request, title, format: 'zpl', widthMm: profile.mediaWidthMm, heightMm: profile.mediaHeightMm, dpi: null, payload: bytes });
  return queued.ok ? ok(queued.value) : queued;
}
