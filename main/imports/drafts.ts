/**
 * Drafts that a parser makes of a file before anything is written: products and shipments that
 * name their client and products by code and SKU. The store step resolves those names.
 */
import type { Address } from '../api/contract';
import type { ProductFields } from '../store/products';
import type { ShipmentKind } from '../store/shipment-imports';
import type { ImportWarning } from './import-error';

/** Position of a value in its file: a CSV row (header is row 1) or a JSON path. */
export type Origin = { readonly row: number } | { readonly path: string };

/** The client that a draft belongs to, and where its code was given. */
export interface ClientReference {
  readonly code: string;
  /** The CSV cell that named the client, or undefined when it came from the clientCode option. */
  readonly origin?: { readonly row: number; readonly column: string };
  /** Name to create the client with when it does not exist; only product CSVs can give one. */
  readonly nameForCreation?: string;
}

export interface ProductDraft {
  readonly client: ClientReference;
  readonly fields: ProductFields;
  readonly origin: Origin;
  /**
   * The returns desk's facts, present only when the file has a category or warranty_days column,
   * so a file without them keeps what an earlier import set. An empty cell clears the value.
   */
  readonly returnsFacts?: { readonly category: string | null; readonly warrantyDays: number | null };
}

export interface LineDraft {
  readonly sku: string;
  readonly quantity: number;
  /** Title for a product created from an order file; null where the format has no title. */
  readonly title: string | null;
  readonly origin: Origin & { readonly column: string };
}

export interface ShipmentDraft {
  readonly client: ClientReference;
  readonly reference: string;
  readonly kind: ShipmentKind;
  readonly shipTo: Address;
  readonly lines: ReadonlyArray<LineDraft>;
  readonly origin: Origin;
}

export type ImportFormat = 'products-csv' | 'shipments-csv' | 'amazon-order-report' | 'shopify-orders-json';

/** A parsed file, ready for the store step. */
export interface ParsedImport {
  readonly format: ImportFormat;
  readonly products: ReadonlyArray<ProductDraft>;
  readonly shipments: ReadonlyArray<ShipmentDraft>;
  /**
   * True for marketplace order files: a SKU missing from the catalog becomes a new serial-tracked
   * product titled from the order. Shipment CSVs must name existing products instead.
   */
  readonly createsMissingProducts: boolean;
  readonly warnings: ReadonlyArray<ImportWarning>;
}

/** Builds an address in the contract's shape, dropping empty address lines. */
export function makeAddress(parts: {
  readonly name: string;
  readonly company: string;
  readonly lines: ReadonlyArray<string>;
  readonly postcode: string;
  readonly city: string;
  readonly region: string;
  readonly country: string;
  readonly phone: string;
}): Address {
  return {
    name: parts.name,
    company: parts.company,
    lines: parts.lines.filter((line) => line !== ''),
    postcode: parts.postcode,
    city: parts.city,
    region: parts.region,
    country: parts.country,
    phone: parts.phone,
  };
}
