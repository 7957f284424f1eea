/** A measure, amount or price read from an AI whose last digit gives the decimal places. */
export interface DecimalAiValue {
  /** The number as decimal text with exactly the implied decimal places, such as "1.250". */
  readonly decimal: string;
  /** ISO 4217 numeric currency code for the amount and price AIs 391n and 393n. */
  readonly currency?: string;
}

// Trade and logistic measures (310n to 369n) and amounts, prices and percentages (390n to 395n).
const DECIMAL_AI_PATTERN = /^(3[1-6]\d|39[0-5])(\d)$/;
const CURRENCY_AI_PATTERN = /^39[13]\d$/;

/**
 * Inserts a decimal point `places` digits from the right of a digit string, dropping leading
 * zeros of the integer part: ("001250", 3) gives "1.250", ("5", 2) gives "0.05".
 */
export function insertDecimalPoint(digits: string, places: number): string {
  const padded = digits.padStart(places + 1, '0');
  const integerPart = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, '');
  return places === 0 ? integerPart : `${integerPart}.${padded.slice(-places)}`;
}

/**
 * Reads the decimal value of an AI such as (3103) or (3922); returns null for AIs without an
 * implied decimal point. The value must already be valid for its AI.
 */
export function readDecimalAi(ai: string, value: string): DecimalAiValue | null {
  const match = DECIMAL_AI_PATTERN.exec(ai);
  if (match === null) {
    return null;
  }

  const places = Number(match[2]);
  if (CURRENCY_AI_PATTERN.test(ai)) {
    return { currency: value.slice(0, 3), decimal: insertDecimalPoint(value.slice(3), places) };
  }
  return { decimal: insertDecimalPoint(value, places) };
}
