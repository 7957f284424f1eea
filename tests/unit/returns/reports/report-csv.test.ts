import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { returnsReportTables } from '../../../../main/api/channels/return-evidence-channels';
import { returnsReportCsv } from '../../../../main/returns/reports/report-csv';
import { buildReturnsReport, type ReturnsReport } from '../../../../main/returns/reports/returns-report';
import { useTempDir } from '../../../support/temp-dir';
import { createReturnEvidenceFixture } from '../support/return-evidence-fixture';
import { seedReportReturns } from './support/report-seed';

const tempDir = useTempDir('packtrace-report-csv-');

function seededReport(): ReturnsReport {
  const fixture = createReturnEvidenceFixture(tempDir());
  seedReportReturns(fixture);
  // A lot and a reason that a spreadsheet would read as a number and as a formula.
  const unitId = fixture.insertUnit(fixture.cameraId, 'SN001099', 'in-stock', '000123');
  const returnId = fixture.insertReturn({ reference: 'RMA-R9', reason: '=HYPERLINK("http://127.0.0.1")', returnDate: '2026-03-03' });
  fixture.insertReturnUnit({ returnId, unitId, grade: 'C', amazonCondition: 'Used - Good', disposition: 'liquidate' });
  const report = buildReturnsReport(fixture.db, {}, new Date('2026-03-12T08:00:00.000Z'));
  if (!report.ok) {
    throw new Error(JSON.stringify(report.error));
  }
  return report.value;
}

describe('returnsReportCsv', () => {
  it('writes the standard dialect', () => {
    const csv = returnsReportCsv(seededReport(), 'by-client', 'standard');

    expect(csv.split('\r\n').slice(0, 3)).toEqual(['client_code,client_name,returns,units_expected,units_received', 'ACME,Acme Retail,4,3,5', 'BETA,Beta Mobile,1,2,1']);
  });

  it('writes the Excel-EU dialect', () => {
    const csv = returnsReportCsv(seededReport(), 'recovery-by-grade', 'excel-eu');

    expect(csv.startsWith('\uFEFFgrade;units;share\r\n')).toBe(true);
    expect(csv).toContain('A;1;0,25\r\n');
  });

  it('keeps lots as text in Excel', () => {
    const csv = returnsReportCsv(seededReport(), 'by-lot', 'excel-eu');
    const rows = parse(csv, { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;

    expect(rows).toContainEqual({ client_code: '="ACME"', sku: '="CAM-1"', lot: '="000123"', units_received: '1' });
  });

  it('neutralizes a formula in a reason', () => {
    const rows = parse(returnsReportCsv(seededReport(), 'by-reason', 'standard'), { columns: true }) as Array<Record<string, string>>;

    expect(rows.map((row) => row.reason)).toContain('\'=HYPERLINK("http://127.0.0.1")');
  });

  it('writes every table in both dialects', () => {
    const report = seededReport();

    for (const table of returnsReportTables) {
      for (const dialect of ['standard', 'excel-eu'] as const) {
        const rows = parse(returnsReportCsv(report, table, dialect), { bom: true, delimiter: dialect === 'standard' ? ',' : ';', columns: true }) as unknown[];
        expect(rows.length, `${table} ${dialect}`).toBeGreaterThan(0);
      }
    }
  });
});
