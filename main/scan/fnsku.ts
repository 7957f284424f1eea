import { err, ok, type Result } from '../core/result';
import { normalizeSerial } from './serial';
import type { ScanError } from './types';

/** Length of every Amazon FNSKU. */
export const FNSKU_LENGTH = 10;

// "X0" FNSKUs are Amazon's own labels; a "B0" FNSKU is the ASIN, used when the seller labels
// units with the manufacturer barcode instead.
const FNSKU_PATTERN = /^(X0|B0)[0-9A-Z]{8}$/;

/**
 * Normalizes an FNSKU once: strips whitespace and invisible characters, then upper-cases. The
 * result is text, never a number. Fails with invalid-fnsku unless it is "X0" or "B0" followed by
 * eight letters or digits.
 */
export function normalizeFnsku(raw: string): Result<string, ScanError> {
  const fnsku = normalizeSerial(raw).toUpperCase();

  if (fnsku.length !== FNSKU_LENGTH) {
    return err({
      code: 'invalid-fnsku',
      part: fnsku,
      message: `FNSKU "${fnsku}" has ${fnsku.length} characters, expected exactly ${FNSKU_LENGTH}.`,
    });
  }
  if (!FNSKU_PATTERN.test(fnsku)) {
    return err({
      code: 'invalid-fnsku',
      part: fnsku,
      message: `FNSKU "${fnsku}" must be "X0" or "B0" followed by eight letters or digits.`,
    });
  }
  return ok(fnsku);
}

/**
 * True for upper-cased text that is an Amazon-label FNSKU with one character too few or too many
 * ("X0" plus seven or nine letters or digits). The decoder rejects these instead of taking them
 * as serials, because they are almost always a misread FNSKU label.
 */
export function isNearMissFnsku(text: string): boolean {
  return /^X0[0-9A-Z]{7}$|^X0[0-9A-Z]{9}$/.test(text);
}
