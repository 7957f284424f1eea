import type { Result } from '../core/result';
import type { PrintFormat } from './printer-profiles';

/** One job handed to a driver: the rendered bytes and where they go. */
export interface DeliveryRequest {
  readonly jobId: number;
  readonly title: string;
  readonly format: PrintFormat;
  readonly payload: Buffer;
  readonly mediaWidthMm: number;
  readonly mediaHeightMm: number;
  /** The profile's target: folder, CUPS queue, `host:port` or OS printer name. */
  readonly target: string;
}

/**
 * A failed delivery. `delivered: 'no'` means the printer or spooler took no byte, so the job
 * may be sent again. `'unknown'` means it may have printed, so it must not be sent again without
 * an operator's reprint. `permanent` marks a failure that repeating cannot fix.
 */
export interface DeliveryFailure {
  readonly delivered: 'no' | 'unknown';
  readonly permanent: boolean;
  readonly code: string;
  readonly detail: string;
}

/** Sends one job. Resolves with the spooler's job id where it has one, and never throws for printer errors. */
export type PrintDriver = (request: DeliveryRequest) => Promise<Result<{ readonly spoolerJobId: string | null }, DeliveryFailure>>;
