import { assertNever } from '../core/assert';
import { type Result, err, ok } from '../core/result';
import { type BarcodeLayout, layoutBarcode } from './barcode-layout';
import { mmToDotsNearest } from './dots';
import { createLabelFontMetrics } from './font-metrics';
import type { BarcodeElement, BoxElement, LabelDocument, LineElement, Pdf417Element, TextElement } from './model';
import { layoutPdf417 } from './pdf417';
import { type FontMetrics, humanReadableTextElement, layoutTextElement } from './text-layout';
import { planCode128 } from './zpl-code128';
import { zplField } from './zpl-escape';
import { gs1SymbolItems } from './zpl-gs1';
import { zplPdf417 } from './zpl-matrix';

/**
 * Renders a label document as one ZPL II label for a thermal printer at the document's DPI.
 *
 * - The label starts with `^XA`, `^CI28` (UTF-8), `^PW`/`^LL` at the label size and `^LH0,0`,
 *   and ends with its own `^XZ`. Every data field goes through `^FH_` hex escapes, so nothing
 *   in the data can end the field or the label.
 * - PDF417 uses `^B7` with the laid-out columns, rows and error-correction level.
 * - Barcodes are placed from the same dot-grid layout as the PDF renderer: the same left edge,
 *   top, height and module width in dots. Code 128 and GS1-128 use `^BC` in no-mode with
 *   explicit code sets, and GS1-128 starts with FNC1 (`>8`).
 * - Text uses the printer's scalable font `^A0` (CG Triumvirate Bold Condensed) at the em size in
 *   dots. Lines are broken and shortened with the metrics of the PDF fonts, which are wider than
 *   `^A0`, so a line that fits the PDF also fits here. Glyph shapes and exact widths differ
 *   from the PDF, and both label fonts map to `^A0`.
 */

/** Expected failures of ZPL rendering that document validation does not catch. */
export type ZplRenderError =
  | { readonly code: 'zpl-barcode-data-unsupported'; readonly data: string; readonly reason: string }
  | { readonly code: 'zpl-barcode-wider-than-layout'; readonly data: string; readonly layoutModules: number; readonly zplModules: number };

const pointsPerInch = 72;

function dotsOfMm(document: LabelDocument, mm: number): number {
  return mmToDotsNearest(document.dpi, mm);
}

function textLines(element: TextElement, document: LabelDocument, metrics: FontMetrics): ReadonlyArray<string> {
  return layoutTextElement(element, metrics).map((line) => {
    const heightDots = Math.max(1, Math.round((line.sizePt * document.dpi) / pointsPerInch));
    const topDots = Math.round((line.topPt * document.dpi) / pointsPerInch);
    const leftDots = Math.round((line.leftPt * document.dpi) / pointsPerInch);
    const font = `^FO${leftDots},${topDots}^A0N,${heightDots},${heightDots}`;
    // `^FB` reads `\` as an escape in its data (`\&` starts a new line), and zebrash (in
    // zpl-renderer-js 3.4.0) prints `\\` as two backslashes. So a line with a backslash is
    // placed with `^FO` at the PDF metrics' alignment instead of in a field block.
    if (element.align === 'left' || line.text.includes('\\')) {
      return `${font}${zplField(line.text)}`;
    }
    // Centred and right-aligned lines use a one-line field block over the element's width, so
    // the printer aligns them with its own font's widths.
    const blockLeftDots = dotsOfMm(document, element.xMm);
    const widthDots = dotsOfMm(document, element.maxWidthMm);
    const justification = element.align === 'center' ? 'C' : 'R';
    return `^FO${blockLeftDots},${topDots}^A0N,${heightDots},${heightDots}^FB${widthDots},1,0,${justification},0${zplField(line.text)}`;
  });
}

function lineCommand(element: LineElement, document: LabelDocument): string {
  const thickness = Math.max(1, dotsOfMm(document, element.thicknessMm));
  const x1 = dotsOfMm(document, element.x1Mm);
  const y1 = dotsOfMm(document, element.y1Mm);
  const x2 = dotsOfMm(document, element.x2Mm);
  const y2 = dotsOfMm(document, element.y2Mm);
  if (x1 === x2 || y1 === y2) {
    // `^GB` draws a horizontal or vertical rule as a box as thick as the rule, centred on the line.
    const left = Math.min(x1, x2) - (x1 === x2 ? Math.floor(thickness / 2) : 0);
    const top = Math.min(y1, y2) - (y1 === y2 ? Math.floor(thickness / 2) : 0);
    const width = Math.max(thickness, Math.abs(x2 - x1));
    const height = Math.max(thickness, Math.abs(y2 - y1));
    return `^FO${left},${top}^GB${width},${height},${thickness},B,0^FS`;
  }
  // `^GD` draws a diagonal inside its bounding box: R leans right (bottom-left to top-right).
  const orientation = (x2 - x1) * (y2 - y1) < 0 ? 'R' : 'L';
  return `^FO${Math.min(x1, x2)},${Math.min(y1, y2)}^GD${Math.abs(x2 - x1)},${Math.abs(y2 - y1)},${thickness},B,${orientation}^FS`;
}

