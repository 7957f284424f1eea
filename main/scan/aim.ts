import type { Symbology } from './types';

/** Kind of data that follows an AIM symbology identifier. */
export type AimContent = 'gs1' | 'ean-upc' | 'itf' | 'plain';

interface AimSymbology {
  readonly name: string;
  readonly content: AimContent;
}

// Identifiers with their own meaning. The modifier digit tells whether FNC1 marked the data as GS1.
const EXACT_IDENTIFIERS: Readonly<Record<string, AimSymbology>> = {
  ']C1': { name: 'GS1-128', content: 'gs1' },
  ']d2': { name: 'GS1 DataMatrix', content: 'gs1' },
  ']d5': { name: 'GS1 DataMatrix', content: 'gs1' },
  ']Q3': { name: 'GS1 QR Code', content: 'gs1' },
  ']Q4': { name: 'GS1 QR Code', content: 'gs1' },
  ']e0': { name: 'GS1 DataBar', content: 'gs1' },
  ']e1': { name: 'GS1 Composite', content: 'gs1' },
  ']e2': { name: 'GS1 Composite', content: 'gs1' },
  ']e3': { name: 'GS1-128 Composite', content: 'gs1' },
  ']J1': { name: 'GS1 DotCode', content: 'gs1' },
  ']z1': { name: 'GS1 Aztec', content: 'gs1' },
  ']E0': { name: 'EAN-13', content: 'ean-upc' },
  ']E3': { name: 'EAN-13 with add-on', content: 'ean-upc' },
  ']E4': { name: 'EAN-8', content: 'ean-upc' },
};

// Every other modifier of these symbologies means data that is not marked as GS1.
const SYMBOLOGY_BY_CODE: Readonly<Record<string, AimSymbology>> = {
  A: { name: 'Code 39', content: 'plain' },
  C: { name: 'Code 128', content: 'plain' },
  d: { name: 'DataMatrix', content: 'plain' },
  E: { name: 'EAN/UPC add-on', content: 'plain' },
  F: { name: 'Codabar', content: 'plain' },
  G: { name: 'Code 93', content: 'plain' },
  H: { name: 'Code 11', content: 'plain' },
  I: { name: 'Interleaved 2 of 5', content: 'itf' },
  J: { name: 'DotCode', content: 'plain' },
  L: { name: 'PDF417', content: 'plain' },
  M: { name: 'MSI', content: 'plain' },
  Q: { name: 'QR Code', content: 'plain' },
  S: { name: 'Industrial 2 of 5', content: 'plain' },
  U: { name: 'MaxiCode', content: 'plain' },
  z: { name: 'Aztec', content: 'plain' },
};

/** A scan split into its AIM symbology identifier (if any) and the data after it. */
export interface AimSplit {
  readonly symbology: Symbology;
  /** Kind of data the identifier announces, or null when there is no identifier. */
  readonly content: AimContent | null;
  readonly data: string;
}

/**
 * Splits off a leading AIM symbology identifier ("]" + symbology code + modifier, ISO/IEC 15424).
 * An identifier of an unlisted symbology is kept with a null name and plain content.
 */
export function splitAimIdentifier(text: string): AimSplit {
  const match = /^\][A-Za-z][0-9A-Za-z]/.exec(text);
  if (match === null) {
    return { symbology: { aim: null, name: null }, content: null, data: text };
  }

  const aim = match[0];
  const known = EXACT_IDENTIFIERS[aim] ?? SYMBOLOGY_BY_CODE[aim.charAt(1)];
  return {
    symbology: { aim, name: known?.name ?? null },
    content: known?.content ?? 'plain',
    data: text.slice(aim.length),
  };
}
