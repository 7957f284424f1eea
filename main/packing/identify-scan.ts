import type Database from 'better-sqlite3';
import { assertNever } from '../core/assert';
import { foldSerialForComparison, isValidSerialText, normalizeSerial } from '../scan/serial';
import type { PackCommand, ScanValue } from '../scan/types';
import { findClientProductBySku, findProductById, findProductsByFnsku, findProductsByGtin } from '../store/catalog-lookup';
import type { ShipmentLineRow, ShipmentRow } from '../store/shipments';
import { findUnitsByFoldedSerial, findUnitsBySerial } from '../store/units';
import type { UnitCandidate } from './pack-unit';
import { remainingQuantity, serialMatchesPattern } from './unit-rules';
import { refuse, refuseDecodeError, type Refusal } from './verdicts';

/** The meaning of a decoded scan for the open shipment. */
export type Identification =
  | { readonly kind: 'command'; readonly command: PackCommand }
  | { readonly kind: 'product'; readonly line: ShipmentLineRow }
  | { readonly kind: 'unit'; readonly candidate: UnitCandidate }
  | { readonly kind: 'refused'; readonly refusal: Refusal };

interface ScanContext {
  readonly shipment: ShipmentRow;
  readonly lines: ReadonlyArray<ShipmentLineRow>;
  /** The line of the product scanned just before, waiting for its serial. */
  readonly pendingLine: ShipmentLineRow | undefined;
  /** The scanned text without AIM identifier and surrounding whitespace. */
  readonly scannedText: string;
}

/**
 * Turns a decoded scan into a product, a unit or a command of the open shipment.
 *
 * A product code (GTIN, FNSKU, or a SKU typed or scanned as text) identifies a product that then
 * needs its serial. GS1 data with AI 01 and 21 identifies a unit at once. Plain text after a
 * product scan is that product's serial. Plain text without one is a bare serial, resolved by
 * resolveBareSerial.
 */
export function identifyScan(db: Database.Database, value: ScanValue, context: ScanContext): Identification {
  switch (value.kind) {
    case 'command':
      return { kind: 'command', command: value.command };
    case 'sscc':
    case 'fba-box-id':
      return refused(refuse('carton-label-scanned'));
    case 'gs1':
      return identifyGs1(db, value.fields, context);
    case 'gtin':
      return identifyGtin(db, value.gtin, context);
    case 'fnsku':
      return identifyFnsku(db, value.fnsku, context);
    case 'serial':
      return identifyText(db, value.serial, context);
    default:
      return assertNever(value, 'scan value');
  }
}

function refused(refusal: Refusal): { readonly kind: 'refused'; readonly refusal: Refusal } {
  return { kind: 'refused', refusal };
}

function productIdentified(line: ShipmentLineRow): Identification {
  if (!line.serialTracked) {
    return refused(refuse('product-not-serial-tracked', { sku: line.sku }));
  }
  if (remainingQuantity(line) <= 0) {
    return refused(refuse('over-pack', { sku: line.sku, expected: line.quantityExpected }));
  }
  return { kind: 'product', line };
}

type UnitOrRefusal = Extract<Identification, { readonly kind: 'unit' | 'refused' }>;

function unitOf(line: ShipmentLineRow, serialText: string, lot: string | null = null, expiry: string | null = null): UnitOrRefusal {
  const serial = normalizeSerial(serialText);
  if (!isValidSerialText(serial)) {
    return refused(refuseDecodeError({ code: 'invalid-serial', part: serial, message: 'invalid serial' }));
  }
  return { kind: 'unit', candidate: { line, serial, lot, expiry } };
}

/**
 * Identifies the unit that a scan of the line's product barcode followed by `serialText` would
 * identify, with the same checks in the same order: the product stage (serial tracking, quantity
 * left) and then the serial text. Bulk serial entry uses it, since its product is chosen up front.
 */
export function identifyUnitOfLine(line: ShipmentLineRow, serialText: string): UnitOrRefusal {
  const product = productIdentified(line);
  if (product.kind === 'refused') {
    return product;
  }
  return unitOf(line, serialText);
}

/** Refuses a code of another shipment's or client's product, or an unknown code. */
function refuseForeignProduct(products: ReadonlyArray<{ readonly sku: string }>, code: string): Identification {
  const first = products[0];
  return first === undefined
    ? refused(refuse('unknown-product', { code }))
    : refused(refuse('not-on-shipment', { sku: first.sku, code }));
}

function identifyGs1(
  db: Database.Database,
  fields: { readonly gtin?: string; readonly serial?: string; readonly lot?: string; readonly expiry?: string; readonly sscc?: string },
  context: ScanContext,
): Identification {
  if (fields.gtin === undefined) {
    if (fields.sscc !== undefined) {
      return refused(refuse('carton-label-scanned'));
    }
    if (fields.serial !== undefined) {
      return identifyText(db, fields.serial, context);
    }
    return refused(refuse('unknown-product', { code: '' }));
  }

  const line = context.lines.find((candidate) => candidate.gtin === fields.gtin);
  if (line === undefined) {
    return refuseForeignProduct(findProductsByGtin(db, fields.gtin), fields.gtin);
  }
  if (fields.serial === undefined) {
    // NOTE: a lot or expiry scanned with the GTIN alone is not kept for the serial that follows.
    return productIdentified(line);
  }
  return unitOf(line, fields.serial, fields.lot ?? null, fields.expiry ?? null);
}

