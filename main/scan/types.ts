/**
 * Typed values the scan decoder produces from raw scanner text. Shared by main and the renderer,
 * so this file imports nothing.
 */

/** How the symbol was identified: from an AIM symbology identifier, or inferred from the text. */
export interface Symbology {
  /** The AIM identifier as sent, such as "]C1" or "]d2"; null when the scanner sent none. */
  readonly aim: string | null;
  /** Human name of the symbology, such as "GS1-128", "GS1 DataMatrix", "EAN-13", "Code 128". */
  readonly name: string | null;
}

export interface ApplicationIdentifierValue {
  readonly ai: string;
  readonly value: string;
}

export type PackCommand = 'new-carton' | 'close-carton' | 'undo-last-scan';

/** The parts of a GS1 element string that packing and tracking use, pulled out once. */
export interface Gs1Fields {
  readonly gtin?: string;
  readonly serial?: string;
  readonly lot?: string;
  /** ISO date (YYYY-MM-DD); day "00" in the scan means the last day of that month. */
  readonly expiry?: string;
  readonly sscc?: string;
}

export type ScanValue =
  | {
      readonly kind: 'gs1';
      /** 'element-string' for AI data from a barcode, 'digital-link' for a GS1 Digital Link URI. */
      readonly source: 'element-string' | 'digital-link';
      readonly symbology: Symbology;
      readonly ais: ReadonlyArray<ApplicationIdentifierValue>;
      readonly fields: Gs1Fields;
    }
  | { readonly kind: 'gtin'; readonly symbology: Symbology; readonly gtin: string }
  | { readonly kind: 'sscc'; readonly symbology: Symbology; readonly sscc: string }
  | { readonly kind: 'fnsku'; readonly symbology: Symbology; readonly fnsku: string }
  | {
      readonly kind: 'fba-box-id';
      readonly symbology: Symbology;
      readonly shipmentId: string;
      readonly boxNumber: number;
    }
  | { readonly kind: 'command'; readonly symbology: Symbology; readonly command: PackCommand }
  | { readonly kind: 'serial'; readonly symbology: Symbology; readonly serial: string };

export type ScanErrorCode =
  | 'empty'
  | 'unknown-ai'
  | 'invalid-ai-value'
  | 'invalid-check-digit'
  | 'invalid-date'
  | 'invalid-length'
  | 'missing-separator'
  | 'ambiguous-separator'
  | 'invalid-pairing'
  | 'duplicate-ai'
  | 'invalid-digital-link'
  | 'invalid-character'
  | 'invalid-fnsku';

export interface ScanError {
  readonly code: ScanErrorCode;
  /** The part of the input that failed, such as an AI and its value. */
  readonly part: string;
  /** An English sentence for logs and the command line; screens translate by code instead. */
  readonly message: string;
}
