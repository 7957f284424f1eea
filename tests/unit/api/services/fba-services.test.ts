import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../main/api/create-services';
import { dispatch } from '../../../../main/api/dispatch';
import type { StationContext } from '../../../../main/api/station-context';
import { listUnitEvents } from '../../../../main/store/events';
import { insertClient } from '../../../../main/store/clients';
import { insertProduct } from '../../../../main/store/products';
import { ensureStation } from '../../../../main/store/station';
import { insertUnitRow } from '../../../support/unit-rows';
import { createPackingFixture, productFields } from '../../../support/packing-fixture';
import { signInTestOperator } from '../../../support/operators';
import { useTempDir } from '../../../support/temp-dir';
import { decodeBarcodesInPdf } from '../../labels/pdf-tools';
import { orderReportName, orderRow, reportLike, shipmentReportName, shipmentRow } from '../../fba/removal-test-reports';

const now = '2026-01-05T08:00:00.000Z';

async function signedInServices(dir: string) {
  const fixture = createPackingFixture(dir);
  fixture.db.prepare("UPDATE products SET fnsku = 'X00ABC1234' WHERE sku = 'CAM-1'").run();
  const context: StationContext = {
    db: fixture.db,
    stationId: ensureStation(fixture.db).id,
    dataDir: dir,
    labelsDir: join(dir, 'labels'),
    transport: 'browser',
    appVersion: '0.1.0-test',
  };
  const services = createServices(context);
  await signInTestOperator(services, context.db, 'Anna');
  return { fixture, services };
}

async function call(services: ReturnType<typeof createServices>, channel: string, payload: unknown): Promise<{ ok: boolean; value?: any; error?: any }> {
  return (await dispatch(services, channel, payload)) as { ok: boolean; value?: any; error?: any };
}

describe('FBA prep services', () => {
  const tempDir = useTempDir();

  it('finds the product by GTIN', async () => {
    const { services } = await signedInServices(tempDir());
    const found = await call(services, 'fba.prepScan', { raw: '09506000123455' });
    expect(found.ok).toBe(true);
    expect(found.value.candidates).toEqual([
      { productId: expect.any(Number), clientCode: 'ACME', clientName: 'Acme Retail', sku: 'CAM-1', title: 'Product CAM-1', fnsku: 'X00ABC1234', serialTracked: true },
    ]);
  });

  it('lists every client selling the FNSKU', async () => {
    const { fixture, services } = await signedInServices(tempDir());
    const other = insertClient(fixture.db, { code: 'NORD', name: 'Nordlicht' }, now);
    insertProduct(fixture.db, other.id, productFields('CAM-NORD', { gtin: '09506000123455', fnsku: 'X00NORD001', serialTracked: false }), now);

    const found = await call(services, 'fba.prepScan', { raw: '09506000123455' });
    expect(found.value.candidates.map((candidate: { clientCode: string }) => candidate.clientCode)).toEqual(['ACME', 'NORD']);
  });

  it('explains a product without FNSKU', async () => {
    const { services } = await signedInServices(tempDir());
    const found = await call(services, 'fba.prepScan', { raw: '09506000134352' });
    expect(found.ok).toBe(false);
    expect(found.error.code).toBe('prep-product-without-fnsku');
    expect(found.error.message).toEqual({ key: 'fba:error.prep-product-without-fnsku', params: { sku: 'LENS-2' } });
  });

  it('records the label on the serial', async () => {
    const { fixture, services } = await signedInServices(tempDir());
    const unitId = insertUnitRow(fixture.db, { productId: fixture.cameraId, serial: 'SN000451', serialFolded: 'SN000451', lot: null, expiry: null, status: 'in-stock', cartonId: null, shipmentId: null }, now);

    const request = { productId: fixture.cameraId, serial: ' SN000451', copies: 1, template: 'roll-2.25x1.25in', condition: 'New', gestureId: 'g-1' };
    const printed = await call(services, 'fba.printFnskuLabel', request);
    await call(services, 'fba.printFnskuLabel', request);

    expect(printed.ok).toBe(true);
    expect(printed.value.recordedUnitId).toBe(unitId);
    const pdf = Buffer.from(printed.value.pdfBase64, 'base64');
    expect(decodeBarcodesInPdf(pdf, 203, 'Code128').map((barcode) => barcode.text)).toEqual(['X00ABC1234']);
    const labelEvents = listUnitEvents(fixture.db, unitId).filter((event) => event.type === 'unit-label-printed');
    expect(labelEvents).toHaveLength(1);
    expect(JSON.parse(labelEvents[0]?.payload ?? '{}')).toEqual({ label: 'fnsku', fnsku: 'X00ABC1234', clientCode: 'ACME' });
  });

  it('requires the serial of tracked products', async () => {
    const { fixture, services } = await signedInServices(tempDir());
    const printed = await call(services, 'fba.printFnskuLabel', { productId: fixture.cameraId, serial: null, copies: 1, template: 'roll-2x1in', condition: 'New', gestureId: 'g-2' });
    expect(printed.ok).toBe(false);
    expect(printed.error.code).toBe('prep-serial-required');
  });

  it('rejects a unit never received', async () => {
    const { fixture, services } = await signedInServices(tempDir());
    const printed = await call(services, 'fba.printFnskuLabel', { productId: fixture.cameraId, serial: 'SN999999', copies: 1, template: 'roll-2x1in', condition: 'New', gestureId: 'g-3' });
    expect(printed.ok).toBe(false);
    expect(printed.error.code).toBe('prep-unit-not-found');
  });

  it('receives a removal through the channels', async () => {
    const { services } = await signedInServices(tempDir());
    const orders = await call(services, 'fba.importReport', { fileName: 'orders.txt', contentBase64: reportLike(orderReportName, [orderRow]).toString('base64'), clientCode: 'ACME' });
    const shipments = await call(services, 'fba.importReport', { fileName: 'shipments.txt', contentBase64: reportLike(shipmentReportName, [shipmentRow]).toString('base64'), clientCode: 'ACME' });
    expect(orders.value.kind).toBe('removal-orders');
    expect(shipments.value.kind).toBe('removal-shipments');

    const inspected = await call(services, 'fba.inspectRemovalUnit', { trackingNumber: shipmentRow['tracking-number'], fnsku: 'X00ABC1234', serial: 'SN000451', decision: 'restock', note: '' });
    expect(inspected.ok).toBe(true);
    expect(inspected.value.lines[0]).toMatchObject({ fnsku: 'X00ABC1234', expected: 2, received: 1, decisions: { restock: 1 } });
  });
});
