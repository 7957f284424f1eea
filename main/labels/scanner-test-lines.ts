/**
 * The lines of the scanner test sheet and the text a correctly set up scanner sends for each.
 * This file must stay free of Node imports because the scanner check screen reads it too.
 */

export type ScannerTestLineId = 'layout' | 'gs1-separator' | 'ean13';

export interface ScannerTestLine {
  readonly id: ScannerTestLineId;
  /** bwip-js symbology id of the printed symbol. */
  readonly symbology: 'code128' | 'gs1datamatrix' | 'ean13';
  /** Encoded data in bwip-js input form, GS1 data bracketed. */
  readonly encoded: string;
  /** The scan text without AIM identifier, GS as U+001D. */
  readonly expected: string;
}

/**
 * 'layout': characters that move between US, German and French layouts (/ - Y Z @ " ( )) and two
 * letters in both cases. A wrong layout, swapped Y and Z, AZERTY's q and a, and Caps Lock each
 * change this text in a recognizable way.
 * 'gs1-separator': a lot followed by a serial, which needs a GS between them.
 * 'ean13': a GTIN-13 whose check digit must be transmitted.
 */
export const scannerTestLines: ReadonlyArray<ScannerTestLine> = [
  { id: 'layout', symbology: 'code128', encoded: '/-YZ@"()qa', expected: '/-YZ@"()qa' },
  {
    id: 'gs1-separator',
    symbology: 'gs1datamatrix',
    encoded: '(01)09506000123455(10)LOT7A(21)SN000451',
    expected: '010950600012345510LOT7A\u001d21SN000451',
  },
  { id: 'ean13', symbology: 'ean13', encoded: '4006381333931', expected: '4006381333931' },
];
