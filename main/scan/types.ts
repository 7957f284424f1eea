/**
 * Typed values the scan decoder produces from raw scanner text. Shared by main and the renderer,
 * so this file imports nothing.
 */

/** Symbology of the scanned symbol, from its AIM symbology identifier when the scanner sent one. */
export interface Symbology {
  /** The AIM identifier as sent, such as "]C1" or "]d2"; null when the scanner sent none. */
  readonly aim: string | null;
  /** Human name of the symbology, such as "GS1-128", "GS1 DataMatrix", "EAN-13", "Code 128". */
  readonly name: string | null;
}

export interface ApplicationIdentifierValue {
  readonly ai: string;
  /** The value exactly as encoded, digits and characters unchanged. */
  readonly value: string;
  /**
   * For AIs with an implied decimal point (310n to 369n, 390n to 395n): the number as decimal text
   * with exactly n decimal places, such as "1.250" for (3103)001250.
   */
  readonly decimal?: string;
  /** For the amount and price AIs 391n and 393n: the ISO 4217 numeric currency code. */
  readonly currency?: string;
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
  | 'invalid-fnsku'
  | 'invalid-serial'
  | 'unknown-command'
  | 'invalid-option'
  | 'internal-error';

export interface ScanError {
  readonly code: ScanErrorCode;
  /** The part of the input that failed, such as an AI and its value. */
  readonly part: string;
  /** An English sentence for logs and the command line; screens translate by code instead. */
  readonly message: string;
}
