import type { CartonRow } from '../store/cartons';
import type { ShipmentLineRow } from '../store/shipments';
import type { UnitRow } from '../store/units';

/**
 * The two business terms of packing, each defined here and nowhere else.
 *
 * A unit is *packable* into a shipment's carton when it is in stock: not in any carton, not
 * shipped and not on hold. Everything else names where the unit is, so the operator can act.
 *
 * A shipment is *shippable* when it is open, no carton is still open (every carton is weighed
 * and labelled) and every line is packed to its expected quantity. A short shipment skips the
 * quantity rule but still needs every carton closed and at least one unit packed.
 */
export type Packability =
  | { readonly packable: true }
  | { readonly packable: false; readonly reason: 'in-this-carton' | 'in-other-carton' | 'on-other-shipment' | 'shipped' | 'hold' };

export function unitPackability(unit: UnitRow, target: { readonly shipmentId: number; readonly cartonId: number | null }): Packability {
  switch (unit.status) {
    case 'in-stock':
      return { packable: true };
    case 'hold':
      return { packable: false, reason: 'hold' };
    case 'shipped':
      return { packable: false, reason: 'shipped' };
    case 'packed':
      if (unit.shipmentId !== target.shipmentId) {
        return { packable: false, reason: 'on-other-shipment' };
      }
      return { packable: false, reason: unit.cartonId === target.cartonId ? 'in-this-carton' : 'in-other-carton' };
  }
}

/** Units still to pack on a line; zero or less means a further unit is an over-pack. */
export function remainingQuantity(line: ShipmentLineRow): number {
  return line.quantityExpected - line.quantityPacked;
}

export type Shippability =
  | { readonly shippable: true }
  | { readonly shippable: false; readonly reason: 'shipment-not-open' }
  | { readonly shippable: false; readonly reason: 'carton-still-open'; readonly cartonNumber: number }
  | { readonly shippable: false; readonly reason: 'lines-incomplete'; readonly missingUnits: number; readonly incompleteLines: number }
  | { readonly shippable: false; readonly reason: 'nothing-packed' }
  | { readonly shippable: false; readonly reason: 'shipment-complete' };

/**
 * Decides whether a shipment can be finished (`mode` 'complete', every line packed in full) or shipped
 * short (`mode` 'short', at least one unit packed and at least one missing).
 */
export function shipmentShippability(
  shipment: { readonly status: string },
  lines: ReadonlyArray<ShipmentLineRow>,
  openCarton: CartonRow | undefined,
  mode: 'complete' | 'short',
): Shippability {
  if (shipment.status !== 'open') {
    return { shippable: false, reason: 'shipment-not-open' };
  }
  if (openCarton !== undefined) {
    return { shippable: false, reason: 'carton-still-open', cartonNumber: openCarton.number };
  }

  const missingUnits = lines.reduce((sum, line) => sum + Math.max(0, remainingQuantity(line)), 0);
  const packedUnits = lines.reduce((sum, line) => sum + line.quantityPacked, 0);
  if (mode === 'complete' && missingUnits > 0) {
    const incompleteLines = lines.filter((line) => remainingQuantity(line) > 0).length;
    return { shippable: false, reason: 'lines-incomplete', missingUnits, incompleteLines };
  }
  if (mode === 'short' && packedUnits === 0) {
    return { shippable: false, reason: 'nothing-packed' };
  }
  if (mode === 'short' && missingUnits === 0) {
    // Nothing is missing, so this is a complete shipment and must be finished as one.
    return { shippable: false, reason: 'shipment-complete' };
  }
  return { shippable: true };
}

const compiledPatterns = new Map<string, RegExp | null>();

/**
 * True when the whole serial matches the product's serial pattern, a JavaScript regular
 * expression with the `u` flag (the import checks that it compiles). A product without a
 * pattern accepts any serial; a stored pattern that does not compile accepts none.
 */
export function serialMatchesPattern(serial: string, pattern: string | null): boolean {
  if (pattern === null) {
    return true;
  }

  let compiled = compiledPatterns.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(`^(?:${pattern})$`, 'u');
    } catch {
      compiled = null;
    }
    compiledPatterns.set(pattern, compiled);
  }
  return compiled !== null && compiled.test(serial);
}
