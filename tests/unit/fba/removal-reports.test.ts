import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeTrackingNumber, parseRemovalReport } from '../../../main/fba/removal-reports';
import { amazonFixture } from './amazon-fixtures';
import { orderReportName, orderRow, reportLike, shipmentReportName, shipmentRow } from './removal-test-reports';

describe('parseRemovalReport', () => {
  it('reads removal order detail', () => {
    const report = parseRemovalReport('orders.txt', reportLike(orderReportName, [orderRow]));
    expect(report.ok).toBe(true);
    if (!report.ok) return;

    expect(report.value.kind).toBe('removal-orders');
    expect(report.value.rows[0]).toMatchObject({ orderId: 'RMV-1001', fnsku: 'X00ABC1234', requestedQuantity: 3, cancelledQuantity: 0, shippedQuantity: 3 });
  });

  it('reads removal shipment detail', () => {
    const report = parseRemovalReport('shipments.txt', reportLike(shipmentReportName, [{ ...shipmentRow, 'tracking-number': '1z 999aa1 0123456784', fnsku: 'x00abc1234' }]));
    expect(report.ok).toBe(true);
    if (!report.ok) return;

    expect(report.value.kind).toBe('removal-shipments');
    expect(report.value.rows[0]).toMatchObject({ trackingNumber: '1Z999AA10123456784', fnsku: 'X00ABC1234', shippedQuantity: 2, carrier: 'UPS' });
  });

  it.each([orderReportName, shipmentReportName])('rejects the header-only fixture %s', (name) => {
    const report = parseRemovalReport(name, readFileSync(amazonFixture(name)));
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.error.code).toBe('import-invalid-value');
    expect(report.error.row).toBe(2);
  });

  it('rejects a shipment line without tracking number', () => {
    const report = parseRemovalReport('shipments.txt', reportLike(shipmentReportName, [{ ...shipmentRow, 'tracking-number': '' }]));
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.error.column).toBe('tracking-number');
  });

  it('rejects a zero shipped quantity', () => {
    const report = parseRemovalReport('shipments.txt', reportLike(shipmentReportName, [{ ...shipmentRow, 'shipped-quantity': '0' }]));
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.error.column).toBe('shipped-quantity');
  });

  it('rejects a malformed FNSKU', () => {
    const report = parseRemovalReport('orders.txt', reportLike(orderReportName, [{ ...orderRow, fnsku: 'X00ABC123' }]));
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.error.column).toBe('fnsku');
  });
});

describe('normalizeTrackingNumber', () => {
  it('removes spaces and upper-cases', () => {
    expect(normalizeTrackingNumber(' 1z 999 aa1 ')).toBe('1Z999AA1');
    expect(normalizeTrackingNumber('   ')).toBeNull();
  });
});
