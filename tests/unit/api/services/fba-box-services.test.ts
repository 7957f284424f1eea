import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../main/api/create-services';
import { dispatch } from '../../../../main/api/dispatch';
import type { StationContext } from '../../../../main/api/station-context';
import { ensureStation } from '../../../../main/store/station';
import { signInTestOperator } from '../../../support/operators';
import { useTempDir } from '../../../support/temp-dir';
import { cameraGtin, createFbaFixture, lensGtin } from '../../fba/fba-test-shipment';
import { decodeBarcodesInPdf, readPdfPageSize } from '../../labels/pdf-tools';

async function fbaStation(dir: string, labelDpi: 203 | 300 = 203) {
  const fixture = createFbaFixture(dir);
  const context: StationContext = {
    labelDpi,
    db: fixture.db,
    stationId: ensureStation(fixture.db).id,
    dataDir: dir,
    labelsDir: join(dir, 'labels'),
    transport: 'browser',
    appVersion: '0.1.0-test',
  };
  const services = createServices(context);
  await signInTestOperator(services, context.db, 'Anna');
  return { fixture, context, services };
}

async function call(services: ReturnType<typeof createServices>, channel: string, payload: unknown): Promise<{ ok: boolean; value?: any; error?: any }> {
  return (await dispatch(services, channel, payload)) as { ok: boolean; value?: any; error?: any };
}

const boxWithinLimits = { weightGrams: 2_400, lengthMm: 400, widthMm: 300, heightMm: 200 };

