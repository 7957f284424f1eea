import { createLogger } from '../../core/logger';
import { err, ok } from '../../core/result';
import { returnsReportCsv } from '../../returns/reports/report-csv';
import { buildReturnsReport, type ReturnsReport } from '../../returns/reports/returns-report';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { returnEvidenceError } from './return-evidence-errors';
import type { StationSession } from './service-support';

const log = createLogger('returns-report');

// The contract's arrays are mutable, so the report's read-only arrays are copied.
function reportView(report: ReturnsReport) {
  return {
    ...report,
    byClient: report.byClient.map((row) => ({ ...row })),
    byProduct: report.byProduct.map((row) => ({ ...row })),
    byLot: report.byLot.map((row) => ({ ...row })),
    byReason: report.byReason.map((row) => ({ ...row })),
    recoveryByGrade: report.recoveryByGrade.map((row) => ({ ...row })),
    recoveryByDisposition: report.recoveryByDisposition.map((row) => ({ ...row })),
    exceptionAge: { ...report.exceptionAge, buckets: report.exceptionAge.buckets.map((row) => ({ ...row })) },
  };
}

/** Builds the handlers of returns.report and returns.reportCsv. */
export function createReturnsReportServices(context: StationContext, _session: StationSession): Pick<Services, 'returns.report' | 'returns.reportCsv'> {
  return {
    'returns.report': (request) => {
      const report = buildReturnsReport(context.db, request);
      if (!report.ok) {
        log.info('returns report rejected', { code: report.error.code });
        return err(returnEvidenceError(report.error));
      }
      return ok(reportView(report.value));
    },

    'returns.reportCsv': (request) => {
      const report = buildReturnsReport(context.db, request);
      if (!report.ok) {
        log.info('returns report CSV rejected', { code: report.error.code, table: request.table });
        return err(returnEvidenceError(report.error));
      }

      const csv = returnsReportCsv(report.value, request.table, request.dialect);
      const period = `${request.from ?? 'start'}-to-${request.to ?? 'today'}`;
      const client = request.clientCode === undefined ? '' : `-${request.clientCode.toUpperCase().replace(/[^A-Z0-9_-]/g, '_')}`;
      return ok({ fileName: `returns-${request.table}${client}-${period}.csv`, contentBase64: Buffer.from(csv, 'utf8').toString('base64') });
    },
  };
}
