import { escapeZplFieldData, zplHexIndicator } from './zpl-escape';

/**
 * Two-dimensional symbols in ZPL, positioned in printer dots. PDF417 elements of the document
 * model map onto `zplPdf417` through their dot-grid layout. The model has no DataMatrix element
 * yet, so `zplGs1DataMatrix` is called directly by code that builds ZPL for one.
 */

/** A PDF417 symbol at a dot position. */
export interface ZplPdf417 {
  readonly data: string;
  readonly leftDots: number;
  readonly topDots: number;
  /** Narrow bar width (X-dimension) in dots. */
  readonly moduleDots: number;
  /** Height of each row in dots, at least 3 modules by ISO/IEC 15438. */
  readonly rowHeightDots: number;
  /** Error-correction level 0 to 8. */
  readonly securityLevel: number;
  /** Data columns 1 to 30. */
  readonly columns: number;
  /** Rows 3 to 90, fixed so the printer's symbol has the same shape as the laid-out one. */
  readonly rows: number;
}

/** A GS1 DataMatrix (ECC 200) symbol at a dot position. */
export interface ZplGs1DataMatrix {
  /** Bracketed GS1 element string such as `(01)09506000134352(21)SN7`. */
  readonly elementItems: ReadonlyArray<{ readonly kind: 'fnc1' } | { readonly kind: 'text'; readonly text: string }>;
  readonly leftDots: number;
  readonly topDots: number;
  /** Size of one square module in dots. */
  readonly moduleDots: number;
}

/** Writes `^BY` + `^B7` for a PDF417 symbol, with the data escaped through `^FH`. */
export function zplPdf417(symbol: ZplPdf417): string {
  if (!Number.isInteger(symbol.securityLevel) || symbol.securityLevel < 0 || symbol.securityLevel > 8) {
    throw new Error(`PDF417 security level must be 0 to 8, got ${symbol.securityLevel}`);
  }
  if (!Number.isInteger(symbol.columns) || symbol.columns < 1 || symbol.columns > 30) {
    throw new Error(`PDF417 columns must be 1 to 30, got ${symbol.columns}`);
  }
  if (!Number.isInteger(symbol.rows) || symbol.rows < 3 || symbol.rows > 90) {
    throw new Error(`PDF417 rows must be 3 to 90, got ${symbol.rows}`);
  }

  return [
    `^FO${symbol.leftDots},${symbol.topDots}`,
    `^BY${symbol.moduleDots}`,
    `^B7N,${symbol.rowHeightDots},${symbol.securityLevel},${symbol.columns},${symbol.rows},N`,
    `^FH${zplHexIndicator}^FD${escapeZplFieldData(symbol.data)}^FS`,
  ].join('');
}

// `^BX` reads its declared escape character (parameter g, here a backslash) as the start of `\1`
// for FNC1. GS1 character set 82 has no backslash, so a value never needs one escaped.
const dataMatrixEscape = '\\';

function dataMatrixText(text: string): string {
  if (text.includes(dataMatrixEscape)) {
    throw new Error(`GS1 element values cannot contain a backslash, got "${text}"`);
  }
  return text;
}

/** Writes `^BX` (ECC 200, GS1 mode through leading FNC1) with the data escaped through `^FH`. */
export function zplGs1DataMatrix(symbol: ZplGs1DataMatrix): string {
  const data = symbol.elementItems.map((item) => (item.kind === 'fnc1' ? `${dataMatrixEscape}1` : dataMatrixText(item.text))).join('');
  return [
    `^FO${symbol.leftDots},${symbol.topDots}`,
    `^BXN,${symbol.moduleDots},200,0,0,6,${dataMatrixEscape}`,
    `^FH${zplHexIndicator}^FD${escapeZplFieldData(data)}^FS`,
  ].join('');
}
