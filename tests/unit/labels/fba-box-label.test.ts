import { describe, expect, it } from 'vitest';
import { buildBoxContentPayload } from '../../../main/fba/box-content';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildFbaBoxLabel, fbaBoxLabelStocks, type FbaBoxLabelData } from '../../../main/labels/fba-box-label';
import type { Pdf417Element } from '../../../main/labels/model';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { decodeBarcodesInPdf, readPdfPageSize } from './pdf-tools';

const t = createCaptionTranslator('en');
const contents = [
  { fnsku: 'X00ABC1234', quantity: 12 },
  { fnsku: 'X002K3ZQ9L', quantity: 3 },
];

function boxData(overrides: Partial<FbaBoxLabelData> = {}): FbaBoxLabelData {
  const payload = buildBoxContentPayload('FBA15ABCDE12', contents);
  if (!payload.ok) throw new Error('payload failed');
  return {
    shipmentId: 'FBA15ABCDE12',
    boxNumber: 3,
    boxCount: 7,
    clientName: 'Nordlicht GmbH',
    contentPayload: payload.value,
    contents,
    weightGrams: 12_340,
    dimensionsMm: [600, 400, 400],
    ...overrides,
  };
}

const payloadText = 'AMZN,PO:FBA15ABCDE12,FNSKU:X00ABC1234,QTY:12,FNSKU:X002K3ZQ9L,QTY:3';

describe('buildFbaBoxLabel', () => {
  it.each([
    ['4x6in', 203],
    ['4x6in', 300],
    ['3.33x4in', 300],
  ] as const)('%s at %i dpi scans both barcodes', async (stock, dpi) => {
    const document = buildFbaBoxLabel(boxData(), { dpi, stock, t });
    expect(document.ok).toBe(true);
    if (!document.ok) return;

    const pdf = await renderLabelPdf(document.value);
    const size = readPdfPageSize(pdf);
    expect(size.widthPt).toBeCloseTo((fbaBoxLabelStocks[stock].widthMm * 72) / 25.4, 1);
    expect(size.heightPt).toBeCloseTo((fbaBoxLabelStocks[stock].heightMm * 72) / 25.4, 1);
    expect(decodeBarcodesInPdf(pdf, dpi, 'Code128').map((barcode) => barcode.text)).toEqual(['FBA15ABCDE12U000003']);
    expect(decodeBarcodesInPdf(pdf, dpi, 'PDF417').map((barcode) => barcode.text)).toEqual([payloadText]);
  });

  it('meets Amazon PDF417 minimums', () => {
    for (const dpi of [203, 300] as const) {
      const document = buildFbaBoxLabel(boxData(), { dpi, stock: '4x6in', t });
      expect(document.ok).toBe(true);
      if (!document.ok) return;
      const symbol = document.value.elements.find((element): element is Pdf417Element => element.kind === 'pdf417');
      expect(symbol).toBeDefined();
      if (symbol === undefined) return;

      expect((symbol.moduleDots / dpi) * 25.4).toBeGreaterThanOrEqual(0.508 - 1e-9);
      expect(symbol.rowHeightModules).toBeGreaterThanOrEqual(3);
      expect(symbol.errorCorrectionLevel).toBeGreaterThanOrEqual(6);
    }
  });

  it('rejects 3.33 in stock at 203 dpi', () => {
    // A 0.625 mm module (5 dots) makes even a short level-6 symbol taller than the stock leaves.
    const document = buildFbaBoxLabel(boxData(), { dpi: 203, stock: '3.33x4in', t });
    expect(document.ok).toBe(false);
    if (document.ok) return;
    expect(document.error.code).toBe('label-barcode-does-not-fit');
  });

  it.each([0, 1_000_000, 2.5])('rejects box number %d', (boxNumber) => {
    const document = buildFbaBoxLabel(boxData({ boxNumber }), { dpi: 203, stock: '4x6in', t });
    expect(document.ok).toBe(false);
    if (document.ok) return;
    expect(document.error.code).toBe('fba-box-number-invalid');
  });
});
