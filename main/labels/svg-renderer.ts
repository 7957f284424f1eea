import { assertNever } from '../core/assert';
import { type BarcodeLayout, layoutBarcode } from './barcode-layout';
import { createLabelFontMetrics } from './font-metrics';
import { loadLabelFont } from './fonts';
import { layoutPdf417 } from './pdf417';
import { type BarcodeElement, type BoxElement, type LabelDocument, type LabelFont, type LineElement, type Pdf417Element, type TextElement, millimetresPerInch, pointsPerInch } from './model';
import { type FontMetrics, type PlacedTextLine, humanReadableTextElement, layoutTextElement } from './text-layout';
import { escapeXml } from './xml-text';

/** CSS font family of each label font inside the SVG, defined by an embedded @font-face rule. */
export const svgFontFamilies: Record<LabelFont, string> = {
  regular: 'Packtrace Label Regular',
  bold: 'Packtrace Label Bold',
};

// Six decimals of a millimetre (a nanometre) are far below one printer dot and keep the
// text short. Rounding also turns -0 and float noise such as 0.30000000000000004 into stable text.
function formatNumber(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return String(rounded === 0 ? 0 : rounded);
}

function ptToMm(points: number): number {
  return (points * millimetresPerInch) / pointsPerInch;
}

function fontFaceRule(font: LabelFont): string {
  const base64 = loadLabelFont(font).toString('base64');
  return `@font-face{font-family:"${svgFontFamilies[font]}";src:url(data:font/ttf;base64,${base64}) format("truetype");}`;
}

// SVG places text at its baseline, while the shared layout gives the top of the line as pdfkit
// does. `textLength` with `lengthAdjust="spacing"` makes the browser stretch or squeeze only the
// gaps between glyphs to pdfkit's measured width, so a line that fitted its box in the layout
// also fits when the browser's shaping comes out a little wider (Chromium 156 sets DejaVu Sans
// Bold at 7.5 pt about 0.7 % narrower than pdfkit measures it).
function textLineSvg(line: PlacedTextLine, metrics: FontMetrics): string {
  const baselineMm = ptToMm(line.topPt + metrics.ascenderOf(line.font, line.sizePt));
  const anchors = { left: ['start', line.leftPt], center: ['middle', line.leftPt + line.widthPt / 2], right: ['end', line.leftPt + line.widthPt] } as const;
  const [anchor, xPt] = anchors[line.align];
  const fontClass = line.font === 'bold' ? 'b' : 'r';
  return (
    `<text class="${fontClass}" x="${formatNumber(ptToMm(xPt))}" y="${formatNumber(baselineMm)}" ` +
    `font-size="${formatNumber(ptToMm(line.sizePt))}" text-anchor="${anchor}" ` +
    `textLength="${formatNumber(ptToMm(line.widthPt))}" lengthAdjust="spacing">${escapeXml(line.text)}</text>`
  );
}

function textSvg(element: TextElement, metrics: FontMetrics): string[] {
  // An empty line draws nothing, and a zero `textLength` would only add noise.
  return layoutTextElement(element, metrics)
    .filter((line) => line.text !== '')
    .map((line) => textLineSvg(line, metrics));
}

function lineSvg(element: LineElement): string {
  return (
    `<line x1="${formatNumber(element.x1Mm)}" y1="${formatNumber(element.y1Mm)}" x2="${formatNumber(element.x2Mm)}" y2="${formatNumber(element.y2Mm)}" ` +
    `stroke="#000" stroke-width="${formatNumber(element.thicknessMm)}" stroke-linecap="butt"/>`
  );
}

function boxSvg(element: BoxElement): string {
  const geometry = `x="${formatNumber(element.xMm)}" y="${formatNumber(element.yMm)}" width="${formatNumber(element.widthMm)}" height="${formatNumber(element.heightMm)}"`;
  if (element.filled) {
    return `<rect ${geometry} fill="#000"/>`;
  }
  return `<rect ${geometry} fill="none" stroke="#000" stroke-width="${formatNumber(element.thicknessMm)}"/>`;
}

