import { describe, expect, it } from 'vitest';
import { buildReturnsReport } from '../../../../main/returns/reports/returns-report';
import { useTempDir } from '../../../support/temp-dir';
import { createReturnEvidenceFixture } from '../support/return-evidence-fixture';
import { seedReportReturns } from './support/report-seed';

const tempDir = useTempDir('packtrace-returns-report-');
const now = new Date('2026-03-12T08:00:00.000Z');

function seededReport(filter: Parameters<typeof buildReturnsReport>[1]) {
  const fixture = createReturnEvidenceFixture(tempDir());
  seedReportReturns(fixture);
  const report = buildReturnsReport(fixture.db, filter, now);
  if (!report.ok) {
    throw new Error(JSON.stringify(report.error));
  }
  return report.value;
}

describe('buildReturnsReport', () => {
  it('counts returns per client', () => {
    const report = seededReport({});

    expect(report.byClient).toEqual([
      { clientCode: 'ACME', clientName: 'Acme Retail', returns: 3, unitsExpected: 3, unitsReceived: 4 },
      { clientCode: 'BETA', clientName: 'Beta Mobile', returns: 1, unitsExpected: 2, unitsReceived: 1 },
    ]);
  });

  it('counts returns per product', () => {
    const report = seededReport({});

    expect(report.byProduct).toEqual([
      { clientCode: 'ACME', sku: 'CAM-1', title: 'Product CAM-1', returns: 2, unitsExpected: 2, unitsReceived: 3 },
      { clientCode: 'ACME', sku: 'LENS-2', title: 'Product LENS-2', returns: 1, unitsExpected: 1, unitsReceived: 1 },
      { clientCode: 'BETA', sku: 'PHONE-9', title: 'Phone 9 black 128 GB', returns: 1, unitsExpected: 1, unitsReceived: 1 },
      { clientCode: 'BETA', sku: 'GHOST-1', title: '', returns: 1, unitsExpected: 1, unitsReceived: 0 },
    ]);
  });

  it('counts units per lot', () => {
    const report = seededReport({});

    expect(report.byLot).toEqual([
      { clientCode: 'ACME', sku: 'CAM-1', lot: 'L1', unitsReceived: 2 },
      { clientCode: 'ACME', sku: 'CAM-1', lot: 'L2', unitsReceived: 1 },
      { clientCode: 'ACME', sku: 'LENS-2', lot: null, unitsReceived: 1 },
      { clientCode: 'BETA', sku: 'PHONE-9', lot: 'P7', unitsReceived: 1 },
    ]);
  });

  it('counts returns per reason', () => {
    const report = seededReport({});

    expect(report.byReason).toEqual([
      { reason: 'DEFECTIVE', returns: 2, unitsReceived: 3 },
      { reason: '', returns: 1, unitsReceived: 1 },
      { reason: 'NO_LONGER_NEEDED', returns: 1, unitsReceived: 1 },
    ]);
  });

  it('shares recovery by grade', () => {
    const report = seededReport({});

    expect(report.recoveryByGrade.map((row) => [row.grade, row.units])).toEqual([['A', 1], ['B', 1], ['C', 0], ['D', 1]]);
    expect(report.recoveryByGrade[0]?.share).toBeCloseTo(1 / 3, 10);
    expect(report.recoveryByGrade[2]?.share).toBe(0);
  });

  it('shares recovery by disposition', () => {
    const report = seededReport({});

    expect(report.recoveryByDisposition.map((row) => [row.disposition, row.units])).toEqual([
      ['restock-new', 1],
      ['restock-used', 1],
      ['refurbish', 0],
      ['return-to-vendor', 0],
      ['liquidate', 0],
      ['dispose', 1],
    ]);
    expect(report.recoveryByDisposition.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1, 10);
  });

  it('ages the exception queue', () => {
    const report = seededReport({});

    expect(report.exceptionAge.open).toBe(2);
    expect(report.exceptionAge.oldestAt).toBe('2026-03-05T15:30:00.000Z');
    expect(report.exceptionAge.oldestAgeDays).toBeCloseTo(6.6875, 6);
    expect(report.exceptionAge.buckets).toEqual([
      { bucket: 'under-1-day', count: 0 },
      { bucket: '1-to-3-days', count: 1 },
      { bucket: '3-to-7-days', count: 1 },
      { bucket: 'over-7-days', count: 0 },
    ]);
  });

  it('filters by date, inclusive', () => {
    const report = seededReport({ from: '2026-03-02', to: '2026-03-05' });

    // R1 by its return date and R4 by the day it was opened; R2 and R3 fall outside.
    expect(report.byClient).toEqual([{ clientCode: 'ACME', clientName: 'Acme Retail', returns: 2, unitsExpected: 2, unitsReceived: 3 }]);
    expect(report.recoveryByGrade.map((row) => row.units)).toEqual([0, 1, 0, 1]);
    expect(report.exceptionAge.open).toBe(2);
  });

  it('filters by client', () => {
    const report = seededReport({ clientCode: 'beta' });

    expect(report.byClient.map((row) => row.clientCode)).toEqual(['BETA']);
    expect(report.byReason).toEqual([{ reason: 'DEFECTIVE', returns: 1, unitsReceived: 1 }]);
    expect(report.exceptionAge.open).toBe(0);
    expect(report.exceptionAge.oldestAgeDays).toBeNull();
  });

  it('reports an empty store', () => {
    const fixture = createReturnEvidenceFixture(tempDir());

    const report = buildReturnsReport(fixture.db, {}, now);

    expect(report.ok && report.value.byClient).toEqual([]);
    expect(report.ok && report.value.recoveryByGrade.every((row) => row.units === 0 && row.share === 0)).toBe(true);
  });

  it.each([
    [{ clientCode: 'NOPE' }, { code: 'returns-report-client-not-found', clientCode: 'NOPE' }],
    [{ from: '2026-02-30' }, { code: 'returns-report-date-invalid', date: '2026-02-30' }],
    [{ to: '03/01/2026' }, { code: 'returns-report-date-invalid', date: '03/01/2026' }],
    [{ from: '2026-04-01', to: '2026-03-01' }, { code: 'returns-report-dates-reversed', from: '2026-04-01', to: '2026-03-01' }],
  ])('rejects filter %j', (filter, error) => {
    const fixture = createReturnEvidenceFixture(tempDir());

    const report = buildReturnsReport(fixture.db, filter, now);

    expect(report.ok ? null : report.error).toEqual(error);
  });
});
