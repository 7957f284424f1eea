import { type Result, err, ok } from '../core/result';
import { normalizeFnsku } from '../scan/fnsku';

/** One FNSKU in an FBA box and how many units of it were scanned into the box. */
export interface BoxContentLine {
  readonly fnsku: string;
  readonly quantity: number;
  /** Expiry date as YYMMDD, for products Amazon tracks by expiry. */
  readonly expiry?: string;
}

/**
 * Most FNSKU entries one box-content barcode may list. Amazon's 2D barcode guidance caps a box
 * at 100 items, read here as 100 FNSKU entries, each with its own quantity.
 */
export const maxBoxContentItems = 100;

export type BoxContentError =
  | { readonly code: 'fba-box-empty' }
  | { readonly code: 'fba-box-too-many-items'; readonly items: number; readonly maximum: number }
  | { readonly code: 'fba-box-quantity-invalid'; readonly fnsku: string; readonly quantity: number }
  | { readonly code: 'fba-box-fnsku-invalid'; readonly fnsku: string }
  | { readonly code: 'fba-box-expiry-invalid'; readonly fnsku: string; readonly expiry: string }
  | { readonly code: 'fba-shipment-id-invalid'; readonly shipmentId: string };

// "FBA" and eight to ten letters or digits, as in the box IDs that scan/fba-box-id.ts reads.
const shipmentIdPattern = /^FBA[0-9A-Z]{8,10}$/;

/** Normalizes an FBA shipment ID (trim, upper case) and checks its shape. */
export function normalizeFbaShipmentId(raw: string): Result<string, BoxContentError> {
  const shipmentId = raw.trim().toUpperCase();
  return shipmentIdPattern.test(shipmentId) ? ok(shipmentId) : err({ code: 'fba-shipment-id-invalid', shipmentId: raw });
}

/**
 * Builds the text of Amazon's 2D box-content barcode:
 * `AMZN,PO:<shipment>,FNSKU:<fnsku>,QTY:<n>[,EXP:<YYMMDD>],...` in upper case without spaces.
 * Lines of one FNSKU (and expiry) are merged, lines with quantity 0 are left out, and the
 * entries keep the order of their first line. Rejects an empty box, a negative or fractional
 * quantity, an invalid FNSKU or expiry, and more than `maxBoxContentItems` entries.
 */
export function buildBoxContentPayload(shipmentIdRaw: string, lines: ReadonlyArray<BoxContentLine>): Result<string, BoxContentError> {
  const shipmentId = normalizeFbaShipmentId(shipmentIdRaw);
  if (!shipmentId.ok) {
    return shipmentId;
  }

  const merged = new Map<string, { fnsku: string; expiry: string; quantity: number }>();
  for (const line of lines) {
    if (!Number.isInteger(line.quantity) || line.quantity < 0) {
      return err({ code: 'fba-box-quantity-invalid', fnsku: line.fnsku, quantity: line.quantity });
    }
    const fnsku = normalizeFnsku(line.fnsku);
    if (!fnsku.ok) {
      return err({ code: 'fba-box-fnsku-invalid', fnsku: line.fnsku });
    }
    const expiry = line.expiry?.trim() ?? '';
    if (expiry !== '' && !/^\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(expiry)) {
      return err({ code: 'fba-box-expiry-invalid', fnsku: fnsku.value, expiry });
    }
    if (line.quantity === 0) {
      continue;
    }
    const key = `${fnsku.value}|${expiry}`;
    const entry = merged.get(key) ?? { fnsku: fnsku.value, expiry, quantity: 0 };
    entry.quantity += line.quantity;
    merged.set(key, entry);
  }

  if (merged.size === 0) {
    return err({ code: 'fba-box-empty' });
  }
  if (merged.size > maxBoxContentItems) {
    return err({ code: 'fba-box-too-many-items', items: merged.size, maximum: maxBoxContentItems });
  }
  const segments = ['AMZN', `PO:${shipmentId.value}`];
  for (const entry of merged.values()) {
    segments.push(`FNSKU:${entry.fnsku}`, `QTY:${entry.quantity}`);
    if (entry.expiry !== '') {
      segments.push(`EXP:${entry.expiry}`);
    }
  }
  return ok(segments.join(','));
}
