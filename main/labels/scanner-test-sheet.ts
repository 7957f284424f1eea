import bwipjs from 'bwip-js/node';
import { escapeXml } from './xml-text';
import { scannerTestLines, type ScannerTestLineId } from './scanner-test-lines';

/** Captions of the sheet, already in the station's language. */
export interface ScannerTestSheetCaptions {
  readonly title: string;
  readonly hint: string;
  readonly lines: Readonly<Record<ScannerTestLineId, string>>;
}

// Module sizes in millimetres, chosen so a handheld imager reads the sheet from 10 to 30 cm. They
// are an estimate for office laser printers, not a standard.
const linearModuleMm = 0.33;
const matrixModuleMm = 0.5;

function symbolSvg(line: (typeof scannerTestLines)[number]): string {
  if (line.symbology === 'gs1datamatrix') {
    return bwipjs.toSVG({ bcid: 'gs1datamatrix', text: line.encoded, scale: 1, paddingwidth: 2, paddingheight: 2 });
  }
  return bwipjs.toSVG({ bcid: line.symbology, text: line.encoded, scale: 1, height: 15, includetext: true, textxalign: 'center', paddingwidth: 10 });
}

/** Returns the SVG with its width set in millimetres, so every printer prints the same module size. */
function sizedSvg(svg: string, moduleMm: number): string {
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (viewBox === null) {
    return svg;
  }
  const widthMm = Number(viewBox[1]) * moduleMm;
  const heightMm = Number(viewBox[2]) * moduleMm;
  return svg.replace('<svg ', `<svg width="${widthMm.toFixed(2)}mm" height="${heightMm.toFixed(2)}mm" `);
}

/** The test sheet as a whole HTML page, and as markup for a page that brings its own styles. */
export interface ScannerTestSheet {
  /** A self-contained page with its A4 print styles inline, for saving or printing on its own. */
  readonly page: string;
  /** The sheet's markup without any style, for embedding where a Content-Security-Policy forbids inline styles. */
  readonly body: string;
}

/**
 * Builds the one-page A4 scanner test sheet: a Code 128 with the characters that keyboard layouts
 * move, a GS1 DataMatrix whose lot is followed by a GS separator, and an EAN-13. Symbols are
 * sized in millimetres so every printer prints the same module size. Throws when bwip-js cannot
 * encode a line, which is a bug because the lines are constants.
 */
export function buildScannerTestSheet(captions: ScannerTestSheetCaptions): ScannerTestSheet {
  const blocks = scannerTestLines.map((line, index) => {
    const moduleMm = line.symbology === 'gs1datamatrix' ? matrixModuleMm : linearModuleMm;
    return `<section class="line"><h2>${index + 1}. ${escapeXml(captions.lines[line.id])}</h2>${sizedSvg(symbolSvg(line), moduleMm)}</section>`;
  });

  const body = [`<h1>${escapeXml(captions.title)}</h1>`, `<p>${escapeXml(captions.hint)}</p>`, ...blocks].join('\n');
  const page = [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeXml(captions.title)}</title>`,
    '<style>@page { size: A4 portrait; margin: 20mm; } body { font-family: sans-serif; margin: 0; }',
    'h1 { font-size: 20pt; margin: 0 0 4mm; } p { font-size: 11pt; margin: 0 0 10mm; }',
    '.line { margin: 0 0 14mm; page-break-inside: avoid; } h2 { font-size: 13pt; margin: 0 0 4mm; }</style>',
    '</head><body>',
    body,
    '</body></html>',
    '',
  ].join('\n');
  return { page, body };
}
