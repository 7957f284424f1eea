import type { SsccError } from './sscc';
import type { Dpi, LinearSymbology } from './model';

/** Expected failures of building or laying out a label, each with a stable code. */
export type LabelError =
  | {
      readonly code: 'label-barcode-does-not-fit';
      readonly symbology: LinearSymbology | 'pdf417';
      readonly dpi: Dpi;
      readonly moduleDots: number;
      /** Symbol plus both quiet zones at `moduleDots`. */
      readonly neededMm: number;
      /** Whole-dot width of the box reserved for the barcode. */
      readonly availableMm: number;
    }
  | {
      readonly code: 'label-barcode-data-invalid';
      readonly symbology: LinearSymbology | 'pdf417';
      readonly data: string;
      /** Message of the barcode encoder, for the log and support. */
      readonly reason: string;
    }
  | { readonly code: 'label-sscc-invalid'; readonly sscc: string; readonly cause: SsccError }
  | { readonly code: 'label-carton-number-invalid'; readonly cartonNumber: number; readonly cartonCount: number | null };
