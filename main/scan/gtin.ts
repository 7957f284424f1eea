import { err, ok, type Result } from '../core/result';
import { hasValidGs1CheckDigit } from '../gs1/check-digit';
import type { ScanError } from './types';

/** Lengths of GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14. */
export const GTIN_LENGTHS: ReadonlyArray<number> = [8, 12, 13, 14];

/**
 * Validates a GTIN of 8, 12, 13 or 14 digits and returns it as GTIN-14 (left-padded with zeros).
 * Fails with invalid-length, invalid-character or invalid-check-digit.
 */
export function normalizeGtin(digits: string): Result<string, ScanError> {
  if (!/^\d+$/.test(digits)) {
    return err({ code: 'invalid-character', part: digits, message: `GTIN "${digits}" must contain digits only.` });
  }
  if (!GTIN_LENGTHS.includes(digits.length)) {
    return err({
      code: 'invalid-length',
      part: digits,
      message: `GTIN "${digits}" has ${digits.length} digits, expected 8, 12, 13 or 14.`,
    });
  }
  if (!hasValidGs1CheckDigit(digits)) {
    return err({ code: 'invalid-check-digit', part: digits, message: `GTIN "${digits}" has a wrong check digit.` });
  }
  return ok(digits.padStart(14, '0'));
}
