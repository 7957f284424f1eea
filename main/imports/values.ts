/**
 * Validators for single imported values. Each takes the raw text (never a number, so leading
 * zeros and strings like `12E34` are kept) and returns the stored value or the Expectation
 * that the value failed. Surrounding whitespace is trimmed first.
 */
import { err, ok, type Result } from '../core/result';
import { normalizeGtin } from '../scan/gtin';
import type { ShipmentKind } from '../store/shipment-imports';
import type { Expectation } from './import-error';

export type ValueResult<T> = Result<T, Expectation>;

/** Upper bound of quantities and weights, far above any real line and below float trouble. */
export const maxWholeNumber = 1_000_000;
/** Maximum length of a SKU, order reference or other identifier. imports.json `expected.identifier` states it too. */
export const maxIdentifierLength = 64;
/** Maximum length of a title, name or address field. imports.json `expected.text` states it too. */
export const maxTextLength = 200;

const controlCharacters = /[\u0000-\u001f\u007f]/;

export function optionalIdentifier(raw: string): ValueResult<string | null> {
  const value = raw.trim();
  if (value === '') {
    return ok(null);
  }
  if (value.length > maxIdentifierLength || controlCharacters.test(value)) {
    return err('identifier');
  }
  return ok(value);
}

export function requiredIdentifier(raw: string): ValueResult<string> {
  const value = optionalIdentifier(raw);
  if (!value.ok) {
    return value;
  }
  return value.value === null ? err('required') : ok(value.value);
}

/** Free text such as a title or address line; line breaks and tabs are rejected, other text is kept as given. */
export function optionalText(raw: string): ValueResult<string> {
  const value = raw.trim();
  if (value.length > maxTextLength || controlCharacters.test(value)) {
    return err('text');
  }
  return ok(value);
}

export function requiredText(raw: string): ValueResult<string> {
  const value = optionalText(raw);
  if (value.ok && value.value === '') {
    return err('required');
  }
  return value;
}

/** Parses a whole number from `minimum` to maxWholeNumber, digits only (no sign, exponent or separator). */
export function wholeNumber(raw: string, minimum: 0 | 1): ValueResult<number> {
  const value = raw.trim();
  const expectation: Expectation = minimum === 0 ? 'wholeNumber' : 'positiveWholeNumber';
  if (!/^\d{1,7}$/.test(value)) {
    return err(expectation);
  }
  const parsed = Number.parseInt(value, 10);
  return parsed >= minimum && parsed <= maxWholeNumber ? ok(parsed) : err(expectation);
}

export function optionalWholeNumber(raw: string): ValueResult<number | null> {
  return raw.trim() === '' ? ok(null) : wholeNumber(raw, 0);
}

/** Checks a GTIN-8, -12, -13 or -14 and returns the 14-digit form that the products table stores. */
export function optionalGtin(raw: string): ValueResult<string | null> {
  const value = raw.trim();
  if (value === '') {
    return ok(null);
  }
  const gtin = normalizeGtin(value);
  return gtin.ok ? ok(gtin.value) : err('gtin');
}

/** Ten letters and digits, as Amazon's FNSKU and ASIN are; stored in upper case. */
function amazonCode(raw: string, expectation: 'fnsku' | 'asin'): ValueResult<string | null> {
  const value = raw.trim().toUpperCase();
  if (value === '') {
    return ok(null);
  }
  return /^[A-Z0-9]{10}$/.test(value) ? ok(value) : err(expectation);
}

export function optionalFnsku(raw: string): ValueResult<string | null> {
  return amazonCode(raw, 'fnsku');
}

export function optionalAsin(raw: string): ValueResult<string | null> {
  return amazonCode(raw, 'asin');
}

const yesWords = new Set(['true', 'yes', 'y', '1']);
const noWords = new Set(['false', 'no', 'n', '0']);

/** Parses a yes/no flag. An empty cell takes `emptyMeans`. */
export function yesNo(raw: string, emptyMeans: boolean): ValueResult<boolean> {
  const value = raw.trim().toLowerCase();
  if (value === '') {
    return ok(emptyMeans);
  }
  if (yesWords.has(value)) {
    return ok(true);
  }
  return noWords.has(value) ? ok(false) : err('yesNo');
}

/** Parses a shipment kind. An empty cell means a customer order. */
export function shipmentKind(raw: string): ValueResult<ShipmentKind> {
  const value = raw.trim().toLowerCase();
  switch (value) {
    case '':
    case 'customer-order':
      return ok('customer-order');
    case 'fba-inbound':
    case 'vendor':
      return ok(value);
    default:
      return err('shipmentKind');
  }
}

/** A serial pattern: stored as given, but it must compile as a JavaScript regular expression (u flag). */
export function optionalSerialPattern(raw: string): ValueResult<string | null> {
  const value = raw.trim();
  if (value === '') {
    return ok(null);
  }
  if (value.length > maxTextLength) {
    return err('regularExpression');
  }
  try {
    new RegExp(value, 'u');
  } catch {
    return err('regularExpression');
  }
  return ok(value);
}

/** Checks a client code as the clients table allows it: 1 to 32 characters without control characters. */
export function optionalClientCode(raw: string): ValueResult<string | null> {
  const value = raw.trim();
  if (value === '') {
    return ok(null);
  }
  return value.length <= 32 && !controlCharacters.test(value) ? ok(value) : err('clientCode');
}
