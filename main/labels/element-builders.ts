import { type LabelFont, type LineElement, type TextAlignment, type TextElement, millimetresPerInch, pointsPerInch } from './model';

/** Line height used by label builders, as a multiple of the em size. */
export const defaultLineHeight = 1.15;

/** Distance in millimetres between the tops of two lines set at `sizePt` with the default line height. */
export function lineAdvanceMm(sizePt: number): number {
  return (sizePt * defaultLineHeight * millimetresPerInch) / pointsPerInch;
}

export interface TextPlacement {
  readonly xMm: number;
  readonly yMm: number;
  readonly maxWidthMm: number;
  readonly font?: LabelFont;
  readonly sizePt: number;
  /** Smallest size a too-wide single line may shrink to; without it the line is only shortened. */
  readonly minSizePt?: number;
  readonly align?: TextAlignment;
  readonly maxLines?: number;
}

/** Creates a text element with the builders' defaults: regular font, left aligned, one line. */
export function textAt(text: string, placement: TextPlacement): TextElement {
  return {
    kind: 'text',
    text,
    xMm: placement.xMm,
    yMm: placement.yMm,
    maxWidthMm: placement.maxWidthMm,
    font: placement.font ?? 'regular',
    size: { unit: 'pt', value: placement.sizePt },
    ...(placement.minSizePt === undefined ? {} : { minSize: { unit: 'pt', value: placement.minSizePt } }),
    align: placement.align ?? 'left',
    maxLines: placement.maxLines ?? 1,
    lineHeight: defaultLineHeight,
  };
}

/** Creates a horizontal rule across `widthMm` starting at `xMm`. */
export function horizontalRule(xMm: number, yMm: number, widthMm: number, thicknessMm: number): LineElement {
  return { kind: 'line', x1Mm: xMm, y1Mm: yMm, x2Mm: xMm + widthMm, y2Mm: yMm, thicknessMm };
}
