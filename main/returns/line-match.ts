import { foldSerialForComparison } from '../scan/serial';
import type { ReturnLineRow } from './returns-store';

/** The product facts a return line is matched on. */
export interface LineProduct {
  readonly productId: number;
  readonly sku: string;
  readonly fnsku: string | null;
}

export type LineMatch =
  | { readonly kind: 'matched'; readonly line: ReturnLineRow }
  | { readonly kind: 'no-lines' }
  | { readonly kind: 'other-product'; readonly expectedSkus: ReadonlyArray<string> }
  | { readonly kind: 'other-serial'; readonly line: ReturnLineRow; readonly expectedSerials: ReadonlyArray<string> }
  | { readonly kind: 'more-than-expected'; readonly line: ReturnLineRow };

/**
 * Finds the return line a unit belongs to. A line names the product by id, or by SKU or FNSKU
 * when the catalog did not know it at import. A line that expects a serial takes only that
 * serial, compared after folding case. A line without one takes any unit of its product until
 * its quantity is reached.
 */
export function matchReturnLine(lines: ReadonlyArray<ReturnLineRow>, product: LineProduct, serial: string): LineMatch {
  if (lines.length === 0) {
    return { kind: 'no-lines' };
  }
  const ofProduct = lines.filter((line) => lineNamesProduct(line, product));
  if (ofProduct.length === 0) {
    return { kind: 'other-product', expectedSkus: [...new Set(lines.map((line) => line.sku))] };
  }

  const folded = foldSerialForComparison(serial);
  const bySerial = ofProduct.find((line) => line.expectedSerial !== null && foldSerialForComparison(line.expectedSerial) === folded);
  if (bySerial !== undefined) {
    return { kind: 'matched', line: bySerial };
  }
  const open = ofProduct.filter((line) => line.expectedSerial === null);
  const withRoom = open.find((line) => line.quantityReceived < line.quantityExpected);
  if (withRoom !== undefined) {
    return { kind: 'matched', line: withRoom };
  }
  const [firstOpen] = open;
  if (firstOpen !== undefined) {
    return { kind: 'more-than-expected', line: firstOpen };
  }
  const [firstSerialLine] = ofProduct;
  if (firstSerialLine === undefined) {
    throw new Error('a product line list that was not empty became empty');
  }
  return { kind: 'other-serial', line: firstSerialLine, expectedSerials: ofProduct.map((line) => line.expectedSerial ?? '') };
}

function lineNamesProduct(line: ReturnLineRow, product: LineProduct): boolean {
  if (line.productId !== null) {
    return line.productId === product.productId;
  }
  return (line.sku !== '' && line.sku === product.sku) || (line.fnsku !== null && line.fnsku === product.fnsku);
}
