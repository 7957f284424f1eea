import { describe, expect, it } from 'vitest';
import { exportBoxContentCsv } from '../../../main/fba/box-content-csv';
import { buildFbaBoxLabelFromStore } from '../../../main/fba/box-label-document';
import { findFbaBox, readScannedBoxContent, recordBoxMeasurements } from '../../../main/fba/fba-boxes';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { closeOpenCarton, startNewCarton } from '../../../main/packing/carton-actions';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { useTempDir } from '../../support/temp-dir';
import { decodeBarcodesInPdf } from '../labels/pdf-tools';
import { cameraGtin, createFbaFixture, lensGtin } from './fba-test-shipment';

const t = createCaptionTranslator('en');

describe('FBA boxes from scanned units', () => {
  const tempDir = useTempDir();

  function packTwoBoxes() {
    const fixture = createFbaFixture(tempDir());
    fixture.packUnit(cameraGtin, 'SN000451');
    fixture.packUnit(lensGtin, 'LX-1001');
    fixture.packUnit(cameraGtin, 'SN000452');
    const closed = inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, fixture.shipmentId, 2_400));
    expect(closed.ok).toBe(true);
    const opened = inWriteTransaction(fixture.db, () => startNewCarton(fixture.db, fixture.actor, fixture.shipmentId));
    expect(opened.ok).toBe(true);
    fixture.packUnit(lensGtin, 'LX-1002');
    return fixture;
  }

  it('lists scanned units per FNSKU', () => {
    const fixture = packTwoBoxes();
    const box = findFbaBox(fixture.db, 'fba15abcde12', 1);
    expect(box.ok).toBe(true);
    if (!box.ok) return;

    const content = readScannedBoxContent(fixture.db, box.value.carton.id);
    expect(content).toEqual({
      ok: true,
      value: [
        { sku: 'CAM-1', fnsku: 'X00ABC1234', quantity: 2 },
        { sku: 'LENS-2', fnsku: 'X002K3ZQ9L', quantity: 1 },
      ],
    });
  });

  it('prints the scanned content as PDF417', async () => {
    const fixture = packTwoBoxes();

    const document = buildFbaBoxLabelFromStore(fixture.db, 'FBA15ABCDE12', 1, { dpi: 203, stock: '4x6in', t });
    expect(document.ok).toBe(true);
    if (!document.ok) return;

    const pdf = await renderLabelPdf(document.value);
    const pdf417 = decodeBarcodesInPdf(pdf, 203, 'PDF417').map((barcode) => barcode.text);
    expect(pdf417).toEqual(['AMZN,PO:FBA15ABCDE12,FNSKU:X00ABC1234,QTY:2,FNSKU:X002K3ZQ9L,QTY:1']);
    const boxId = decodeBarcodesInPdf(pdf, 203, 'Code128').map((barcode) => barcode.text);
    expect(boxId).toEqual(['FBA15ABCDE12U000001']);
  });

  it('reflects a unit scanned later', async () => {
    const fixture = packTwoBoxes();
    fixture.packUnit(lensGtin, 'LX-1003');

    const document = buildFbaBoxLabelFromStore(fixture.db, 'FBA15ABCDE12', 2, { dpi: 300, stock: '4x6in', t });
    expect(document.ok).toBe(true);
    if (!document.ok) return;
    const pdf417 = decodeBarcodesInPdf(await renderLabelPdf(document.value), 300, 'PDF417').map((barcode) => barcode.text);
    expect(pdf417).toEqual(['AMZN,PO:FBA15ABCDE12,FNSKU:X002K3ZQ9L,QTY:2']);
  });

  it('rejects a product without FNSKU', () => {
    const fixture = packTwoBoxes();
    fixture.db.prepare("UPDATE products SET fnsku = NULL WHERE sku = 'LENS-2'").run();

    const document = buildFbaBoxLabelFromStore(fixture.db, 'FBA15ABCDE12', 1, { dpi: 203, stock: '4x6in', t });
    expect(document.ok).toBe(false);
    if (document.ok) return;
    expect(document.error).toEqual({ code: 'fba-box-product-without-fnsku', sku: 'LENS-2' });
  });

  it('rejects an unknown box', () => {
    const fixture = packTwoBoxes();
    const box = findFbaBox(fixture.db, 'FBA15ABCDE12', 3);
    expect(box).toEqual({ ok: false, error: { code: 'fba-box-not-found', shipmentId: 'FBA15ABCDE12', boxNumber: 3 } });
  });

  it('rejects an unknown shipment', () => {
    const fixture = packTwoBoxes();
    const box = findFbaBox(fixture.db, 'FBA99ZZZZZ99', 1);
    expect(box.ok).toBe(false);
    if (box.ok) return;
    expect(box.error.code).toBe('fba-shipment-not-found');
  });

  it('warns at Amazon box limits', () => {
    const fixture = packTwoBoxes();
    const box = findFbaBox(fixture.db, 'FBA15ABCDE12', 1);
    if (!box.ok) throw new Error('box not found');

    const within = recordBoxMeasurements(fixture.db, box.value.carton.id, { weightGrams: 2_400, lengthMm: 400, widthMm: 300, heightMm: 200 }, '2026-01-05T09:00:00.000Z');
    expect(within).toEqual({ ok: true, value: [] });
    const heavy = recordBoxMeasurements(fixture.db, box.value.carton.id, { weightGrams: 24_000, lengthMm: 700, widthMm: 300, heightMm: 200 }, '2026-01-05T09:01:00.000Z');
    expect(heavy.ok).toBe(true);
    if (!heavy.ok) return;
    expect(heavy.value.map((warning) => warning.code)).toEqual(['fba-box-team-lift', 'fba-box-side-too-long']);
  });

  it('rejects a zero dimension', () => {
    const fixture = packTwoBoxes();
    const box = findFbaBox(fixture.db, 'FBA15ABCDE12', 1);
    if (!box.ok) throw new Error('box not found');
    const result = recordBoxMeasurements(fixture.db, box.value.carton.id, { weightGrams: 2_400, lengthMm: 0, widthMm: 300, heightMm: 200 }, '2026-01-05T09:00:00.000Z');
    expect(result).toEqual({ ok: false, error: { code: 'fba-box-measurement-invalid', field: 'lengthMm', value: 0 } });
  });

  it('exports box content as CSV', () => {
    const fixture = packTwoBoxes();
    const box = findFbaBox(fixture.db, 'FBA15ABCDE12', 1);
    if (!box.ok) throw new Error('box not found');
    recordBoxMeasurements(fixture.db, box.value.carton.id, { weightGrams: 2_400, lengthMm: 400, widthMm: 300, heightMm: 200 }, '2026-01-05T09:00:00.000Z');

    const csv = exportBoxContentCsv(fixture.db, 'FBA15ABCDE12');
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    expect(csv.value.split('\r\n')).toEqual([
      '\uFEFF"box_id","box_number","fnsku","sku","quantity","expiry_yymmdd","box_weight_g","box_length_mm","box_width_mm","box_height_mm"',
      '"FBA15ABCDE12U000001","1","X00ABC1234","CAM-1","2","","2400","400","300","200"',
      '"FBA15ABCDE12U000001","1","X002K3ZQ9L","LENS-2","1","","2400","400","300","200"',
      '"FBA15ABCDE12U000002","2","X002K3ZQ9L","LENS-2","1","","","","",""',
      '',
    ]);
  });
});
