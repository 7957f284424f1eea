import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../../core/result';
import { findClientByCode } from '../../store/clients';

/** The returns a report covers: those dated `from` to `to` (inclusive, YYYY-MM-DD) of one client. */
export interface ReturnsReportFilter {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly clientCode?: string | undefined;
}

export type ReturnsReportFilterError =
  | { readonly code: 'returns-report-client-not-found'; readonly clientCode: string }
  | { readonly code: 'returns-report-date-invalid'; readonly date: string }
  | { readonly code: 'returns-report-dates-reversed'; readonly from: string; readonly to: string };

/** A checked filter as SQL: a condition on the `returns` row aliased `r`, and its parameters. */
export interface ReturnsFilterSql {
  readonly where: string;
  readonly params: ReadonlyArray<string | number>;
  readonly clientId: number | null;
}

/**
 * SQL expression of a return's date: the customer's return date when the return carries one
 * (the Amazon returns report does), else the day the desk opened it. Both are ISO text, so the
 * first ten characters are the UTC date.
 */
export const returnDaySql = 'substr(coalesce(r.return_date, r.created_at), 1, 10)';

/** Checks the filter's dates and client, and turns it into a condition on `returns r`. */
export function returnsFilterSql(db: Database.Database, filter: ReturnsReportFilter): Result<ReturnsFilterSql, ReturnsReportFilterError> {
  for (const date of [filter.from, filter.to]) {
    if (date !== undefined && !isCalendarDate(date)) {
      return err({ code: 'returns-report-date-invalid', date });
    }
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to) {
    return err({ code: 'returns-report-dates-reversed', from: filter.from, to: filter.to });
  }

  const conditions: string[] = [];
  const params: Array<string | number> = [];
  let clientId: number | null = null;
  if (filter.clientCode !== undefined) {
    const client = findClientByCode(db, filter.clientCode);
    if (client === undefined) {
      return err({ code: 'returns-report-client-not-found', clientCode: filter.clientCode });
    }
    clientId = client.id;
    conditions.push('r.client_id = ?');
    params.push(client.id);
  }
  if (filter.from !== undefined) {
    conditions.push(`${returnDaySql} >= ?`);
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    conditions.push(`${returnDaySql} <= ?`);
    params.push(filter.to);
  }
  return ok({ where: conditions.length === 0 ? '1 = 1' : conditions.join(' AND '), params, clientId });
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return false;
  }
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}
