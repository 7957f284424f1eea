import type Database from 'better-sqlite3';
import { ok, type Result } from '../../core/result';
import { type ExceptionQueueAge, measureExceptionQueue } from './exception-age';
import { recoveryByDisposition, type RecoveryByDispositionRow, recoveryByGrade, type RecoveryByGradeRow } from './recovery';
import { type ReturnsFilterSql, type ReturnsReportFilter, type ReturnsReportFilterError, returnsFilterSql } from './report-filter';
import {
  returnsByClient,
  type ReturnsByClientRow,
  returnsByLot,
  type ReturnsByLotRow,
  returnsByProduct,
  type ReturnsByProductRow,
  returnsByReason,
  type ReturnsByReasonRow,
} from './returns-counts';

/** The returns report: returns per client, product, lot and reason, recovery, and the exception queue's age. */
export interface ReturnsReport {
  readonly from: string | null;
  readonly to: string | null;
  readonly clientCode: string | null;
  readonly generatedAt: string;
  readonly byClient: ReadonlyArray<ReturnsByClientRow>;
  readonly byProduct: ReadonlyArray<ReturnsByProductRow>;
  readonly byLot: ReadonlyArray<ReturnsByLotRow>;
  readonly byReason: ReadonlyArray<ReturnsByReasonRow>;
  readonly recoveryByGrade: ReadonlyArray<RecoveryByGradeRow>;
  readonly recoveryByDisposition: ReadonlyArray<RecoveryByDispositionRow>;
  readonly exceptionAge: ExceptionQueueAge;
}

/**
 * Builds the returns report over the returns the filter selects, reading in one transaction so
 * the tables agree with each other. The exception queue's age is measured at `now` for the
 * filter's client, whatever the dates. Writes nothing.
 */
export function buildReturnsReport(db: Database.Database, filter: ReturnsReportFilter, now: Date = new Date()): Result<ReturnsReport, ReturnsReportFilterError> {
  const sql = returnsFilterSql(db, filter);
  if (!sql.ok) {
    return sql;
  }

  const read = db.transaction((where: ReturnsFilterSql): ReturnsReport => ({
    from: filter.from ?? null,
    to: filter.to ?? null,
    clientCode: filter.clientCode ?? null,
    generatedAt: now.toISOString(),
    byClient: returnsByClient(db, where),
    byProduct: returnsByProduct(db, where),
    byLot: returnsByLot(db, where),
    byReason: returnsByReason(db, where),
    recoveryByGrade: recoveryByGrade(db, where),
    recoveryByDisposition: recoveryByDisposition(db, where),
    exceptionAge: measureExceptionQueue(db, where.clientId, now),
  }));
  return ok(read.deferred(sql.value));
}