// The group is scaled from printer dots to millimetres, so every bar is written in the whole
// dots of the shared layout and sits on the same dot grid as the PDF's bars.
function barsSvg(layout: BarcodeLayout): string {
  const rects = layout.bars.map((bar) => `<rect x="${bar.leftDots}" y="${layout.topDots}" width="${bar.widthDots}" height="${layout.heightDots}"/>`);
  return `<g fill="#000" transform="scale(${String(millimetresPerInch / layout.dpi)})">${rects.join('')}</g>`;
}

function barcodeSvg(element: BarcodeElement, document: LabelDocument, metrics: FontMetrics): string[] {
  const layout = layoutBarcode(element, document.dpi);
  if (!layout.ok) {
    throw new Error(`Label "${document.title}" was not validated before rendering: ${layout.error.code}`);
  }

  const humanReadable = humanReadableTextElement(element, layout.value, document.dpi);
  return [barsSvg(layout.value), ...(humanReadable === null ? [] : textSvg(humanReadable, metrics))];
}

function pdf417Svg(element: Pdf417Element, document: LabelDocument): string {
  const layout = layoutPdf417(element, document.dpi);
  if (!layout.ok) {
    throw new Error(`Label "${document.title}" was not validated before rendering: ${layout.error.code}`);
  }

  const rects = layout.value.rectangles.map(
    (rectangle) => `<rect x="${rectangle.leftDots}" y="${rectangle.topDots}" width="${rectangle.widthDots}" height="${rectangle.heightDots}"/>`,
  );
  return `<g fill="#000" transform="scale(${String(millimetresPerInch / document.dpi)})">${rects.join('')}</g>`;
}

function elementSvg(document: LabelDocument, metrics: FontMetrics): string[] {
  return document.elements.flatMap((element) => {
    switch (element.kind) {
      case 'text':
        return textSvg(element, metrics);
      case 'line':
        return [lineSvg(element)];
      case 'box':
        return [boxSvg(element)];
      case 'barcode':
        return barcodeSvg(element, document, metrics);
      case 'pdf417':
        return [pdf417Svg(element, document)];
      default:
        return assertNever(element, 'label element');
    }
  });
}

function usedFonts(document: LabelDocument): ReadonlyArray<LabelFont> {
  const fonts = new Set<LabelFont>();
  for (const element of document.elements) {
    if (element.kind === 'text') {
      fonts.add(element.font);
    } else if (element.kind === 'barcode' && element.humanReadable !== null) {
      fonts.add(element.humanReadable.font);
    }
  }
  return (['regular', 'bold'] as const).filter((font) => fonts.has(font));
}

/**
 * Renders a validated label document to a standalone SVG whose width and height are the label
 * size in millimetres, with a viewBox in millimetres. Text is placed by the same layout as the
 * PDF and set in the DejaVu fonts embedded as data: URLs, so the SVG needs no file or network
 * access. Barcodes are rectangles on the dot grid of the document's DPI. Every text value is
 * XML-escaped, and equal documents give identical strings. Throws when a barcode does not lay
 * out, because builders must reject such documents with `validateLabelDocument` first.
 */
export function renderLabelSvg(document: LabelDocument): string {
  const metrics = createLabelFontMetrics();
  const width = formatNumber(document.widthMm);
  const height = formatNumber(document.heightMm);
  const fontRules = usedFonts(document).map(fontFaceRule).join('');
  const style =
    `${fontRules}text{white-space:pre;font-kerning:normal;text-rendering:geometricPrecision}` +
    `.r{font-family:"${svgFontFamilies.regular}"}.b{font-family:"${svgFontFamilies.bold}"}`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${height}mm" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(document.title)}</title>`,
    `<style>${style}</style>`,
    ...elementSvg(document, metrics),
    '</svg>',
  ].join('\n');
}