function boxCommand(element: BoxElement, document: LabelDocument): string {
  const width = Math.max(1, dotsOfMm(document, element.widthMm));
  const height = Math.max(1, dotsOfMm(document, element.heightMm));
  const thickness = element.filled ? Math.min(width, height) : Math.max(1, dotsOfMm(document, element.thicknessMm));
  return `^FO${dotsOfMm(document, element.xMm)},${dotsOfMm(document, element.yMm)}^GB${width},${height},${thickness},B,0^FS`;
}

function barcodeCommands(element: BarcodeElement, layout: BarcodeLayout): Result<string, ZplRenderError> {
  const items = element.symbology === 'gs1-128' ? gs1SymbolItems(element.data) : ok([{ kind: 'text' as const, text: element.data }]);
  if (!items.ok) {
    return err({ code: 'zpl-barcode-data-unsupported', data: element.data, reason: items.error });
  }
  const planned = planCode128(items.value);
  if (!planned.ok) {
    return err({ code: 'zpl-barcode-data-unsupported', data: element.data, reason: planned.error });
  }

  // The layout reserved quiet zones around bwip-js's symbol width; a wider ZPL symbol would eat into them.
  const layoutModules = layout.symbolWidthDots / layout.moduleDots;
  if (planned.value.widthModules > layoutModules) {
    return err({ code: 'zpl-barcode-wider-than-layout', data: element.data, layoutModules, zplModules: planned.value.widthModules });
  }

  return ok(
    `^FO${layout.symbolLeftDots},${layout.topDots}^BY${layout.moduleDots}^BCN,${layout.heightDots},N,N,N,N${zplField(planned.value.fieldData)}`,
  );
}

// The printer encodes `^B7` itself. Fixing columns, rows and error-correction level to the
// laid-out symbol's gives the same codeword grid, so the symbol covers the same dots as in the PDF.
function pdf417Command(element: Pdf417Element, document: LabelDocument): string {
  const layout = layoutPdf417(element, document.dpi);
  if (!layout.ok) {
    throw new Error(`Label "${document.title}" was not validated before rendering: ${layout.error.code}`);
  }
  return zplPdf417({
    data: element.data,
    leftDots: layout.value.symbolLeftDots,
    topDots: layout.value.symbolTopDots,
    moduleDots: element.moduleDots,
    rowHeightDots: element.rowHeightModules * element.moduleDots,
    securityLevel: element.errorCorrectionLevel,
    columns: element.columns,
    rows: layout.value.rows,
  });
}

/**
 * Renders a validated label document to a ZPL label (ASCII text). Throws when a barcode does not
 * lay out, because builders reject such documents with `validateLabelDocument` first. Returns an
 * error for barcode data ZPL cannot carry as planned (control characters in Code 128).
 */
export function renderLabelZpl(document: LabelDocument, metrics: FontMetrics = createLabelFontMetrics()): Result<string, ZplRenderError> {
  const commands: string[] = [
    '^XA',
    '^CI28',
    `^PW${dotsOfMm(document, document.widthMm)}`,
    `^LL${dotsOfMm(document, document.heightMm)}`,
    '^LH0,0',
  ];

  for (const element of document.elements) {
    switch (element.kind) {
      case 'text':
        commands.push(...textLines(element, document, metrics));
        break;
      case 'line':
        commands.push(lineCommand(element, document));
        break;
      case 'box':
        commands.push(boxCommand(element, document));
        break;
      case 'barcode': {
        const layout = layoutBarcode(element, document.dpi);
        if (!layout.ok) {
          throw new Error(`Label "${document.title}" was not validated before rendering: ${layout.error.code}`);
        }
        const bars = barcodeCommands(element, layout.value);
        if (!bars.ok) {
          return bars;
        }
        commands.push(bars.value);
        const humanReadable = humanReadableTextElement(element, layout.value, document.dpi);
        if (humanReadable !== null) {
          commands.push(...textLines(humanReadable, document, metrics));
        }
        break;
      }
      case 'pdf417':
        commands.push(pdf417Command(element, document));
        break;
      default:
        assertNever(element, 'label element');
    }
  }

  commands.push('^XZ');
  return ok(`${commands.join('\n')}\n`);
}
