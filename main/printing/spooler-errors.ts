import { assertNever } from '../core/assert';

/** Expected failures of an OS spooler driver, each with a stable code and the client's own output. */
export type SpoolerError =
  | { readonly code: 'spooler-unsupported-platform'; readonly platform: string; readonly detail: string }
  | { readonly code: 'spooler-not-installed'; readonly command: string; readonly detail: string }
  | { readonly code: 'spooler-not-running'; readonly server?: string; readonly detail: string }
  | { readonly code: 'spooler-timed-out'; readonly command: string; readonly queue: string; readonly detail: string }
  | { readonly code: 'printer-queue-invalid'; readonly queue: string; readonly detail: string }
  | { readonly code: 'printer-queue-not-found'; readonly queue: string; readonly detail: string }
  | { readonly code: 'print-job-failed'; readonly queue: string; readonly detail: string };

/** Describes a spooler failure in one English sentence for the log and the print-failed message: what failed and what to do. */
export function describeSpoolerError(error: SpoolerError): string {
  switch (error.code) {
    case 'spooler-unsupported-platform':
      return `The CUPS driver does not run on ${error.platform}. Unset PACKTRACE_PRINTER to print through the app.`;
    case 'spooler-not-installed':
      return `${error.command} is not installed. Install the CUPS client (Debian: cups-client).`;
    case 'spooler-not-running':
      return `The CUPS scheduler${error.server === undefined ? '' : ` at ${error.server}`} is not running or not reachable. Start cupsd and print again.`;
    case 'spooler-timed-out':
      return `${error.command} timed out for queue "${error.queue}". Check that cupsd responds (lpstat -r).`;
    case 'printer-queue-invalid':
      return `"${error.queue}" is not a valid CUPS queue name. ${error.detail}.`;
    case 'printer-queue-not-found':
      return `Printer queue "${error.queue}" was not found. Check PACKTRACE_PRINTER against lpstat -p.`;
    case 'print-job-failed':
      return `Printing on queue "${error.queue}" failed: ${error.detail}`;
    default:
      return assertNever(error, 'spooler error');
  }
}
