import { describe, expect, it } from 'vitest';
import { importRemovalReport } from '../../../main/fba/removal-import';
import { inspectRemovalUnit, openRemovalReceipt } from '../../../main/fba/removal-receiving';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { orderReportName, orderRow, reportLike, shipmentReportName, shipmentRow } from './removal-test-reports';

const tracking = '1Z999AA10123456784';

describe('removal receiving', () => {
  const tempDir = useTempDir();

  function importedRemoval() {
    const fixture = createPackingFixture(tempDir());
    fixture.db.prepare("UPDATE products SET fnsku = 'X00ABC1234' WHERE sku = 'CAM-1'").run();
    fixture.db.prepare("UPDATE products SET fnsku = 'X002K3ZQ9L', serial_tracked = 0 WHERE sku = 'LENS-2'").run();
    const orders = importRemovalReport(fixture.db, {
      fileName: 'orders.txt',
      content: reportLike(orderReportName, [orderRow, { ...orderRow, sku: 'LENS-2', fnsku: 'X002K3ZQ9L', disposition: 'Sellable', 'requested-quantity': '5' }]),
      clientCode: 'ACME',
    });
    expect(orders).toEqual({ ok: true, value: { kind: 'removal-orders', orders: 1, lines: 2 } });
    const shipments = importRemovalReport(fixture.db, {
      fileName: 'shipments.txt',
      content: reportLike(shipmentReportName, [shipmentRow, { ...shipmentRow, sku: 'LENS-2', fnsku: 'X002K3ZQ9L', disposition: 'Sellable', 'shipped-quantity': '4' }]),
      clientCode: 'ACME',
    });
    expect(shipments).toEqual({ ok: true, value: { kind: 'removal-shipments', orders: 1, lines: 2 } });
    return fixture;
  }

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
