import type { Result } from '../core/result';
import { hasValidGs1CheckDigit } from '../gs1/check-digit';
import type { Gs1ReadOptions } from './ai-list';
import { looksBracketed, parseBracketedElementString } from './bracketed';
import { GS, parseElementString } from './element-string';
import { toGs1ScanValue } from './gs1-scan';
import type { ScanError, ScanValue, Symbology } from './types';

/** ISO/IEC 15434 header and trailer of format 05, which wraps GS1 AI data. */
const FORMAT_05_HEADER = '[)>\u001e05\u001d';
const FORMAT_TRAILER = /\u001e\u0004?$|\u0004$/;

/** Replaces every configured GS substitute with GS. */
export function applyGsSubstitute(data: string, gsSubstitute: string | undefined): string {
  return gsSubstitute === undefined ? data : data.replaceAll(gsSubstitute, GS);
}

/**
 * Reads data that is GS1 by its symbology identifier or its envelope: the bracketed form, or an
 * element string with GS (or the configured substitute) between fields.
 */
export function readGs1Data(
  data: string,
  symbology: Symbology,
  options: Gs1ReadOptions & { readonly gsSubstitute?: string },
): Result<ScanValue, ScanError> {
  if (looksBracketed(data)) {
    return toGs1ScanValue(parseBracketedElementString(data, options), 'element-string', symbology, options);
  }
  const elementString = applyGsSubstitute(data, options.gsSubstitute);
  return toGs1ScanValue(parseElementString(elementString, options), 'element-string', symbology, options);
}

/** Unwraps an ISO/IEC 15434 format 05 message; returns null when the text is not one. */
export function unwrapFormat05(text: string): string | null {
  if (!text.startsWith(FORMAT_05_HEADER)) {
    return null;
  }
  return text.slice(FORMAT_05_HEADER.length).replace(FORMAT_TRAILER, '');
}

/**
 * True when unidentified text starts with an SSCC, GTIN, content GTIN or made-to-order GTIN
 * field with a valid check digit and continues after it. Such text is GS1 data even when the rest
 * fails to parse, so its errors are reported instead of falling back to a plain serial.
 */
export function startsWithGs1KeyField(data: string): boolean {
  const ai = data.slice(0, 2);
  const keyLength = ai === '00' ? 18 : ['01', '02', '03'].includes(ai) ? 14 : 0;
  const key = data.slice(2, 2 + keyLength);
  return keyLength > 0 && data.length > 2 + keyLength && /^\d+$/.test(key) && key.length === keyLength && hasValidGs1CheckDigit(key);
}

/**
 * Tries text without a symbology identifier as a GS1 element string. It counts as GS1 when it
 * parses with all pairings satisfied, or when it starts with a valid key field (then its parse
 * error is returned). Returns null for anything else, which the caller reads as plain data.
 */
export function readUnidentifiedGs1(
  data: string,
  symbology: Symbology,
  options: Gs1ReadOptions & { readonly gsSubstitute?: string },
): Result<ScanValue, ScanError> | null {
  const elementString = applyGsSubstitute(data, options.gsSubstitute);
  const strictOptions = { ...options, checkPairings: true };
  const parsed = parseElementString(elementString, strictOptions);

  if (parsed.ok) {
    return toGs1ScanValue(parsed, 'element-string', symbology, options);
  }
  if (startsWithGs1KeyField(elementString)) {
    return toGs1ScanValue(parseElementString(elementString, options), 'element-string', symbology, options);
  }
  return null;
}
