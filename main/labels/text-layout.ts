import { assertNever } from '../core/assert';
import type { BarcodeLayout } from './barcode-layout';
import { dotsToMm } from './dots';
import { type BarcodeElement, type Dpi, type LabelFont, type TextAlignment, type TextElement, fontSizeInPt, mmToPt } from './model';
import { fitText } from './text-fit';

/**
 * Placement of label text shared by every renderer, so the PDF and the SVG of one document break
 * lines, shrink text and align it identically. All lengths are in PDF points.
 */

/** Font measurements in points, taken from the embedded TTF files. */
export interface FontMetrics {
  /** Advance width of `text` set in `font` at `sizePt`, kerning included. */
  widthOf(font: LabelFont, sizePt: number, text: string): number;
  /** Distance from the top of a line to its baseline at `sizePt`. */
  ascenderOf(font: LabelFont, sizePt: number): number;
}

/** One line of text at its final position. */
export interface PlacedTextLine {
  readonly text: string;
  readonly font: LabelFont;
  readonly sizePt: number;
  readonly align: TextAlignment;
  /** Left edge of the line after alignment. */
  readonly leftPt: number;
  /** Top of the line, where pdfkit places text by default. */
  readonly topPt: number;
  readonly widthPt: number;
}

// Text width scales linearly with the font size, so one measurement gives the size that fits.
function shrunkSizePt(metrics: FontMetrics, element: TextElement, maxWidthPt: number): number {
  const sizePt = fontSizeInPt(element.size);
  if (element.minSize === undefined || element.maxLines !== 1) {
    return sizePt;
  }
  const widthPt = metrics.widthOf(element.font, sizePt, element.text);
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

/**
 * Breaks a text element into lines and places each one: a too-wide single line shrinks down to
 * its minimum size, longer text wraps and is shortened with an ellipsis (see `fitText`).
 */
export function layoutTextElement(element: TextElement, metrics: FontMetrics): ReadonlyArray<PlacedTextLine> {
  const maxWidthPt = mmToPt(element.maxWidthMm);
  const sizePt = shrunkSizePt(metrics, element, maxWidthPt);
  const measure = (text: string): number => metrics.widthOf(element.font, sizePt, text);

  return fitText(element.text, maxWidthPt, element.maxLines, measure).map((line, index) => {
    const widthPt = measure(line);
    return {
      text: line,
      font: element.font,
      sizePt,
      align: element.align,
      leftPt: mmToPt(element.xMm) + alignmentOffsetPt(element.align, maxWidthPt, widthPt),
      topPt: mmToPt(element.yMm) + index * element.lineHeight * sizePt,
      widthPt,
    };
  });
}

/**
 * Returns the human-readable line of a laid-out barcode as a one-line text element centred under
 * the symbol, or null when the barcode has none.
 */
export function humanReadableTextElement(element: BarcodeElement, layout: BarcodeLayout, dpi: Dpi): TextElement | null {
  const humanReadable = element.humanReadable;
  if (humanReadable === null) {
    return null;
  }

  const symbolCentreDots = layout.symbolLeftDots + layout.symbolWidthDots / 2;
  return {
    kind: 'text',
    text: humanReadable.text,
    xMm: dotsToMm(dpi, symbolCentreDots) - element.widthMm / 2,
    yMm: dotsToMm(dpi, layout.topDots + layout.heightDots) + humanReadable.gapMm,
    maxWidthMm: element.widthMm,
    font: humanReadable.font,
    size: humanReadable.size,
    align: 'center',
    maxLines: 1,
    lineHeight: 1.2,
  };
}
