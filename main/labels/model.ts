/**
 * The label document model: a page in millimetres plus positioned elements. It names no output
 * format, so the PDF renderer and a later ZPL renderer read the same document. Coordinates are
 * measured from the top-left corner of the label, x to the right and y downwards.
 */

/** Printer resolutions that labels are laid out for, in dots per inch. */
export type Dpi = 203 | 300;

/** Typefaces bundled in resources/fonts and embedded into every PDF label. */
export type LabelFont = 'regular' | 'bold';

/** Em size of a font, in typographic points (1/72 in) or in millimetres. */
export type FontSize = { readonly unit: 'pt'; readonly value: number } | { readonly unit: 'mm'; readonly value: number };

export type TextAlignment = 'left' | 'center' | 'right';

/**
 * A block of text. A single-line text wider than `maxWidthMm` is first set smaller, down to
 * `minSize` when given. Otherwise lines wrap at word boundaries inside `maxWidthMm`, and when
 * the text needs more than `maxLines` lines, the last line is shortened and ends with an ellipsis.
 */
export interface TextElement {
  readonly kind: 'text';
  readonly text: string;
  readonly xMm: number;
  /** Top of the first line. */
  readonly yMm: number;
  readonly maxWidthMm: number;
  readonly font: LabelFont;
  readonly size: FontSize;
  /** Smallest size a single-line text may shrink to before it is shortened. */
  readonly minSize?: FontSize;
  readonly align: TextAlignment;
  /** 1 means a single line that is shortened when too wide. */
  readonly maxLines: number;
  /** Distance between baselines as a multiple of the em size. */
  readonly lineHeight: number;
}

/** A straight rule between two points. */
export interface LineElement {
  readonly kind: 'line';
  readonly x1Mm: number;
  readonly y1Mm: number;
  readonly x2Mm: number;
  readonly y2Mm: number;
  readonly thicknessMm: number;
}

/** A rectangle, outlined with `thicknessMm` or filled solid black. */
export interface BoxElement {
  readonly kind: 'box';
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly thicknessMm: number;
  readonly filled: boolean;
}

/**
 * Linear symbologies the engine encodes. `gs1-128` takes a bracketed GS1 element string such as
 * `(00)109506000000000429` and starts with FNC1. `code128` is plain Code 128, never for GS1 data.
 */
export type LinearSymbology = 'code128' | 'gs1-128';

/** Human-readable interpretation printed centred under the bars. */
export interface HumanReadableText {
  readonly text: string;
  readonly font: LabelFont;
  readonly size: FontSize;
  /** Gap between the bottom of the bars and the top of the text. */
  readonly gapMm: number;
}

/**
 * A linear barcode in a reserved box. The box (`xMm`, `widthMm`) must contain the symbol plus a
 * quiet zone of `quietZoneModules` on each side at `moduleDots` printer dots per module. The
 * engine rejects a barcode that does not fit rather than narrowing its modules.
 */
export interface BarcodeElement {
  readonly kind: 'barcode';
  readonly symbology: LinearSymbology;
  readonly data: string;
  readonly xMm: number;
  /** Top of the bars. */
  readonly yMm: number;
  readonly widthMm: number;
  readonly barHeightMm: number;
  /** Narrow bar width (X-dimension) in dots of the document's DPI. */
  readonly moduleDots: number;
  readonly quietZoneModules: number;
  /** Position of the symbol with its quiet zones inside the box. */
  readonly align: 'left' | 'center';
  readonly humanReadable: HumanReadableText | null;
}

/**
 * A PDF417 symbol in a reserved box. The symbol is laid out at `moduleDots` per module and
 * `rowHeightModules` modules per row, with `columns` data columns. The engine rejects a symbol
 * that does not fit its box (quiet zones included) rather than narrowing its modules.
 */
export interface Pdf417Element {
  readonly kind: 'pdf417';
  readonly data: string;
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
  readonly moduleDots: number;
  /** Height of one row in modules, at least 3. */
  readonly rowHeightModules: number;
  /** Number of data columns (1 to 30). */
  readonly columns: number;
  /** Error correction level 0 to 8. */
  readonly errorCorrectionLevel: number;
  readonly quietZoneModules: number;
  readonly align: 'left' | 'center';
}

export type LabelElement = TextElement | LineElement | BoxElement | BarcodeElement | Pdf417Element;

/** A complete label: page size, the printer resolution its barcodes are laid out for, elements. */
export interface LabelDocument {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly dpi: Dpi;
  /** Document title written into the PDF metadata. */
  readonly title: string;
  readonly elements: ReadonlyArray<LabelElement>;
}

export const millimetresPerInch = 25.4;
export const pointsPerInch = 72;

export function mmToPt(mm: number): number {
  return (mm * pointsPerInch) / millimetresPerInch;
}

export function fontSizeInPt(size: FontSize): number {
  return size.unit === 'pt' ? size.value : mmToPt(size.value);
}
