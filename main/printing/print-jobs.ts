import type Database from 'better-sqlite3';
import { type Result, err, ok } from '../core/result';
import { prepared } from '../store/statement-cache';
import { inWriteTransaction, nowIso } from '../store/write-transaction';
import type { PrintFormat } from './printer-profiles';

/**
 * The print job queue in the store. A job moves `queued` → `sending` → `sent`. A failure before
 * the printer took any byte sends it back to `queued` (retried later) or to `failed` (the driver
 * can never succeed, such as a missing queue). A failure after bytes may have reached the printer,
 * or a crash during `sending`, makes it `uncertain`, and it is never sent again by itself.
 * `voided` jobs are never sent. Printing a job again always creates a new job (`reprint_of`).
 */

export type PrintJobStatus = 'queued' | 'sending' | 'sent' | 'uncertain' | 'failed' | 'voided';

export interface PrintJob {
  readonly id: number;
  /** Caller's idempotency key: enqueuing the same key twice returns the first job. */
  readonly requestKey: string;
  readonly stationId: string;
  readonly operatorId: number | null;
  readonly profileId: number;
  readonly labelKind: string;
  readonly title: string;
  readonly format: PrintFormat;
  readonly mediaWidthMm: number;
  readonly mediaHeightMm: number;
  readonly status: PrintJobStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly nextAttemptAt: string;
  readonly spoolerJobId: string | null;
  readonly reprintOf: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

interface JobRow {
  id: number;
  request_key: string;
  station_id: string;
  operator_id: number | null;
  profile_id: number;
  label_kind: string;
  title: string;
  format: PrintFormat;
  media_width_mm: number;
  media_height_mm: number;
  status: PrintJobStatus;
  attempts: number;
  last_error: string | null;
  next_attempt_at: string;
  spooler_job_id: string | null;
  reprint_of: number | null;
  created_at: string;
  updated_at: string;
}

const jobColumns =
  'id, request_key, station_id, operator_id, profile_id, label_kind, title, format, media_width_mm, media_height_mm, status, attempts, last_error, next_attempt_at, spooler_job_id, reprint_of, created_at, updated_at';

function toJob(row: JobRow): PrintJob {
  return {
    id: row.id,
    requestKey: row.request_key,
    stationId: row.station_id,
    operatorId: row.operator_id,
    profileId: row.profile_id,
    labelKind: row.label_kind,
    title: row.title,
    format: row.format,
    mediaWidthMm: row.media_width_mm,
    mediaHeightMm: row.media_height_mm,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
    spoolerJobId: row.spooler_job_id,
    reprintOf: row.reprint_of,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A rendered label ready to be stored as a job. */
export interface NewPrintJob {
  readonly requestKey: string;
  readonly stationId: string;
  readonly operatorId: number | null;
  readonly profileId: number;
  readonly labelKind: string;
  readonly title: string;
  readonly format: PrintFormat;
  readonly mediaWidthMm: number;
  readonly mediaHeightMm: number;
  readonly payload: Buffer;
  readonly reprintOf?: number | null;
}

/** Inserts a queued job, or returns the existing job of the same request key unchanged. */
export function insertPrintJob(db: Database.Database, job: NewPrintJob): PrintJob {
  return inWriteTransaction(db, () => {
    const existing = findPrintJobByRequestKey(db, job.requestKey);
    if (existing !== undefined) {
      return existing;
    }
    const now = nowIso();
    const row = prepared<unknown[], JobRow>(
      db,
      `INSERT INTO print_jobs (request_key, station_id, operator_id, profile_id, label_kind, title, format, media_width_mm, media_height_mm,
         payload, status, attempts, next_attempt_at, reprint_of, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?, ?) RETURNING ${jobColumns}`,
    ).get(
      job.requestKey,
      job.stationId,
      job.operatorId,
      job.profileId,
      job.labelKind,
      job.title,
      job.format,
      job.mediaWidthMm,
      job.mediaHeightMm,
      job.payload,
      now,
      job.reprintOf ?? null,
      now,
      now,
    );
    if (row === undefined) {
      throw new Error(`Print job ${job.requestKey} was not inserted`);
    }
    return toJob(row);
  });
}

export function findPrintJobByRequestKey(db: Database.Database, requestKey: string): PrintJob | undefined {
  const row = prepared<unknown[], JobRow>(db, `SELECT ${jobColumns} FROM print_jobs WHERE request_key = ?`).get(requestKey);
  return row === undefined ? undefined : toJob(row);
}

export function getPrintJob(db: Database.Database, id: number): PrintJob | undefined {
  const row = prepared<unknown[], JobRow>(db, `SELECT ${jobColumns} FROM print_jobs WHERE id = ?`).get(id);
  return row === undefined ? undefined : toJob(row);
}

/** Returns the stored label bytes of a job. */
export function readPrintJobPayload(db: Database.Database, id: number): Buffer {
  const row = prepared<unknown[], { payload: Buffer }>(db, 'SELECT payload FROM print_jobs WHERE id = ?').get(id);
  if (row === undefined) {
    throw new Error(`Print job ${id} does not exist`);
  }
  return row.payload;
}

/** Lists the station's most recent jobs, newest first. */
export function listPrintJobs(db: Database.Database, stationId: string, limit = 200): ReadonlyArray<PrintJob> {
  return prepared<unknown[], JobRow>(db, `SELECT ${jobColumns} FROM print_jobs WHERE station_id = ? ORDER BY id DESC LIMIT ?`)
    .all(stationId, limit)
    .map(toJob);
}

/**
 * Claims the oldest due queued job of the station: sets it to `sending` and counts the attempt,
 * in one write transaction, so two workers never claim the same job. Returns undefined when no
 * job is due at `now`.
 */
export function claimNextPrintJob(db: Database.Database, stationId: string, now: string = nowIso()): PrintJob | undefined {
  return inWriteTransaction(db, () => {
    const row = prepared<unknown[], JobRow>(
      db,
      `UPDATE print_jobs SET status = 'sending', attempts = attempts + 1, updated_at = ?
       WHERE id = (SELECT id FROM print_jobs WHERE status = 'queued' AND station_id = ? AND next_attempt_at <= ? ORDER BY id LIMIT 1)
       RETURNING ${jobColumns}`,
    ).get(now, stationId, now);
    return row === undefined ? undefined : toJob(row);
  });
}

/** Outcome of one send attempt, as the worker records it. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly spoolerJobId: string | null }
  | { readonly kind: 'not-delivered'; readonly error: string; readonly retryAt: string }
  | { readonly kind: 'rejected'; readonly error: string }
  | { readonly kind: 'maybe-delivered'; readonly error: string };

/** Records the outcome of sending a job that is in `sending`. Throws when the job is in another state. */
export function recordSendOutcome(db: Database.Database, id: number, outcome: SendOutcome): PrintJob {
  const now = nowIso();
  const update = (sql: string, ...params: unknown[]): PrintJob => {
    const row = prepared<unknown[], JobRow>(db, `${sql} WHERE id = ? AND status = 'sending' RETURNING ${jobColumns}`).get(...params, id);
    if (row === undefined) {
      throw new Error(`Print job ${id} is not being sent`);
    }
    return toJob(row);
  };

  return inWriteTransaction(db, () => {
    switch (outcome.kind) {
      case 'sent':
        return update(`UPDATE print_jobs SET status = 'sent', last_error = NULL, spooler_job_id = ?, updated_at = ?`, outcome.spoolerJobId, now);
      case 'not-delivered':
        return update(`UPDATE print_jobs SET status = 'queued', last_error = ?, next_attempt_at = ?, updated_at = ?`, outcome.error, outcome.retryAt, now);
      case 'rejected':
        return update(`UPDATE print_jobs SET status = 'failed', last_error = ?, updated_at = ?`, outcome.error, now);
      case 'maybe-delivered':
        return update(`UPDATE print_jobs SET status = 'uncertain', last_error = ?, updated_at = ?`, outcome.error, now);
    }
  });
}

/**
 * Marks every job of the station still in `sending` as `uncertain`. The worker calls this when
 * it starts, because such a job was interrupted by a crash and may have printed. Returns the jobs.
 */
export function markInterruptedJobsUncertain(db: Database.Database, stationId: string): ReadonlyArray<PrintJob> {
  return inWriteTransaction(db, () =>
    prepared<unknown[], JobRow>(
      db,
      `UPDATE print_jobs SET status = 'uncertain', last_error = 'Interrupted while sending; the printer may have printed it', updated_at = ?
       WHERE station_id = ? AND status = 'sending' RETURNING ${jobColumns}`,
    )
      .all(nowIso(), stationId)
      .map(toJob),
  );
}

export type JobStateError = { readonly code: 'print-job-not-found'; readonly jobId: number } | { readonly code: 'print-job-state-invalid'; readonly jobId: number; readonly status: PrintJobStatus };

/** Moves a job from one of `from` to `to` in the caller's transaction, or returns why not. */
export function changePrintJobStatus(db: Database.Database, id: number, from: ReadonlyArray<PrintJobStatus>, to: PrintJobStatus): Result<PrintJob, JobStateError> {
  const job = getPrintJob(db, id);
  if (job === undefined) {
    return err({ code: 'print-job-not-found', jobId: id });
  }
  if (!from.includes(job.status)) {
    return err({ code: 'print-job-state-invalid', jobId: id, status: job.status });
  }
  const row = prepared<unknown[], JobRow>(db, `UPDATE print_jobs SET status = ?, next_attempt_at = ?, updated_at = ? WHERE id = ? RETURNING ${jobColumns}`).get(
    to,
    nowIso(),
    nowIso(),
    id,
  );
  if (row === undefined) {
    throw new Error(`Print job ${id} vanished during a status change`);
  }
  return ok(toJob(row));
}
