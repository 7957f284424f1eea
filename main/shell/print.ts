import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { PrintFailure } from '../api/station-context';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import type { LabelDocument } from '../labels/model';
import { renderLabelPrintHtml } from '../labels/print-html';
import { labelPrintOptions } from './print-page';
import { checkLabelPrinter } from './printer-capabilities';
import { printWindowWebPreferences } from './web-preferences';

const log = createLogger('print');

function printPage(window: BrowserWindow, options: Electron.WebContentsPrintOptions): Promise<{ success: boolean; failureReason: string }> {
  return new Promise((resolvePrint) => {
    window.webContents.print(options, (success, failureReason) => resolvePrint({ success, failureReason }));
  });
}

/**
 * Prints a label without a dialog. Renders it as HTML, loads it into a hidden window and calls
 * `webContents.print` with the label's own page size, no margins and scale 100. The page is
 * about 2 MB with both fonts embedded in base64, so it is loaded from a temporary file rather
 * than a data: URL. The printer is checked first with `checkLabelPrinter`, so a missing, paused
 * or fixed-size printer is reported instead of printing a wrong page. Resolves with the failure
 * Electron reports (`print-failed` with its failure reason) and never throws for printer errors.
 *
 * NOTE: untested inside Electron. The HTML is tested through Chromium's `page.pdf`, the same
 * print pipeline, but the hand-off of the silent job to the OS printer and the printer
 * attributes Electron reports are unverified.
 */
export async function printLabelHtml(document: LabelDocument, deviceName: string | undefined): Promise<Result<void, PrintFailure>> {
  const folder = mkdtempSync(join(tmpdir(), 'packtrace-print-'));
  const htmlPath = join(folder, 'label.html');
  writeFileSync(htmlPath, renderLabelPrintHtml(document));
  const window = new BrowserWindow({ show: false, webPreferences: printWindowWebPreferences() });

  try {
    // Electron types `options` as an empty interface; at run time it is a map of strings.
    const printers = (await window.webContents.getPrintersAsync()).map((info) => ({ name: info.name, options: info.options as Record<string, string | undefined> }));
    const printer = checkLabelPrinter(printers, deviceName);
    if (!printer.ok) {
      log.error('label printer rejected', { title: document.title, deviceName, code: printer.error.code, detail: printer.error.detail });
      return printer;
    }
    if (!printer.value.capabilitiesVerified) {
      log.warn('label printer page size support not verifiable on this platform', { deviceName: printer.value.deviceName });
    }

    await window.loadFile(htmlPath);
    const outcome = await printPage(window, labelPrintOptions(document, printer.value.deviceName));
    if (!outcome.success) {
      log.error('label print failed', { title: document.title, deviceName: printer.value.deviceName, reason: outcome.failureReason });
      return err({ code: 'print-failed', detail: `Printer "${printer.value.deviceName}" reported: ${outcome.failureReason}` });
    }
    log.info('label printed', { title: document.title, deviceName: printer.value.deviceName });
    return ok(undefined);
  } catch (error) {
    log.error('label print failed', { title: document.title, deviceName, error: (error as Error).message });
    return err({ code: 'print-failed', detail: (error as Error).message });
  } finally {
    window.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}
