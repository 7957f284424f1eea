import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import { cartonLabelPrintOptions } from './print-page';
import { printWindowWebPreferences } from './web-preferences';

const log = createLogger('print');

export interface PrintFailure {
  readonly code: 'print-failed';
  readonly pdfPath: string;
  /** Electron's failure reason, such as "cancelled" or "Print job failed", or the load error. */
  readonly detail: string;
}

/**
 * Prints a carton label PDF on the system default printer without a dialog, on a 4 × 6 in page
 * with no margins. The PDF is loaded into a hidden window that is destroyed afterwards. Resolves
 * with the failure Electron reports, so a printer that is offline or rejects the page size
 * reaches the operator as an error instead of silently printing nothing.
 *
 * NOTE: Electron shows PDFs through Chromium's PDF viewer extension, and its maintainers state
 * that webContents.print() does not reach that viewer's content, so a job may come out blank
 * while reporting success. This path has not run here because the Electron binary is missing.
 * A spooler driver (CUPS `lp`, the Windows spooler) avoids the viewer altogether.
 */
export async function printCartonLabelPdf(pdfPath: string): Promise<Result<void, PrintFailure>> {
  const window = new BrowserWindow({ show: false, webPreferences: printWindowWebPreferences() });
  try {
    await window.loadURL(pathToFileURL(pdfPath).href);
    const outcome = await new Promise<{ success: boolean; failureReason: string }>((resolvePromise) => {
      window.webContents.print(cartonLabelPrintOptions(), (success, failureReason) => resolvePromise({ success, failureReason }));
    });
    if (!outcome.success) {
      log.error('label print failed', { pdfPath, reason: outcome.failureReason });
      return err({ code: 'print-failed', pdfPath, detail: outcome.failureReason });
    }
    log.info('label printed', { pdfPath });
    return ok(undefined);
  } catch (error) {
    log.error('label print failed', { pdfPath, error: (error as Error).message });
    return err({ code: 'print-failed', pdfPath, detail: (error as Error).message });
  } finally {
    window.destroy();
  }
}
