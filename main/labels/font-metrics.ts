import PDFDocument from 'pdfkit';
import { loadLabelFont } from './fonts';
import type { FontMetrics } from './text-layout';

type PdfDocument = InstanceType<typeof PDFDocument>;

// pdfkit keeps the current font in a field its type definitions leave out. `ascender` is in
// thousandths of the em, and pdfkit adds it to `y` to place the first baseline.
interface PdfFontState {
  readonly _font: { readonly ascender: number };
}

/** Registers the label fonts under their `LabelFont` names on a pdfkit document. */
export function registerLabelFonts(pdf: PdfDocument): void {
  pdf.registerFont('regular', loadLabelFont('regular'));
  pdf.registerFont('bold', loadLabelFont('bold'));
}

/**
 * Measures with pdfkit's own fontkit layout, the one it draws with, so every renderer that
 * uses these metrics breaks and aligns text exactly as the PDF does.
 */
export function pdfkitFontMetrics(pdf: PdfDocument): FontMetrics {
  return {
    widthOf: (font, sizePt, text) => pdf.font(font).fontSize(sizePt).widthOfString(text),
    ascenderOf: (font, sizePt) => ((pdf.font(font) as unknown as PdfFontState)._font.ascender * sizePt) / 1000,
  };
}

/** Creates font metrics backed by a pdfkit document that is never written out. */
export function createLabelFontMetrics(): FontMetrics {
  const pdf = new PDFDocument({ autoFirstPage: false });
  registerLabelFonts(pdf);
  return pdfkitFontMetrics(pdf);
}
