import { describe, expect, it } from 'vitest';
import { layoutBarcode } from '../../../main/labels/barcode-layout';
import type { BarcodeElement, Dpi, LabelDocument } from '../../../main/labels/model';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { textAt } from '../../../main/labels/element-builders';
import { decodeBarcodesInPdf, extractPdfText, listPdfFonts, readPdfPageSize, readRectangles } from './pdf-tools';

const fnskuBarcode: BarcodeElement = {
  kind: 'barcode',
  symbology: 'code128',
  data: 'X00ABC1234',
  xMm: 0.3,
  yMm: 3.1,
  widthMm: 57.15 - 0.3,
  barHeightMm: 15,
  moduleDots: 2,
  quietZoneModules: 10,
  align: 'center',
  humanReadable: null,
};

function fnskuLabel(dpi: Dpi, moduleDots: number): LabelDocument {
  return {
    widthMm: 57.15,
    heightMm: 31.75,
    dpi,
    title: 'FNSKU test',
    elements: [{ ...fnskuBarcode, moduleDots }],
  };
}

const namesLabel: LabelDocument = {
  widthMm: 101.6,
  heightMm: 152.4,
  dpi: 203,
  title: 'Names test',
  elements: [
    textAt('Łódź', { xMm: 5, yMm: 5, maxWidthMm: 90, sizePt: 12 }),
    textAt('Müller', { xMm: 5, yMm: 15, maxWidthMm: 90, sizePt: 12, font: 'bold' }),
    textAt('Dvořák', { xMm: 5, yMm: 25, maxWidthMm: 90, sizePt: 12 }),
    { kind: 'line', x1Mm: 5, y1Mm: 35, x2Mm: 95, y2Mm: 35, thicknessMm: 0.3 },
    { kind: 'box', xMm: 5, yMm: 40, widthMm: 20, heightMm: 10, thicknessMm: 0.3, filled: false },
  ],
};

describe('renderLabelPdf', () => {
  it('sizes the page to the label', async () => {
    const pdf = await renderLabelPdf(namesLabel);
    expect(readPdfPageSize(pdf)).toEqual({ widthPt: 288, heightPt: 432 });
  });

  it('embeds the DejaVu fonts only', async () => {
    const fonts = listPdfFonts(await renderLabelPdf(namesLabel));
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(fonts.every((font) => font.embedded)).toBe(true);
  });

  it('prints Central European names extractably', async () => {
    const lines = extractPdfText(await renderLabelPdf(namesLabel))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && line !== '\f');
    expect(lines).toEqual(['Łódź', 'Müller', 'Dvořák']);
  });

  it('produces identical bytes for equal documents', async () => {
    const first = await renderLabelPdf(fnskuLabel(203, 2));
    const second = await renderLabelPdf(fnskuLabel(203, 2));
    expect(first.equals(second)).toBe(true);
  });

  it.each([
    [203, 2],
    [300, 3],
  ] as const)('draws bar edges on the %i dpi grid', async (dpi, moduleDots) => {
    const document = fnskuLabel(dpi, moduleDots);
    const layout = layoutBarcode(document.elements[0] as BarcodeElement, dpi);
    expect(layout.ok).toBe(true);
    if (!layout.ok) return;

    const rectangles = readRectangles(await renderLabelPdf(document));
    expect(rectangles).toHaveLength(layout.value.bars.length);
    const toDots = (points: number): number => (points * dpi) / 72;
    for (const rectangle of rectangles) {
      expect(Math.abs(toDots(rectangle.x) - Math.round(toDots(rectangle.x)))).toBeLessThan(1e-4);
      expect(Math.abs(toDots(rectangle.width) - Math.round(toDots(rectangle.width)))).toBeLessThan(1e-4);
      expect(Math.round(toDots(rectangle.width)) % moduleDots).toBe(0);
      expect(Math.abs(toDots(rectangle.y) - Math.round(toDots(rectangle.y)))).toBeLessThan(1e-4);
    }
    expect(Math.round(toDots(rectangles[0]!.x))).toBe(layout.value.symbolLeftDots);
  });

  it.each([
    [203, 2],
    [300, 3],
  ] as const)('renders FNSKU readable at %i dpi', async (dpi, moduleDots) => {
    const decoded = decodeBarcodesInPdf(await renderLabelPdf(fnskuLabel(dpi, moduleDots)), dpi, 'Code128');
    expect(decoded.map((barcode) => barcode.text)).toEqual(['X00ABC1234']);
    expect(decoded[0]?.identifier).toBe(']C0');
  });

  it('throws for an unvalidated barcode', async () => {
    await expect(renderLabelPdf(fnskuLabel(203, 3))).rejects.toThrow(/label-barcode-does-not-fit/);
  });
});

describe('renderLabelPdf text fitting', () => {
  const wideText = 'Przedsiębiorstwo Handlowo-Usługowe';
  const label = (minSizePt?: number): LabelDocument => ({
    ...namesLabel,
    elements: [textAt(wideText, { xMm: 5, yMm: 5, maxWidthMm: 40, sizePt: 14, ...(minSizePt === undefined ? {} : { minSizePt }) })],
  });

  it('shrinks a wide line to fit', async () => {
    expect(extractPdfText(await renderLabelPdf(label(4))).trim()).toBe(wideText);
  });

  it('shortens a wide line without minimum size', async () => {
    const text = extractPdfText(await renderLabelPdf(label())).trim();
    expect(text.endsWith('…')).toBe(true);
    expect(wideText.startsWith(text.slice(0, -1))).toBe(true);
  });
});
