import { describe, expect, it } from 'vitest';
import { inspectRemovalUnit, openRemovalReceipt } from '../../../main/fba/removal-receiving';
import { importRemovalReport } from '../../../main/fba/removal-import';
import { useTempDir } from '../../support/temp-dir';
import { createRemovalFixture, removalTracking as tracking } from './removal-test-fixture';
import { orderReportName, orderRow, reportLike } from './removal-test-reports';

describe('removal receiving', () => {
  const tempDir = useTempDir();

  const importedRemoval = () => createRemovalFixture(tempDir());

  it('finds the shipment by tracking number', () => {
    const fixture = importedRemoval();
    const receipt = openRemovalReceipt(fixture.db, ' 1z999aa10123456784 ');
    expect(receipt.ok).toBe(true);
    if (!receipt.ok) return;

    expect(receipt.value.orderIds).toEqual(['RMV-1001']);
    expect(receipt.value.lines.map((line) => [line.fnsku, line.sku, line.expected, line.received, line.serialTracked])).toEqual([
      ['X00ABC1234', 'CAM-1', 2, 0, true],
      ['X002K3ZQ9L', 'LENS-2', 4, 0, false],
    ]);
  });

  it('reports an unknown tracking number', () => {
    const fixture = importedRemoval();
    expect(openRemovalReceipt(fixture.db, '1Z000')).toEqual({ ok: false, error: { code: 'removal-shipment-not-found', trackingNumber: '1Z000' } });
  });

  it('counts decisions against expected', () => {
    const fixture = importedRemoval();
    inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'X002K3ZQ9L', decision: 'restock' });
    inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'X002K3ZQ9L', decision: 'restock' });
    inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'x002k3zq9l', decision: 'dispose', note: 'crushed box' });
    const receipt = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'X00ABC1234', serial: 'SN000451', decision: 'rework' });
    expect(receipt.ok).toBe(true);
    if (!receipt.ok) return;

    const lens = receipt.value.lines.find((line) => line.fnsku === 'X002K3ZQ9L');
    expect(lens?.expected).toBe(4);
    expect(lens?.received).toBe(3);
    expect(lens?.decisions).toEqual({ restock: 2, rework: 0, dispose: 1, 'return-to-client': 0 });
    const camera = receipt.value.lines.find((line) => line.fnsku === 'X00ABC1234');
    expect(camera?.received).toBe(1);
    expect(camera?.decisions.rework).toBe(1);
  });

  it('accepts more units than shipped', () => {
    const fixture = importedRemoval();
    for (const serial of ['SN000451', 'SN000452', 'SN000453']) {
      inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'X00ABC1234', serial, decision: 'return-to-client' });
    }
    const receipt = openRemovalReceipt(fixture.db, tracking);
    if (!receipt.ok) throw new Error('receipt not found');
    const camera = receipt.value.lines.find((line) => line.fnsku === 'X00ABC1234');
    expect(camera?.expected).toBe(2);
    expect(camera?.received).toBe(3);
  });

  it('requires the serial of tracked units', () => {
    const fixture = importedRemoval();
    const result = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'X00ABC1234', decision: 'restock' });
    expect(result).toEqual({ ok: false, error: { code: 'removal-serial-required', fnsku: 'X00ABC1234', sku: 'CAM-1' } });
  });

  it('rejects a serial inspected twice', () => {
    const fixture = importedRemoval();
    inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'X00ABC1234', serial: 'SN000451', decision: 'restock' });
    const again = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'X00ABC1234', serial: ' SN000451', decision: 'dispose' });
    expect(again).toEqual({ ok: false, error: { code: 'removal-serial-already-inspected', fnsku: 'X00ABC1234', serial: 'SN000451' } });
  });

  it('rejects an FNSKU not in the shipment', () => {
    const fixture = importedRemoval();
    const result = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'X009999999', decision: 'restock' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('removal-fnsku-not-in-shipment');
  });

  it('rejects an unknown decision', () => {
    const fixture = importedRemoval();
    const result = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'X002K3ZQ9L', decision: 'sell' });
    expect(result).toEqual({ ok: false, error: { code: 'removal-decision-invalid', decision: 'sell' } });
  });

  it('keeps inspections when the order is imported again', () => {
    const fixture = importedRemoval();
    inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: tracking, fnsku: 'X002K3ZQ9L', decision: 'restock' });
    importRemovalReport(fixture.db, { fileName: 'orders.txt', content: reportLike(orderReportName, [orderRow]), clientCode: 'ACME' });

    const receipt = openRemovalReceipt(fixture.db, tracking);
    if (!receipt.ok) throw new Error('receipt not found');
    expect(receipt.value.lines.find((line) => line.fnsku === 'X002K3ZQ9L')?.received).toBe(1);
  });
});
