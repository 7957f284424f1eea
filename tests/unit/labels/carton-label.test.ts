import { describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { type CartonLabelData, buildCartonLabel } from '../../../main/labels/carton-label';
import type { BarcodeElement, LabelDocument, TextElement } from '../../../main/labels/model';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { sampleCartonLabelData } from '../../fixtures/labels/sample-carton';
import { decodeBarcodesInPdf, extractPdfText, readPdfPageSize } from './pdf-tools';

const english = createCaptionTranslator('en');

function build(data: CartonLabelData, dpi: 203 | 300 = 203): LabelDocument {
  const built = buildCartonLabel(data, { dpi, t: english });
  if (!built.ok) {
    throw new Error(`Carton label not built: ${JSON.stringify(built.error)}`);
  }
  return built.value;
}

function texts(document: LabelDocument): string[] {
  return document.elements.filter((element): element is TextElement => element.kind === 'text').map((element) => element.text);
}

describe('buildCartonLabel', () => {
  it('encodes the SSCC as GS1-128', () => {
    const barcodes = build(sampleCartonLabelData).elements.filter((element): element is BarcodeElement => element.kind === 'barcode');
    expect(barcodes).toHaveLength(1);
    expect(barcodes[0]).toMatchObject({ symbology: 'gs1-128', data: '(00)109506000000000429', quietZoneModules: 10 });
    expect(barcodes[0]?.humanReadable?.text).toBe('(00) 1 0950600 000000042 9');
  });

  it('rejects an SSCC with wrong check digit', () => {
    const built = buildCartonLabel({ ...sampleCartonLabelData, sscc: '109506000000000428' }, { dpi: 203, t: english });
    expect(built).toEqual({
      ok: false,
      error: {
        code: 'label-sscc-invalid',
        sscc: '109506000000000428',
        cause: { code: 'sscc-check-digit-invalid', sscc: '109506000000000428', expectedCheckDigit: 9 },
      },
    });
  });

  it('rejects carton number above count', () => {
    for (const [cartonNumber, cartonCount] of [
      [6, 5],
      [0, 5],
      [1.5, null],
    ] as const) {
      const built = buildCartonLabel({ ...sampleCartonLabelData, cartonNumber, cartonCount }, { dpi: 203, t: english });
      expect(built.ok ? 'accepted' : built.error.code).toBe('label-carton-number-invalid');
    }
  });

  it('prints n of ? while count unknown', () => {
    expect(texts(build({ ...sampleCartonLabelData, cartonCount: null }))).toContain('3 of ?');
    expect(texts(build(sampleCartonLabelData))).toContain('3 of 5');
  });

  it('summarises contents beyond the free lines', () => {
    const labelTexts = texts(build(sampleCartonLabelData));
    expect(labelTexts).toContain('+ 2 more');
    expect(labelTexts).toContain('Total: 35');
    expect(labelTexts).toContain('NL-BOTTLE-1L  Insulated bottle 1 l');
    expect(labelTexts).not.toContain('NL-TOWEL  Microfibre towel');
  });

  it('lists every content line when they fit', () => {
    const labelTexts = texts(build({ ...sampleCartonLabelData, contents: sampleCartonLabelData.contents.slice(0, 7) }));
    expect(labelTexts).toContain('NL-TOWEL  Microfibre towel');
    expect(labelTexts.some((text) => text.startsWith('+ '))).toBe(false);
  });

  it('takes captions from the translate function', () => {
    const built = buildCartonLabel(sampleCartonLabelData, { dpi: 300, t: createCaptionTranslator('de'), locale: 'de' });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const labelTexts = texts(built.value);
    for (const caption of ['EMPFÄNGER', 'ABSENDER', 'Karton', 'Inhalt', '3 von 5', '12,35 kg', '+ 2 weitere']) {
      expect(labelTexts).toContain(caption);
    }
  });

  it('joins extra address lines onto the last', () => {
    const shipTo = { ...sampleCartonLabelData.shipTo, addressLines: ['Line 1', 'Line 2', 'Line 3', 'Line 4'] };
    expect(texts(build({ ...sampleCartonLabelData, shipTo }))).toContain('Line 3, Line 4');
  });
});

describe('carton label PDF', () => {
  it('is exactly 4 × 6 in', async () => {
    expect(readPdfPageSize(await renderLabelPdf(build(sampleCartonLabelData)))).toEqual({ widthPt: 288, heightPt: 432 });
  });

  it('prints the ship-to names exactly', async () => {
    const text = extractPdfText(await renderLabelPdf(build(sampleCartonLabelData)));
    const lines = text.split('\n').map((line) => line.trim());
    for (const expected of ['Jürgen Müller', 'c/o Antonín Dvořák', '90-006 Łódź', '(00) 1 0950600 000000042 9']) {
      expect(lines).toContain(expected);
    }
  });

  it.each([203, 300] as const)('scans as GS1 SSCC at %i dpi', async (dpi) => {
    const pdf = await renderLabelPdf(build(sampleCartonLabelData, dpi));
    const decoded = decodeBarcodesInPdf(pdf, dpi, 'Code128');
    expect(decoded).toHaveLength(1);
    expect(decoded[0]?.identifier).toBe(']C1');
    expect(decoded[0]?.content).toBe('GS1');
    expect(decoded[0]?.text).toBe('00109506000000000429');
  });
});
