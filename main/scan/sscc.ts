import { err, ok, type Result } from '../core/result';
import { hasValidGs1CheckDigit } from '../gs1/check-digit';
import type { ScanError } from './types';

/**
 * Validates an SSCC given as 18 digits, or as 20 digits with its AI "00" in front, and returns
 * the 18 digits. Fails with invalid-length, invalid-character or invalid-check-digit.
 */
export function normalizeSscc(text: string): Result<string, ScanError> {
  const digits = text.length === 20 && text.startsWith('00') ? text.slice(2) : text;

  if (!/^\d+$/.test(digits)) {
    return err({ code: 'invalid-character', part: text, message: `SSCC "${text}" must contain digits only.` });
  }
  if (digits.length !== 18) {
    return err({ code: 'invalid-length', part: text, message: `SSCC "${text}" has ${digits.length} digits, expected 18.` });
  }
  if (!hasValidGs1CheckDigit(digits)) {
    return err({ code: 'invalid-check-digit', part: text, message: `SSCC "${digits}" has a wrong check digit.` });
  }
  return ok(digits);
}
