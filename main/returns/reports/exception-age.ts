import type Database from 'better-sqlite3';
import { prepared } from '../../store/statement-cache';

export const exceptionAgeBuckets = ['under-1-day', '1-to-3-days', '3-to-7-days', 'over-7-days'] as const;

export type ExceptionAgeBucket = (typeof exceptionAgeBuckets)[number];

export interface ExceptionQueueAge {
  /** Units waiting in the exception queue now. */
  readonly open: number;
  readonly oldestAt: string | null;
  /** Age of the oldest waiting unit in days (fractional), null when the queue is empty. */
  readonly oldestAgeDays: number | null;
  readonly buckets: ReadonlyArray<{ readonly bucket: ExceptionAgeBucket; readonly count: number }>;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Measures the exception queue as it is at `now`: the units still waiting for a supervisor
 * (stage 'exception'), the oldest one, and how many have waited under 1 day, 1 to 3, 3 to 7 and
 * over 7 days (lower bounds inclusive). The report's dates do not apply, because the queue is a
 * state at `now` and not a count over a period. `clientId` limits it to one client's returns.
 */
export function measureExceptionQueue(db: Database.Database, clientId: number | null, now: Date): ExceptionQueueAge {
  const rows = prepared<[number | null, number | null], { created_at: string }>(
    db,
    `SELECT ru.created_at FROM return_units ru JOIN returns r ON r.id = ru.return_id
      WHERE ru.stage = 'exception' AND (? IS NULL OR r.client_id = ?)
      ORDER BY ru.created_at`,
  ).all(clientId, clientId);

  const counts = new Map<ExceptionAgeBucket, number>(exceptionAgeBuckets.map((bucket) => [bucket, 0]));
  for (const row of rows) {
    const bucket = bucketOf((now.getTime() - Date.parse(row.created_at)) / dayMs);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }

  const oldestAt = rows[0]?.created_at ?? null;
  return {
    open: rows.length,
    oldestAt,
    oldestAgeDays: oldestAt === null ? null : Math.max(0, (now.getTime() - Date.parse(oldestAt)) / dayMs),
    buckets: exceptionAgeBuckets.map((bucket) => ({ bucket, count: counts.get(bucket) ?? 0 })),
  };
}

function bucketOf(ageDays: number): ExceptionAgeBucket {
  if (ageDays < 1) {
    return 'under-1-day';
  }
  if (ageDays < 3) {
    return '1-to-3-days';
  }
  if (ageDays < 7) {
    return '3-to-7-days';
  }
  return 'over-7-days';
}
