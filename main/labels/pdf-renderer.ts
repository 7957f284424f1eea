import PDFDocument from 'pdfkit';
import { type BarcodeLayout, layoutBarcode } from './barcode-layout';
import { dotsToMm, dotsToPt } from './dots';
import { loadLabelFont } from './fonts';
import {
  type BarcodeElement,
  type BoxElement,
  type LabelDocument,
  type LineElement,
  type TextElement,
  fontSizeInPt,
  mmToPt,
} from './model';
import { assertNever } from '../core/assert';
import { fitText } from './text-fit';

// A fixed timestamp makes the output byte-for-byte repeatable: pdfkit derives the file ID from
// the document info, so a fixed CreationDate and ModDate also fix the ID.
const fixedTimestamp = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

type PdfDocument = InstanceType<typeof PDFDocument>;

// Text width scales linearly with the font size, so one measurement gives the size that fits.
function shrunkSizePt(pdf: PdfDocument, element: TextElement, maxWidthPt: number): number {
  const sizePt = fontSizeInPt(element.size);
  if (element.minSize === undefined || element.maxLines !== 1) {
    return sizePt;
  }
  const widthPt = pdf.font(element.font).fontSize(sizePt).widthOfString(element.text);
  if (widthPt <= maxWidthPt) {
    return sizePt;
  }
  return Math.max(fontSizeInPt(element.minSize), (sizePt * maxWidthPt) / widthPt);
}

function alignmentOffsetPt(align: TextElement['align'], maxWidthPt: number, lineWidthPt: number): number {
  switch (align) {
    case 'left':
      return 0;
    case 'center':
      return (maxWidthPt - lineWidthPt) / 2;
    case 'right':
      return maxWidthPt - lineWidthPt;
    default:
      return assertNever(align, 'text alignment');
  }
}

function drawText(pdf: PdfDocument, element: TextElement): void {
  const maxWidthPt = mmToPt(element.maxWidthMm);
  const sizePt = shrunkSizePt(pdf, element, maxWidthPt);
  pdf.font(element.font).fontSize(sizePt);
  const measure = (text: string): number => pdf.widthOfString(text);

  const lines = fitText(element.text, maxWidthPt, element.maxLines, measure);
  lines.forEach((line, index) => {
    const lineWidthPt = measure(line);
    const leftPt = mmToPt(element.xMm);
    const offsetPt = alignmentOffsetPt(element.align, maxWidthPt, lineWidthPt);
    const topPt = mmToPt(element.yMm) + index * element.lineHeight * sizePt;
    pdf.text(line, leftPt + offsetPt, topPt, { lineBreak: false });
  });
}

function drawLine(pdf: PdfDocument, element: LineElement): void {
  pdf
    .moveTo(mmToPt(element.x1Mm), mmToPt(element.y1Mm))
    .lineTo(mmToPt(element.x2Mm), mmToPt(element.y2Mm))
    .lineWidth(mmToPt(element.thicknessMm))
    .lineCap('butt')
    .stroke('black');
}

function drawBox(pdf: PdfDocument, element: BoxElement): void {
  pdf.rect(mmToPt(element.xMm), mmToPt(element.yMm), mmToPt(element.widthMm), mmToPt(element.heightMm));
  if (element.filled) {
    pdf.fill('black');
    return;
  }
  pdf.lineWidth(mmToPt(element.thicknessMm)).stroke('black');
}

// Bars are filled rectangles whose edges are whole dots converted to points, so they sit on
// the printer's dot grid when the page is printed at 100 % at the layout's DPI.
function drawBars(pdf: PdfDocument, layout: BarcodeLayout): void {
  const topPt = dotsToPt(layout.dpi, layout.topDots);
  const heightPt = dotsToPt(layout.dpi, layout.heightDots);
  for (const bar of layout.bars) {
    pdf.rect(dotsToPt(layout.dpi, bar.leftDots), topPt, dotsToPt(layout.dpi, bar.widthDots), heightPt);
  }
  pdf.fill('black');
}

function drawBarcode(pdf: PdfDocument, element: BarcodeElement, document: LabelDocument): void {
  const layout = layoutBarcode(element, document.dpi);
  if (!layout.ok) {
    throw new Error(`Label "${document.title}" was not validated before rendering: ${layout.error.code}`);
  }
  drawBars(pdf, layout.value);

  const humanReadable = element.humanReadable;
  if (humanReadable === null) {
    return;
  }
  const symbolCentreDots = layout.value.symbolLeftDots + layout.value.symbolWidthDots / 2;
  const textWidthMm = element.widthMm;
  drawText(pdf, {
    kind: 'text',
    text: humanReadable.text,
    xMm: dotsToMm(document.dpi, symbolCentreDots) - textWidthMm / 2,
    yMm: dotsToMm(document.dpi, layout.value.topDots + layout.value.heightDots) + humanReadable.gapMm,
    maxWidthMm: textWidthMm,
    font: humanReadable.font,
    size: humanReadable.size,
    align: 'center',
    maxLines: 1,
    lineHeight: 1.2,
  });
}

/**
 * Renders a validated label document to a one-page PDF whose page is exactly the label size.
 * Fonts are embedded from resources/fonts, barcodes are vector rectangles on the dot grid of the
 * document's DPI, and equal documents give identical bytes. Throws when a barcode does not lay
 * out, because builders must reject such documents with `validateLabelDocument` first.
 */
export async function renderLabelPdf(document: LabelDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: [mmToPt(document.widthMm), mmToPt(document.heightMm)],
    margin: 0,
    info: {
      Title: document.title,
      Producer: 'Packtrace',
      Creator: 'Packtrace',
      CreationDate: fixedTimestamp,
      ModDate: fixedTimestamp,
    },
  });
  pdf.registerFont('regular', loadLabelFont('regular'));
  pdf.registerFont('bold', loadLabelFont('bold'));

  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolvePdf, rejectPdf) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolvePdf(Buffer.concat(chunks)));
    pdf.on('error', rejectPdf);
  });

  for (const element of document.elements) {
    switch (element.kind) {
      case 'text':
        drawText(pdf, element);
        break;
      case 'line':
        drawLine(pdf, element);
        break;
      case 'box':
        drawBox(pdf, element);
        break;
      case 'barcode':
        drawBarcode(pdf, element, document);
        break;
      default:
        assertNever(element, 'label element');
    }
  }

  pdf.end();
  return finished;
}
