import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { err, ok } from '../core/result';
import { type CupsClientOptions, printWithCups } from './cups-driver';
import type { DeliveryFailure, DeliveryRequest, PrintDriver } from './print-driver';
import { type SpoolerError, describeSpoolerError } from './spooler-errors';

// Failures that printing again cannot fix until someone changes the setup.
const permanentSpoolerCodes: ReadonlySet<SpoolerError['code']> = new Set(['spooler-unsupported-platform', 'spooler-not-installed', 'printer-queue-invalid']);

function deliveryFailure(error: SpoolerError): DeliveryFailure {
  // A timed-out `lp` may have handed the job to cupsd before it was killed.
  const delivered = error.code === 'spooler-timed-out' ? 'unknown' : 'no';
  return { delivered, permanent: permanentSpoolerCodes.has(error.code), code: error.code, detail: describeSpoolerError(error) };
}

/**
 * Creates a driver that prints through a CUPS queue with `lp`: a PDF unscaled on a custom page of
 * the job's media size, or ZPL with `-o raw` so the printer gets the bytes unchanged. The job is
 * written to a temporary file that is removed once `lp` has returned, because `lp` copies the
 * file into the spool before it exits.
 */
export function createCupsPrintDriver(options: CupsClientOptions = {}): PrintDriver {
  return async (request: DeliveryRequest) => {
    const folder = mkdtempSync(join(tmpdir(), 'packtrace-lp-'));
    const filePath = join(folder, `job-${request.jobId}.${request.format}`);
    try {
      writeFileSync(filePath, request.payload);
      const printed = await printWithCups(
        {
          queue: request.target,
          pdfPath: filePath,
          title: request.title,
          pageWidthMm: request.mediaWidthMm,
          pageHeightMm: request.mediaHeightMm,
          raw: request.format === 'zpl',
        },
        options,
      );
      return printed.ok ? ok({ spoolerJobId: printed.value.jobId }) : err(deliveryFailure(printed.error));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
}
