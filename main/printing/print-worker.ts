import type Database from 'better-sqlite3';
import { createLogger } from '../core/logger';
import type { PrintDriver } from './print-driver';
import { type PrintJob, type SendOutcome, claimNextPrintJob, markInterruptedJobsUncertain, readPrintJobPayload, recordSendOutcome } from './print-jobs';
import { type PrinterDriverKind, getPrinterProfile } from './printer-profiles';

const log = createLogger('print-worker');

export interface PrintWorkerOptions {
  readonly db: Database.Database;
  readonly stationId: string;
  /** Drivers this process can run. A job whose profile names another driver fails with a reason. */
  readonly drivers: Partial<Record<PrinterDriverKind, PrintDriver>>;
  /** Pause between polls of an empty queue. Default 500 ms. */
  readonly pollIntervalMs?: number;
  /** Maximum delay before retrying a printer that took no byte. Default 60 s. */
  readonly maxRetryDelayMs?: number;
}

export interface PrintWorker {
  /** Sends the next due job, if any, and returns it as recorded afterwards. */
  runOnce(): Promise<PrintJob | undefined>;
  /** Starts polling the queue until `stop`. */
  start(): void;
  /** Stops polling and waits for the job being sent, if any. */
  stop(): Promise<void>;
}

// Doubles from 1 s per attempt up to the maximum, so an offline printer is not hammered.
function retryDelayMs(attempts: number, maxRetryDelayMs: number): number {
  return Math.min(maxRetryDelayMs, 1_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Creates the worker that sends queued jobs of one station, one at a time, oldest first. It first
 * marks jobs left in `sending` by a crashed worker as `uncertain`, so they never print twice.
 * Run one worker per station: a second one would take the first one's in-flight jobs for crashed.
 */
export function createPrintWorker(options: PrintWorkerOptions): PrintWorker {
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000;
  let running = false;
  let loop: Promise<void> = Promise.resolve();
  let wake: (() => void) | undefined;

  for (const job of markInterruptedJobsUncertain(options.db, options.stationId)) {
    log.warn('print job interrupted by a crash marked uncertain', { jobId: job.id, title: job.title });
  }

  const send = async (job: PrintJob): Promise<SendOutcome> => {
    const profile = getPrinterProfile(options.db, job.profileId);
    const driver = profile === undefined ? undefined : options.drivers[profile.driver];
    if (profile === undefined || driver === undefined) {
      return { kind: 'rejected', error: `No ${profile?.driver ?? 'printer'} driver runs in this process for profile ${job.profileId}` };
    }

    const delivery = await driver({
      jobId: job.id,
      title: job.title,
      format: job.format,
      payload: readPrintJobPayload(options.db, job.id),
      mediaWidthMm: job.mediaWidthMm,
      mediaHeightMm: job.mediaHeightMm,
      target: profile.target,
    });
    if (delivery.ok) {
      return { kind: 'sent', spoolerJobId: delivery.value.spoolerJobId };
    }
    const error = `${delivery.error.code}: ${delivery.error.detail}`;
    if (delivery.error.delivered === 'unknown') {
      return { kind: 'maybe-delivered', error };
    }
    if (delivery.error.permanent) {
      return { kind: 'rejected', error };
    }
    return { kind: 'not-delivered', error, retryAt: new Date(Date.now() + retryDelayMs(job.attempts, maxRetryDelayMs)).toISOString() };
  };

  const runOnce = async (): Promise<PrintJob | undefined> => {
    const job = claimNextPrintJob(options.db, options.stationId);
    if (job === undefined) {
      return undefined;
    }
    let outcome: SendOutcome;
    try {
      outcome = await send(job);
    } catch (error) {
      // A driver bug after the claim: the bytes may have left, so the job must not be resent by itself.
      outcome = { kind: 'maybe-delivered', error: `Driver failed: ${(error as Error).message}` };
    }
    const recorded = recordSendOutcome(options.db, job.id, outcome);
    if (outcome.kind === 'sent') {
      log.info('print job sent', { jobId: job.id, attempts: recorded.attempts, spoolerJobId: recorded.spoolerJobId });
    } else {
      log.error('print job not sent', { jobId: job.id, attempts: recorded.attempts, status: recorded.status, error: recorded.lastError });
    }
    return recorded;
  };

  const poll = async (): Promise<void> => {
    while (running) {
      const job = await runOnce();
      if (job === undefined && running) {
        await new Promise<void>((resolveWait) => {
          const timer = setTimeout(resolveWait, pollIntervalMs);
          // An idle poll never keeps the process alive; an open station's own handles do that.
          timer.unref();
          wake = () => {
            clearTimeout(timer);
            resolveWait();
          };
        });
        wake = undefined;
      }
    }
  };

  return {
    runOnce,
    start: () => {
      if (running) {
        return;
      }
      running = true;
      loop = poll();
      log.info('print worker started', { stationId: options.stationId });
    },
    stop: async () => {
      running = false;
      wake?.();
      await loop;
      log.info('print worker stopped', { stationId: options.stationId });
    },
  };
}
