import { describe, expect, it } from 'vitest';
import { contract } from '../../../../main/api/contract';
import { useTempDir } from '../../../support/temp-dir';
import { evidenceServices } from '../support/evidence-services';
import { createReturnEvidenceFixture } from '../support/return-evidence-fixture';
import { seedReportReturns } from './support/report-seed';

const tempDir = useTempDir('packtrace-report-services-');

describe('returns report services', () => {
  it('answers the report contract', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    seedReportReturns(fixture);

    const report = await evidenceServices(fixture)['returns.report']({ from: '2026-03-01' });

    expect(report.ok).toBe(true);
    expect(contract['returns.report'].response.safeParse(report.ok ? report.value : null).success).toBe(true);
  });

  it('names the CSV file by filter', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    seedReportReturns(fixture);

    const csv = await evidenceServices(fixture)['returns.reportCsv']({ clientCode: 'acme', to: '2026-03-31', table: 'by-product', dialect: 'standard' });

    expect(csv.ok && csv.value.fileName).toBe('returns-by-product-ACME-start-to-2026-03-31.csv');
    expect(csv.ok && Buffer.from(csv.value.contentBase64, 'base64').toString('utf8')).toContain('ACME,CAM-1,Product CAM-1,2,2,3');
  });

  it('translates a rejected filter', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());

    const report = await evidenceServices(fixture)['returns.report']({ from: '2026-05-01', to: '2026-04-01' });

    expect(report.ok ? null : report.error.message).toEqual({ key: 'return-evidence:error.returns-report-dates-reversed', params: { from: '2026-05-01', to: '2026-04-01' } });
  });

  it('contract rejects a malformed date', () => {
    expect(contract['returns.report'].request.safeParse({ from: '1.3.2026' }).success).toBe(false);
  });
});
