/**
 * Checks a printer before a silent label job, from what `webContents.getPrintersAsync()`
 * reports. Kept free of a runtime 'electron' import so it is unit-tested under plain Node.
 */
import type { PrintFailure } from '../api/station-context';
import { err, ok, type Result } from '../core/result';

/** The fields of Electron's `PrinterInfo` this check reads. */
export interface PrinterDescription {
  readonly name: string;
  /** Platform-specific attributes. On Linux and macOS these are the CUPS destination's options. */
  readonly options: Readonly<Record<string, string | undefined>>;
}

/** The printer a label job goes to, and whether its page size support could be checked. */
export interface CheckedLabelPrinter {
  readonly deviceName: string;
  /** False where the platform reports no CUPS attributes (Windows), so nothing was checked. */
  readonly capabilitiesVerified: boolean;
}

// Bits of the CUPS `printer-type` attribute (cups_ptype_e in cups/cups.h). Checked against
// cupsd 2.4.2: a ZPL label queue reports 36932 (0x9044) and the same queue rejecting 561220.
const cupsPrinterVariable = 0x8000;
const cupsPrinterRejecting = 0x80000;
// IPP printer-state 5 is "stopped", which CUPS also reports for a disabled (paused) queue.
const ippPrinterStateStopped = '5';

function failure(code: string, detail: string): Result<never, PrintFailure> {
  return err({ code, detail });
}

function choosePrinter(printers: ReadonlyArray<PrinterDescription>, requested: string | undefined): Result<PrinterDescription, PrintFailure> {
  const names = printers.map((printer) => printer.name).join(', ');
  if (requested !== undefined) {
    const found = printers.find((printer) => printer.name === requested);
    if (found === undefined) {
      return failure('printer-not-found', `Printer "${requested}" was not found. Installed printers: ${names || 'none'}.`);
    }
    return ok(found);
  }

  // Electron does not report which printer is the system default, so a silent job without a
  // configured name could land on an office printer with the wrong paper.
  const [only, ...others] = printers;
  if (only === undefined) {
    return failure('printer-not-found', 'No printer is installed. Install the label printer, or set PACKTRACE_PRINTER.');
  }
  if (others.length > 0) {
    return failure('printer-not-configured', `Several printers are installed (${names}). Set PACKTRACE_PRINTER to the label printer's name.`);
  }
  return ok(only);
}

/**
 * Chooses the printer of a silent label job and rejects one that would print the label wrong or
 * not at all. `requested` is the configured device name; without one, the only installed printer
 * is used. Where CUPS attributes are present, a queue that is stopped or rejecting jobs fails with
 * `printer-not-ready`, and a queue whose driver cannot take a custom page size (no
 * CUPS_PRINTER_VARIABLE bit in `printer-type`) fails with `page-size-unsupported`.
 *
 * NOTE: a driver that lists the label size as a fixed size but takes no custom sizes is rejected
 * too, because Electron does not report the supported media. Such a queue works through the CUPS
 * driver (PACKTRACE_PRINTER on Linux and macOS). Windows reports no such attributes, so there the
 * page size cannot be checked before printing.
 */
export function checkLabelPrinter(printers: ReadonlyArray<PrinterDescription>, requested: string | undefined): Result<CheckedLabelPrinter, PrintFailure> {
  const chosen = choosePrinter(printers, requested);
  if (!chosen.ok) {
    return chosen;
  }

  const printer = chosen.value;
  const printerType = printer.options['printer-type'];
  if (printerType === undefined || !/^\d+$/.test(printerType)) {
    return ok({ deviceName: printer.name, capabilitiesVerified: false });
  }

  const typeBits = Number(printerType);
  const rejecting = (typeBits & cupsPrinterRejecting) !== 0 || printer.options['printer-is-accepting-jobs'] === 'false';
  if (rejecting || printer.options['printer-state'] === ippPrinterStateStopped) {
    const reasons = printer.options['printer-state-reasons'] ?? 'none';
    return failure('printer-not-ready', `Printer "${printer.name}" is paused or rejects jobs (state reasons: ${reasons}). Resume it (cupsenable, cupsaccept) and print again.`);
  }
  if ((typeBits & cupsPrinterVariable) === 0) {
    return failure(
      'page-size-unsupported',
      `Printer "${printer.name}" cannot set a custom page size, so the label would print on its default paper. Use a label printer driver, or print through CUPS with PACKTRACE_PRINTER.`,
    );
  }
  return ok({ deviceName: printer.name, capabilitiesVerified: true });
}
