import type { Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutBarcode } from '../../../main/labels/barcode-layout';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildCartonLabel } from '../../../main/labels/carton-label';
import { textAt } from '../../../main/labels/element-builders';
import type { BarcodeElement, Dpi, LabelDocument } from '../../../main/labels/model';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { renderLabelPrintHtml } from '../../../main/labels/print-html';
import { launchChromium, printHtmlToPdf } from '../../support/chromium-print';
import { sampleCartonLabelData } from '../../fixtures/labels/sample-carton';
import { type GrayRaster, decodeBarcodesInPdf, listPdfFonts, extractPdfText, rasterizePdfGray, readPdfPageCount, readPdfPageSize } from './pdf-tools';

function cartonLabel(dpi: Dpi): LabelDocument {
  const built = buildCartonLabel(sampleCartonLabelData, { dpi, t: createCaptionTranslator('en') });
  if (!built.ok) {
    throw new Error(`Carton label not built: ${JSON.stringify(built.error)}`);
  }
  return built.value;
}

const cartonPage = { widthMm: 101.6, heightMm: 152.4 };

function isBlack(raster: GrayRaster, x: number, y: number): boolean {
  return (raster.pixels[y * raster.width + x] ?? 255) < 128;
}

/** Pixels whose black-or-white value differs, inside rows `fromRow` (inclusive) to `toRow` (exclusive). */
function countDifferentPixels(first: GrayRaster, second: GrayRaster, fromRow: number, toRow: number): number {
  let count = 0;
  for (let y = fromRow; y < toRow; y += 1) {
    for (let x = 0; x < first.width; x += 1) {
      if (isBlack(first, x, y) !== isBlack(second, x, y)) {
        count += 1;
      }
    }
  }
  return count;
}

describe('renderLabelPrintHtml', () => {
  it('sets the page to the label size', () => {
    const html = renderLabelPrintHtml(cartonLabel(203));
    expect(html).toContain('@page{size:101.6mm 152.4mm;margin:0}');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="101.6mm" height="152.4mm"');
  });

  it('contains no scripts', () => {
    const html = renderLabelPrintHtml({ ...cartonLabel(203), title: '<script>alert(1)</script>' });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; font-src data:"`);
  });
});

describe('renderLabelPrintHtml in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([203, 300] as const)('prints a readable SSCC at %i dpi', async (dpi) => {
    const { pdf, fonts } = await printHtmlToPdf(browser, renderLabelPrintHtml(cartonLabel(dpi)), cartonPage);

    expect(fonts.status).toBe('loaded');
    expect(fonts.faces).toEqual([
      { family: 'Packtrace Label Regular', status: 'loaded' },
      { family: 'Packtrace Label Bold', status: 'loaded' },
    ]);
    expect(readPdfPageCount(pdf)).toBe(1);
    // 4 × 6 in is 288 × 432 pt.
    expect(readPdfPageSize(pdf)).toEqual({ widthPt: 288, heightPt: 432 });
    const decoded = decodeBarcodesInPdf(pdf, dpi, 'Code128');
    expect(decoded).toHaveLength(1);
    expect(decoded[0]?.identifier).toBe(']C1');
    expect(decoded[0]?.content).toBe('GS1');
    expect(decoded[0]?.text).toBe('00109506000000000429');
  });

  it('embeds the DejaVu fonts', async () => {
    const { pdf } = await printHtmlToPdf(browser, renderLabelPrintHtml(cartonLabel(203)), cartonPage);
    const fonts = listPdfFonts(pdf);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(fonts.every((font) => font.embedded)).toBe(true);
  });

  it('prints hostile text as text', async () => {
    const hostileText = '<script>document.title="x"</script> & "q" \u0001';
    const document: LabelDocument = {
      widthMm: 57.15,
      heightMm: 31.75,
      dpi: 203,
      title: 'Hostile </title><script>alert(1)</script>',
      elements: [textAt(hostileText, { xMm: 2, yMm: 2, maxWidthMm: 53, sizePt: 6, maxLines: 3 })],
    };
    const { pdf } = await printHtmlToPdf(browser, renderLabelPrintHtml(document), { widthMm: 57.15, heightMm: 31.75 });

    const printed = extractPdfText(pdf).replace(/\s+/g, ' ').trim();
    expect(printed).toBe('<script>document.title="x"</script> & "q" \uFFFD');
    expect(readPdfPageCount(pdf)).toBe(1);
  });

  it('matches the PDF renderer pixel for pixel in the bars', async () => {
    const dpi = 203;
    const document = cartonLabel(dpi);
    const { pdf } = await printHtmlToPdf(browser, renderLabelPrintHtml(document), cartonPage);
    const printed = rasterizePdfGray(pdf, dpi);
    const reference = rasterizePdfGray(await renderLabelPdf(document), dpi);
    const barcode = document.elements.find((element): element is BarcodeElement => element.kind === 'barcode');
    const layout = barcode === undefined ? undefined : layoutBarcode(barcode, dpi);
    if (layout === undefined || !layout.ok) {
      throw new Error('Carton label has no barcode that lays out');
    }

    expect({ width: printed.width, height: printed.height }).toEqual({ width: reference.width, height: reference.height });
    const barRows = [layout.value.topDots, layout.value.topDots + layout.value.heightDots] as const;
    expect(countDifferentPixels(printed, reference, ...barRows)).toBe(0);
    // Text is rasterised by two different engines, so glyph edges may differ by a pixel; more
    // than 1 % of the page would mean misplaced or missing text.
    const pagePixels = printed.width * printed.height;
    expect(countDifferentPixels(printed, reference, 0, printed.height)).toBeLessThan(pagePixels / 100);
  });
});
