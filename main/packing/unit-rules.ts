import type { ShipmentLineRow } from '../store/shipments';

/** Units still to pack on a line; zero or less means a further unit is an over-pack. */
export function remainingQuantity(line: ShipmentLineRow): number {
  return line.quantityExpected - line.quantityPacked;
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
