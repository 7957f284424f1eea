/**
 * Chooses how the desktop app prints carton labels and builds the `printCartonLabel` function
 * of the station context. Kept free of a runtime 'electron' import so it is unit-tested under
 * plain Node.
 */
import type { PrintFailure, StationContext } from '../api/station-context';
import { err, ok, type Result } from '../core/result';
import type { LabelDocument } from '../labels/model';
import type { CupsPrintJob } from '../printing/cups-driver';
import { type SpoolerError, describeSpoolerError } from '../printing/spooler-errors';

/** Environment variable naming the label printer: a CUPS queue on Linux and macOS, a printer name on Windows. */
export const printerEnvironmentVariable = 'PACKTRACE_PRINTER';

/** The driver a carton label goes through. */
export type LabelPrintRoute =
  | { readonly kind: 'cups'; readonly queue: string }
  /** Electron's silent print of the label HTML; without a device name the only installed printer is used. */
  | { readonly kind: 'electron'; readonly deviceName?: string };

/**
 * Returns the CUPS route when PACKTRACE_PRINTER names a queue on Linux or macOS, and Electron's
 * silent HTML print otherwise, on the printer PACKTRACE_PRINTER names on Windows.
 */
export function chooseLabelPrintRoute(environment: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): LabelPrintRoute {
  const configured = environment[printerEnvironmentVariable]?.trim();
  if (configured === undefined || configured === '') {
    return { kind: 'electron' };
  }
  if (platform === 'win32') {
    return { kind: 'electron', deviceName: configured };
  }
  return { kind: 'cups', queue: configured };
}

/** The two drivers a route can use; the shell passes the real ones. */
export interface LabelPrintDrivers {
  printWithCups(job: CupsPrintJob): Promise<Result<{ readonly jobId: string }, SpoolerError>>;
  printLabelHtml(document: LabelDocument, deviceName: string | undefined): Promise<Result<void, PrintFailure>>;
}

/**
 * Creates the station's `printCartonLabel` for `route`: the CUPS route prints the written PDF
 * with `lp`, the Electron route prints the label document as HTML. Spooler errors come back as
 * a `PrintFailure` with the spooler's code and a sentence naming the next step.
 */
export function createCartonLabelPrinter(route: LabelPrintRoute, drivers: LabelPrintDrivers): NonNullable<StationContext['printCartonLabel']> {
  if (route.kind === 'electron') {
    return (_pdfPath, document) => drivers.printLabelHtml(document, route.deviceName);
  }

  return async (pdfPath, document) => {
    const printed = await drivers.printWithCups({
      queue: route.queue,
      pdfPath,
      title: document.title,
      pageWidthMm: document.widthMm,
      pageHeightMm: document.heightMm,
    });
    if (!printed.ok) {
      return err({ code: printed.error.code, detail: describeSpoolerError(printed.error) });
    }
    return ok(undefined);
  };
}
