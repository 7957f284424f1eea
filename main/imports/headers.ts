/**
 * The accepted column headers of every delimited import format, in one place. A header matches
 * after trimming, lower-casing and treating spaces and hyphens as underscores, so `Order`,
 * ` order ` and `ORDER` all match `order`. Each field lists its synonyms, first the canonical one.
 */
import { err, ok, type Result } from '../core/result';
import { importError, type ImportError } from './import-error';

/** Product CSV: one row per product. sku and title are required. */
export const productColumns = {
  client: ['client', 'client_code'],
  clientName: ['client_name'],
  sku: ['sku', 'seller_sku', 'msku'],
  gtin: ['gtin', 'ean', 'upc', 'barcode'],
  fnsku: ['fnsku'],
  asin: ['asin'],
  title: ['title', 'product_name', 'description'],
  serialTracked: ['serial_tracked', 'serialized', 'serialised'],
  serialPattern: ['serial_pattern'],
  weightGrams: ['weight_grams', 'weight_g'],
  // Read by the returns desk: the checklist category and the warranty period in days.
  category: ['category', 'product_category'],
  warrantyDays: ['warranty_days'],
} as const satisfies Record<string, ReadonlyArray<string>>;

/** Shipment CSV: one row per shipment line; rows with the same client and reference form one shipment. */
export const shipmentColumns = {
  client: ['client', 'client_code'],
  reference: ['reference', 'order', 'order_number', 'order_id'],
  kind: ['kind', 'shipment_kind'],
  name: ['name', 'recipient', 'ship_to_name'],
  company: ['company'],
  address1: ['address1', 'address_1', 'address_line_1'],
  address2: ['address2', 'address_2', 'address_line_2'],
  address3: ['address3', 'address_3', 'address_line_3'],
  postcode: ['postcode', 'postal_code', 'zip'],
  city: ['city'],
  region: ['region', 'state', 'province'],
  country: ['country', 'country_code'],
  phone: ['phone'],
  sku: ['sku', 'seller_sku', 'msku'],
  quantity: ['quantity', 'qty'],
} as const satisfies Record<string, ReadonlyArray<string>>;

/**
 * Amazon merchant order report (flat file, tab-separated, "Unshipped orders" / actionable order
 * data). Only these columns are read; the report's other columns are ignored.
 */
export const amazonOrderColumns = {
  orderId: ['order-id'],
  sku: ['sku'],
  productName: ['product-name'],
  quantityPurchased: ['quantity-purchased'],
  quantityShipped: ['quantity-shipped'],
  quantityToShip: ['quantity-to-ship'],
  recipientName: ['recipient-name'],
  address1: ['ship-address-1'],
  address2: ['ship-address-2'],
  address3: ['ship-address-3'],
  city: ['ship-city'],
  region: ['ship-state'],
  postcode: ['ship-postal-code'],
  country: ['ship-country'],
  shipPhone: ['ship-phone-number'],
  buyerPhone: ['buyer-phone-number'],
} as const satisfies Record<string, ReadonlyArray<string>>;

export type ColumnTable = Readonly<Record<string, ReadonlyArray<string>>>;

/** Column index of each known field in a file's header, with the header text as written there. */
export interface ColumnMap<F extends string> {
  readonly index: Readonly<Partial<Record<F, number>>>;
  readonly name: Readonly<Partial<Record<F, string>>>;
}

export function normalizeHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** True when any header cell is one of the field's names. */
export function hasColumn(header: ReadonlyArray<string>, names: ReadonlyArray<string>): boolean {
  const normalizedNames = names.map(normalizeHeader);
  return header.some((cell) => normalizedNames.includes(normalizeHeader(cell)));
}

/**
 * Maps a header row onto a column table. Unknown headers are an error when `rejectUnknown` is
 * set, because a misspelt ID column would otherwise be dropped without a word. Two headers for
 * one field and a missing required field are errors too.
 */
export function mapColumns<T extends ColumnTable>(
  file: string,
  header: ReadonlyArray<string>,
  table: T,
  options: { readonly required: ReadonlyArray<keyof T & string>; readonly rejectUnknown: boolean },
): Result<ColumnMap<keyof T & string>, ImportError> {
  const index: Partial<Record<keyof T & string, number>> = {};
  const name: Partial<Record<keyof T & string, string>> = {};
  const fields = Object.keys(table) as Array<keyof T & string>;

  for (const [position, cell] of header.entries()) {
    const normalized = normalizeHeader(cell);
    const field = fields.find((candidate) => table[candidate]!.map(normalizeHeader).includes(normalized));
    if (field === undefined) {
      if (options.rejectUnknown && normalized !== '') {
        const accepted = Object.values(table).flat().join(', ');
        return err(importError('import-unknown-column', 'unknownColumn', { file, row: 1, column: cell.trim() }, { accepted }));
      }
      continue;
    }
    const earlier = name[field];
    if (earlier !== undefined) {
      return err(
        importError('import-duplicate-column', 'duplicateColumn', { file, row: 1, column: cell.trim() }, { other: earlier }),
      );
    }
    index[field] = position;
    name[field] = cell.trim();
  }

  const missing = options.required.find((field) => index[field] === undefined);
  if (missing !== undefined) {
    return err(importError('import-missing-column', 'missingColumn', { file, row: 1, column: table[missing]![0]! }));
  }
  return ok({ index, name });
}
