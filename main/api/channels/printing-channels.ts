/**
 * Printing's part of the contract: the print queue and the printer profiles. This file must stay
 * free of Node imports because the renderer type-checks against it.
 */
import { z } from 'zod';

const jobId = z.number().int().positive();
const reason = z.string().trim().min(1).max(500);
/** Idempotency key made where the operator pressed the button, so a resent request acts once. */
const requestKey = z.string().min(8).max(100);

export const printJobSchema = z.object({
  id: jobId,
  labelKind: z.string(),
  title: z.string(),
  format: z.enum(['pdf', 'zpl']),
  mediaWidthMm: z.number(),
  mediaHeightMm: z.number(),
  status: z.enum(['queued', 'sending', 'sent', 'uncertain', 'failed', 'voided']),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().nullable(),
  reprintOf: jobId.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const printerProfileSchema = z.object({
  labelKind: z.string().trim().min(1).max(32),
  printerName: z.string().trim().min(1).max(100),
  driver: z.enum(['pdf-folder', 'cups', 'raw-tcp', 'electron']),
  target: z.string().trim().min(1).max(500),
  format: z.enum(['pdf', 'zpl']),
  mediaWidthMm: z.number().positive().max(500),
  mediaHeightMm: z.number().positive().max(2000),
  dpi: z.union([z.literal(203), z.literal(300)]),
});

const operatorRequest = z.object({ jobId, reason, requestKey });

/** Channels of the print queue screen. */
export const printingChannels = {
  /** Lists the station's most recent print jobs, newest first; writes nothing. */
  'printing.jobs': { request: z.object({}), response: z.array(printJobSchema) },
  'printing.profiles': { request: z.object({}), response: z.array(printerProfileSchema) },
  'printing.saveProfile': { request: printerProfileSchema, response: printerProfileSchema },
  /** Queues the stored label of a job again as a new job, with the operator's reason. */
  'printing.reprint': { request: operatorRequest, response: printJobSchema },
  /** Cancels a queued, failed or uncertain job, with the operator's reason. */
  'printing.void': { request: operatorRequest, response: printJobSchema },
  /** Records that an uncertain job did print, as the operator saw on the printer. */
  'printing.confirm': { request: operatorRequest, response: printJobSchema },
  /** Puts a failed job back in the queue; nothing of it was printed, so no reason is needed. */
  'printing.retry': { request: z.object({ jobId }), response: printJobSchema },
} as const;