describe('FBA box services', () => {
  const tempDir = useTempDir();

  it('measures the open box without warnings', async () => {
    const { fixture, services } = await fbaStation(tempDir());
    fixture.packUnit(cameraGtin, 'SN000451');

    const measured = await call(services, 'fba.measureBox', { shipmentId: 'FBA15ABCDE12', boxNumber: 1, ...boxWithinLimits });

    expect(measured).toEqual({ ok: true, value: { warnings: [] } });
  });

  it('warns about a heavy, long box', async () => {
    const { fixture, services } = await fbaStation(tempDir());
    fixture.packUnit(cameraGtin, 'SN000451');

    const measured = await call(services, 'fba.measureBox', { shipmentId: 'FBA15ABCDE12', boxNumber: 1, weightGrams: 23_000, lengthMm: 700, widthMm: 300, heightMm: 200 });

    expect(measured.ok).toBe(true);
    expect(measured.value.warnings).toEqual([
      { code: 'fba-box-team-lift', params: { weightGrams: 23_000, limitGrams: 22_680 } },
      { code: 'fba-box-side-too-long', params: { sideMm: 700, limitMm: 635 } },
    ]);
  });

  it('rejects measuring an unknown box', async () => {
    const { services } = await fbaStation(tempDir());

    const measured = await call(services, 'fba.measureBox', { shipmentId: 'FBA15ABCDE12', boxNumber: 7, ...boxWithinLimits });

    expect(measured.ok).toBe(false);
    expect(measured.error.code).toBe('fba-box-not-found');
    expect(measured.error.message).toEqual({ key: 'fba:error.fba-box-not-found', params: { shipmentId: 'FBA15ABCDE12', boxNumber: 7 } });
  });

  it('labels a measured, closed box', async () => {
    const { fixture, context, services } = await fbaStation(tempDir());
    fixture.packUnit(cameraGtin, 'SN000451');
    fixture.packUnit(lensGtin, 'LX-1001');
    fixture.packUnit(cameraGtin, 'SN000452');
    await call(services, 'fba.measureBox', { shipmentId: 'FBA15ABCDE12', boxNumber: 1, ...boxWithinLimits });
    const closed = await call(services, 'pack.closeCarton', { shipmentId: fixture.shipmentId, weightGrams: boxWithinLimits.weightGrams });
    expect(closed.ok).toBe(true);

    const label = await call(services, 'fba.boxLabel', { shipmentId: 'FBA15ABCDE12', boxNumber: 1, stock: '4x6in' });

    expect(label.ok).toBe(true);
    expect(label.value.fileName).toBe('FBA-box-FBA15ABCDE12U000001.pdf');
    expect(label.value.path).toBe(join(context.labelsDir, label.value.fileName));
    expect(existsSync(label.value.path)).toBe(true);
    expect(label.value.previewSvg).toMatch(/^<svg/);
    const pdf = Buffer.from(label.value.pdfBase64, 'base64');
    expect(readFileSync(label.value.path).equals(pdf)).toBe(true);
    expect(decodeBarcodesInPdf(pdf, 203, 'PDF417').map((barcode) => barcode.text)).toEqual(['AMZN,PO:FBA15ABCDE12,FNSKU:X00ABC1234,QTY:2,FNSKU:X002K3ZQ9L,QTY:1']);
    expect(readPdfPageSize(pdf)).toEqual({ widthPt: 288, heightPt: 432 });
  });

  it('labels 3.33x4 in stock at 300 dpi', async () => {
    const { fixture, services } = await fbaStation(tempDir(), 300);
    fixture.packUnit(cameraGtin, 'SN000451');

    const label = await call(services, 'fba.boxLabel', { shipmentId: 'FBA15ABCDE12', boxNumber: 1, stock: '3.33x4in' });

    expect(label.error).toBeUndefined();
    const pdf = Buffer.from(label.value.pdfBase64, 'base64');
    const size = readPdfPageSize(pdf);
    expect(Math.round(size.widthPt)).toBe(240);
    expect(Math.round(size.heightPt)).toBe(288);
    expect(decodeBarcodesInPdf(pdf, 300, 'PDF417').map((barcode) => barcode.text)).toEqual(['AMZN,PO:FBA15ABCDE12,FNSKU:X00ABC1234,QTY:1']);
  });

  it('rejects 3.33x4 in at 203 dpi', async () => {
    const { fixture, services } = await fbaStation(tempDir(), 203);
    fixture.packUnit(cameraGtin, 'SN000451');

    const label = await call(services, 'fba.boxLabel', { shipmentId: 'FBA15ABCDE12', boxNumber: 1, stock: '3.33x4in' });

    expect(label.ok).toBe(false);
    expect(label.error.code).toBe('label-barcode-does-not-fit');
    expect(label.error.message.key).toBe('fba:error.label-barcode-does-not-fit');
  });

  it('exports box content as CSV', async () => {
    const { fixture, services } = await fbaStation(tempDir());
    fixture.packUnit(cameraGtin, 'SN000451');
    fixture.packUnit(cameraGtin, 'SN000452');
    await call(services, 'fba.measureBox', { shipmentId: 'FBA15ABCDE12', boxNumber: 1, ...boxWithinLimits });

    const exported = await call(services, 'fba.boxContentCsv', { shipmentId: ' fba15abcde12 ' });

    expect(exported.ok).toBe(true);
    expect(exported.value.fileName).toBe('box-content-FBA15ABCDE12.csv');
    const lines = Buffer.from(exported.value.contentBase64, 'base64').toString('utf8').split('\r\n');
    expect(lines[0]?.startsWith('\uFEFF"box_id","box_number","fnsku"')).toBe(true);
    expect(lines[1]).toBe('"FBA15ABCDE12U000001","1","X00ABC1234","CAM-1","2","","2400","400","300","200"');
    expect(lines).toHaveLength(3);
  });

  it('rejects exporting an unknown shipment', async () => {
    const { services } = await fbaStation(tempDir());

    const exported = await call(services, 'fba.boxContentCsv', { shipmentId: 'FBA15ZZZZZ99' });

    expect(exported.ok).toBe(false);
    expect(exported.error.code).toBe('fba-shipment-not-found');
    expect(exported.error.message).toEqual({ key: 'fba:error.fba-shipment-not-found', params: { shipmentId: 'FBA15ZZZZZ99' } });
  });
});
