import PDFDocument from 'pdfkit';
import { type BarcodeLayout, layoutBarcode } from './barcode-layout';
import { dotsToPt } from './dots';
import { layoutPdf417 } from './pdf417';
import { pdfkitFontMetrics, registerLabelFonts } from './font-metrics';
import {
  type BarcodeElement,
  type BoxElement,
  type LabelDocument,
  type LineElement,
  type Pdf417Element,
  type TextElement,
  mmToPt,
} from './model';
import { assertNever } from '../core/assert';
import { humanReadableTextElement, layoutTextElement } from './text-layout';

// A fixed timestamp makes the output byte-for-byte repeatable: pdfkit derives the file ID from
// the document info, so a fixed CreationDate and ModDate also fix the ID.
const fixedTimestamp = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

type PdfDocument = InstanceType<typeof PDFDocument>;

function drawText(pdf: PdfDocument, element: TextElement): void {
  for (const line of layoutTextElement(element, pdfkitFontMetrics(pdf))) {
    pdf.font(line.font).fontSize(line.sizePt);
    pdf.text(line.text, line.leftPt, line.topPt, { lineBreak: false });
  }
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

  const humanReadable = humanReadableTextElement(element, layout.value, document.dpi);
  if (humanReadable !== null) {
    drawText(pdf, humanReadable);
  }
}

function drawPdf417(pdf: PdfDocument, element: Pdf417Element, document: LabelDocument): void {
  const layout = layoutPdf417(element, document.dpi);
  if (!layout.ok) {
    throw new Error(`Label "${document.title}" was not validated before rendering: ${layout.error.code}`);
  }
  for (const rectangle of layout.value.rectangles) {
    pdf.rect(
      dotsToPt(document.dpi, rectangle.leftDots),
      dotsToPt(document.dpi, rectangle.topDots),
      dotsToPt(document.dpi, rectangle.widthDots),
      dotsToPt(document.dpi, rectangle.heightDots),
    );
  }
  pdf.fill('black');
}

function drawElements(pdf: PdfDocument, document: LabelDocument): void {
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
      case 'pdf417':
        drawPdf417(pdf, element, document);
        break;
      default:
        assertNever(element, 'label element');
    }
  }
}

/**
 * Renders a validated label document to a one-page PDF whose page is exactly the label size.
 * Fonts are embedded from resources/fonts, barcodes are vector rectangles on the dot grid of the
 * document's DPI, and equal documents give identical bytes. Throws when a barcode does not lay
 * out, because builders must reject such documents with `validateLabelDocument` first.
 */
export async function renderLabelPdf(document: LabelDocument): Promise<Buffer> {
  return renderLabelPagesPdf(document.title, [document]);
}

/**
 * Renders validated label documents as the pages of one PDF, each page the size of its
 * document, with `title` in the PDF metadata. Used for label sheets, where each page is one
 * sheet. Throws on an empty page list and, as `renderLabelPdf`, on a barcode that does not lay out.
 */
export async function renderLabelPagesPdf(title: string, pages: ReadonlyArray<LabelDocument>): Promise<Buffer> {
  const [first] = pages;
  if (first === undefined) {
    throw new Error(`PDF "${title}" has no pages`);
  }

  const pdf = new PDFDocument({
    size: [mmToPt(first.widthMm), mmToPt(first.heightMm)],
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: title,
      Producer: 'Packtrace',
      Creator: 'Packtrace',
      CreationDate: fixedTimestamp,
      ModDate: fixedTimestamp,
    },
  });
  registerLabelFonts(pdf);

  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolvePdf, rejectPdf) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolvePdf(Buffer.concat(chunks)));
    pdf.on('error', rejectPdf);
  });

  for (const page of pages) {
    pdf.addPage({ size: [mmToPt(page.widthMm), mmToPt(page.heightMm)], margin: 0 });
    drawElements(pdf, page);
  }

  pdf.end();
  return finished;
}
