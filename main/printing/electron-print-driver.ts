import type { PrintFailure } from '../api/station-context';
import { type Result, err, ok } from '../core/result';
import type { LabelDocument } from '../labels/model';
import type { DeliveryFailure, DeliveryRequest, PrintDriver } from './print-driver';

/**
 * The `electron` driver prints through Chromium's print pipeline, which takes HTML, not PDF or
 * ZPL bytes. A job on an `electron` profile therefore stores its label document as UTF-8 JSON
 * (`encodeLabelDocumentPayload`), and the driver renders the HTML when it sends the job. On
 * Windows this is the way into the Windows spooler: the profile's target is the printer name
 * that Windows lists under Printers & scanners, and Electron hands the page to that printer.
 */

/** Function that prints one label document silently on the named OS printer, such as `printLabelHtml` in main/shell/print.ts. */
export type PrintLabelHtml = (document: LabelDocument, deviceName: string | undefined) => Promise<Result<void, PrintFailure>>;

/** Encodes a label document as the stored payload of a job on an `electron` profile. */
export function encodeLabelDocumentPayload(document: LabelDocument): Buffer {
  return Buffer.from(JSON.stringify(document), 'utf8');
}

function isLabelDocument(value: unknown): value is LabelDocument {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.widthMm === 'number' &&
    typeof candidate.heightMm === 'number' &&
    (candidate.dpi === 203 || candidate.dpi === 300) &&
    typeof candidate.title === 'string' &&
    Array.isArray(candidate.elements)
  );
}

/**
 * Decodes a job payload written by `encodeLabelDocumentPayload`. Fails with a permanent
 * `electron-payload-invalid` for anything else, such as a carrier PDF or ZPL file, because
 * Electron can print only label documents.
 */
export function decodeLabelDocumentPayload(payload: Buffer): Result<LabelDocument, DeliveryFailure> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!isLabelDocument(parsed)) {
    const start = payload.subarray(0, 8).toString('latin1').replace(/[^\x20-\x7e]/g, '?');
    return err({
      delivered: 'no',
      permanent: true,
      code: 'electron-payload-invalid',
      detail: `The job holds no label document (it starts with "${start}"). Silent system print takes only labels made by Packtrace; print carrier files through a CUPS, raw TCP or PDF folder printer.`,
    });
  }
  return ok(parsed);
}

// Failures of the printer check before anything is printed; all others may have reached the printer.
const printerCheckCodes: ReadonlySet<string> = new Set(['printer-not-found', 'printer-not-configured', 'printer-not-ready', 'page-size-unsupported']);
// Printer check failures that only a change of setup fixes, so retrying is pointless.
const permanentCheckCodes: ReadonlySet<string> = new Set(['printer-not-configured', 'page-size-unsupported']);

/**
 * Creates the `electron` print driver around `printLabelHtml`. The profile's target is the OS
 * printer name; an empty target means the only installed printer. A printer check failure took
 * no byte, so the job is retried (missing or paused printer) or failed (wrong setup). A failed
 * print may have left part of a page in the spooler, so it is reported as delivered 'unknown'
 * and never resent without an operator's reprint.
 */
export function createElectronPrintDriver(printLabelHtml: PrintLabelHtml): PrintDriver {
  return async (request: DeliveryRequest) => {
    const document = decodeLabelDocumentPayload(request.payload);
    if (!document.ok) {
      return document;
    }

    const deviceName = request.target.trim() === '' ? undefined : request.target.trim();
    const printed = await printLabelHtml(document.value, deviceName);
    if (printed.ok) {
      // Electron's silent print reports no spooler job id.
      return ok({ spoolerJobId: null });
    }
    const { code, detail } = printed.error;
    if (printerCheckCodes.has(code)) {
      return err({ delivered: 'no', permanent: permanentCheckCodes.has(code), code, detail });
    }
    return err({ delivered: 'unknown', permanent: false, code, detail });
  };
}
