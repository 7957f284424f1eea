import { assertNever } from '../../core/assert';
import { type CsvColumn, type CsvDialect, writeCsv } from '../../exports/csv-dialects';
import type { returnsReportTables } from '../../api/channels/return-evidence-channels';
import type { ExceptionQueueAge } from './exception-age';
import type { RecoveryByDispositionRow, RecoveryByGradeRow } from './recovery';
import type { ReturnsReport } from './returns-report';
import type { ReturnsByClientRow, ReturnsByLotRow, ReturnsByProductRow, ReturnsByReasonRow } from './returns-counts';

export type ReturnsReportTable = (typeof returnsReportTables)[number];

const identifier = <Row>(header: string, value: (row: Row) => string | null): CsvColumn<Row> => ({ header, kind: 'identifier', value });
const text = <Row>(header: string, value: (row: Row) => string | null): CsvColumn<Row> => ({ header, kind: 'text', value });
const number = <Row>(header: string, value: (row: Row) => number | null): CsvColumn<Row> => ({ header, kind: 'number', value });

// Shares are written as fractions rounded to four places (0.3333), so a sheet can format them as percent.
const roundShare = (share: number): number => Math.round(share * 10_000) / 10_000;

const byClientColumns: ReadonlyArray<CsvColumn<ReturnsByClientRow>> = [
  identifier('client_code', (row) => row.clientCode),
  text('client_name', (row) => row.clientName),
  number('returns', (row) => row.returns),
  number('units_expected', (row) => row.unitsExpected),
  number('units_received', (row) => row.unitsReceived),
];

const byProductColumns: ReadonlyArray<CsvColumn<ReturnsByProductRow>> = [
  identifier('client_code', (row) => row.clientCode),
  identifier('sku', (row) => row.sku),
  text('title', (row) => row.title),
  number('returns', (row) => row.returns),
  number('units_expected', (row) => row.unitsExpected),
  number('units_received', (row) => row.unitsReceived),
];

const byLotColumns: ReadonlyArray<CsvColumn<ReturnsByLotRow>> = [
  identifier('client_code', (row) => row.clientCode),
  identifier('sku', (row) => row.sku),
  identifier('lot', (row) => row.lot),
  number('units_received', (row) => row.unitsReceived),
];

const byReasonColumns: ReadonlyArray<CsvColumn<ReturnsByReasonRow>> = [
  text('reason', (row) => row.reason),
  number('returns', (row) => row.returns),
  number('units_received', (row) => row.unitsReceived),
];

const byGradeColumns: ReadonlyArray<CsvColumn<RecoveryByGradeRow>> = [
  text('grade', (row) => row.grade),
  number('units', (row) => row.units),
  number('share', (row) => roundShare(row.share)),
];

const byDispositionColumns: ReadonlyArray<CsvColumn<RecoveryByDispositionRow>> = [
  text('disposition', (row) => row.disposition),
  number('units', (row) => row.units),
  number('share', (row) => roundShare(row.share)),
];

const exceptionAgeColumns: ReadonlyArray<CsvColumn<ExceptionQueueAge['buckets'][number]>> = [
  text('age', (row) => row.bucket),
  number('units', (row) => row.count),
];

/**
 * Writes one table of the returns report as CSV in `dialect`. Client codes, SKUs and lots are
 * identifiers (text in Excel, never numbers), counts and shares are numbers, and titles and
 * reasons are text made formula-safe.
 */
export function returnsReportCsv(report: ReturnsReport, table: ReturnsReportTable, dialect: CsvDialect): string {
  switch (table) {
    case 'by-client':
      return writeCsv(byClientColumns, report.byClient, dialect);
    case 'by-product':
      return writeCsv(byProductColumns, report.byProduct, dialect);
    case 'by-lot':
      return writeCsv(byLotColumns, report.byLot, dialect);
    case 'by-reason':
      return writeCsv(byReasonColumns, report.byReason, dialect);
    case 'recovery-by-grade':
      return writeCsv(byGradeColumns, report.recoveryByGrade, dialect);
    case 'recovery-by-disposition':
      return writeCsv(byDispositionColumns, report.recoveryByDisposition, dialect);
    case 'exception-age':
      return writeCsv(exceptionAgeColumns, report.exceptionAge.buckets, dialect);
    default:
      return assertNever(table, 'returns report table');
  }
}
