import { expect } from 'vitest';
import { importRemovalReport } from '../../../main/fba/removal-import';
import { createPackingFixture, type PackingFixture } from '../../support/packing-fixture';
import { orderReportName, orderRow, reportLike, shipmentReportName, shipmentRow } from './removal-test-reports';

/** Tracking number of the removal shipment that `createRemovalFixture` imports. */
export const removalTracking = '1Z999AA10123456784';

/**
 * Creates a packing fixture with removal order RMV-1001 imported for client ACME: CAM-1 (FNSKU
 * X00ABC1234, serial-tracked, 2 shipped) and LENS-2 (FNSKU X002K3ZQ9L, not serial-tracked, 4 shipped).
 */
export function createRemovalFixture(dir: string): PackingFixture {
  const fixture = createPackingFixture(dir);
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