function identifyGtin(db: Database.Database, gtin: string, context: ScanContext): Identification {
  const line = context.lines.find((candidate) => candidate.gtin === gtin);
  if (line !== undefined) {
    return productIdentified(line);
  }
  // Digits with a valid check digit may also be a numeric serial or SKU, as scanned (unpadded).
  const digits = /^\d+$/.test(context.scannedText) ? context.scannedText : gtin;
  if (context.pendingLine !== undefined) {
    return unitOf(context.pendingLine, digits);
  }
  const bySku = context.lines.find((candidate) => candidate.sku === digits || candidate.sku === gtin);
  if (bySku !== undefined) {
    return productIdentified(bySku);
  }
  const catalog = findProductsByGtin(db, gtin);
  if (catalog.length > 0) {
    return refuseForeignProduct(catalog, gtin);
  }
  const asSerial = resolveBareSerial(db, digits, context);
  return asSerial.kind === 'refused' && asSerial.refusal.code === 'serial-unresolved' ? refused(refuse('unknown-product', { code: gtin })) : asSerial;
}

function identifyFnsku(db: Database.Database, fnsku: string, context: ScanContext): Identification {
  const line = context.lines.find((candidate) => candidate.fnsku === fnsku);
  if (line !== undefined) {
    return productIdentified(line);
  }
  return identifyText(db, fnsku, context, findProductsByFnsku(db, fnsku));
}

function identifyText(
  db: Database.Database,
  text: string,
  context: ScanContext,
  foreignProducts: ReadonlyArray<{ readonly sku: string }> = [],
): Identification {
  const bySku = context.lines.find((candidate) => candidate.sku === text);
  if (bySku !== undefined) {
    return productIdentified(bySku);
  }
  if (context.pendingLine !== undefined) {
    return unitOf(context.pendingLine, text);
  }

  const resolved = resolveBareSerial(db, text, context);
  if (resolved.kind !== 'refused' || resolved.refusal.code !== 'serial-unresolved') {
    return resolved;
  }
  const otherSku = findClientProductBySku(db, context.shipment.clientId, text);
  const foreign = otherSku === undefined ? foreignProducts : [otherSku, ...foreignProducts];
  return foreign.length > 0 ? refuseForeignProduct(foreign, text) : resolved;
}

/**
 * Finds the product of a serial scanned without a product barcode. Known units of the
 * shipment's products come first; an unknown serial goes to the one product with quantity left
 * whose pattern it matches. Refuses with 'ambiguous-serial' for several candidates,
 * 'case-only-duplicate' when only the case differs from a known unit, 'not-on-shipment' when
 * the serial is known for another product only, 'over-pack' when only full lines match, and
 * 'serial-unresolved' otherwise.
 */
export function resolveBareSerial(db: Database.Database, text: string, context: ScanContext): Identification {
  const serial = normalizeSerial(text);
  if (!isValidSerialText(serial)) {
    return refused(refuseDecodeError({ code: 'invalid-serial', part: serial, message: 'invalid serial' }));
  }
  const lineOfProduct = (productId: number): ShipmentLineRow | undefined => context.lines.find((line) => line.productId === productId);

  const knownEverywhere = findUnitsBySerial(db, serial);
  const known = knownEverywhere.filter((unit) => lineOfProduct(unit.productId) !== undefined);
  if (known.length > 1) {
    return refused(refuse('ambiguous-serial', { serial, skus: skusOf(known.map((unit) => lineOfProduct(unit.productId))) }));
  }
  const knownUnit = known[0];
  if (knownUnit !== undefined) {
    const line = lineOfProduct(knownUnit.productId);
    return line === undefined ? refused(refuse('serial-unresolved', { serial })) : unitOf(line, serial);
  }

  const caseVariant = findUnitsByFoldedSerial(db, foldSerialForComparison(serial)).find((unit) => lineOfProduct(unit.productId) !== undefined);
  if (caseVariant !== undefined) {
    return refused(refuse('case-only-duplicate', { serial, existingSerial: caseVariant.serial, sku: lineOfProduct(caseVariant.productId)?.sku ?? '' }));
  }

  const matching = context.lines.filter((line) => line.serialTracked && serialMatchesPattern(serial, line.serialPattern));
  const withQuantityLeft = matching.filter((line) => remainingQuantity(line) > 0);
  if (withQuantityLeft.length > 1) {
    return refused(refuse('ambiguous-serial', { serial, skus: skusOf(withQuantityLeft) }));
  }
  const onlyLine = withQuantityLeft[0];
  if (onlyLine !== undefined) {
    return unitOf(onlyLine, serial);
  }

  const elsewhere = knownEverywhere[0];
  if (elsewhere !== undefined) {
    const product = findProductById(db, elsewhere.productId);
    return refused(refuse('not-on-shipment', { sku: product?.sku ?? '', code: serial }));
  }
  const fullLine = matching[0];
  if (fullLine !== undefined) {
    return refused(refuse('over-pack', { sku: fullLine.sku, expected: fullLine.quantityExpected }));
  }
  return refused(refuse('serial-unresolved', { serial }));
}

function skusOf(lines: ReadonlyArray<ShipmentLineRow | undefined>): string {
  return [...new Set(lines.flatMap((line) => (line === undefined ? [] : [line.sku])))].join(', ');
}
