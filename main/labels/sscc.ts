import { type Result, err, ok } from '../core/result';
import { computeGs1CheckDigit } from '../gs1/check-digit';

/**
 * SSCC (Serial Shipping Container Code, GS1 AI 00): 18 digits made of an extension digit, the
 * GS1 company prefix, a serial reference that fills the digits the prefix leaves, and a mod-10
 * check digit.
 */

export const ssccLength = 18;
export const minimumCompanyPrefixLength = 6;
export const maximumCompanyPrefixLength = 12;

export type SsccError =
  | { readonly code: 'sscc-extension-digit-invalid'; readonly extensionDigit: number }
  | { readonly code: 'sscc-company-prefix-invalid'; readonly companyPrefix: string }
  | {
      readonly code: 'sscc-serial-reference-out-of-range';
      readonly serialReference: number;
      readonly maximumSerialReference: number;
    }
  | { readonly code: 'sscc-format-invalid'; readonly sscc: string }
  | { readonly code: 'sscc-check-digit-invalid'; readonly sscc: string; readonly expectedCheckDigit: number };

/**
 * Builds an SSCC from its parts. The company prefix is 6 to 12 digits, and the serial reference
 * a non-negative integer with at most 16 − prefix length digits, zero-padded to that length.
 */
export function buildSscc(extensionDigit: number, companyPrefix: string, serialReference: number): Result<string, SsccError> {
  if (!Number.isInteger(extensionDigit) || extensionDigit < 0 || extensionDigit > 9) {
    return err({ code: 'sscc-extension-digit-invalid', extensionDigit });
  }
  const prefixPattern = new RegExp(`^\\d{${minimumCompanyPrefixLength},${maximumCompanyPrefixLength}}$`);
  if (!prefixPattern.test(companyPrefix)) {
    return err({ code: 'sscc-company-prefix-invalid', companyPrefix });
  }

  const serialDigits = ssccLength - 2 - companyPrefix.length;
  const maximumSerialReference = 10 ** serialDigits - 1;
  if (!Number.isSafeInteger(serialReference) || serialReference < 0 || serialReference > maximumSerialReference) {
    return err({ code: 'sscc-serial-reference-out-of-range', serialReference, maximumSerialReference });
  }

  const withoutCheck = `${extensionDigit}${companyPrefix}${String(serialReference).padStart(serialDigits, '0')}`;
  return ok(`${withoutCheck}${computeGs1CheckDigit(withoutCheck)}`);
}

/** Checks that `sscc` is exactly 18 digits with a correct check digit, and returns it unchanged. */
export function validateSscc(sscc: string): Result<string, SsccError> {
  if (!/^\d{18}$/.test(sscc)) {
    return err({ code: 'sscc-format-invalid', sscc });
  }

  const expectedCheckDigit = computeGs1CheckDigit(sscc.slice(0, -1));
  if (Number(sscc.at(-1)) !== expectedCheckDigit) {
    return err({ code: 'sscc-check-digit-invalid', sscc, expectedCheckDigit });
  }
  return ok(sscc);
}

/**
 * Formats a valid SSCC for people: `(00) 1 0950600 000000042 9` when the company prefix length
 * is known, otherwise `(00) 1 0950600000000042 9` with the prefix and serial reference joined.
 */
export function formatSsccForPeople(sscc: string, companyPrefixLength?: number): string {
  const extension = sscc.slice(0, 1);
  const check = sscc.slice(-1);
  if (companyPrefixLength === undefined) {
    return `(00) ${extension} ${sscc.slice(1, -1)} ${check}`;
  }

  const prefixEnd = 1 + companyPrefixLength;
  return `(00) ${extension} ${sscc.slice(1, prefixEnd)} ${sscc.slice(prefixEnd, -1)} ${check}`;
}
