/**
 * GS1 mod-10 check digit, shared by GTIN, SSCC, GLN and every other GS1 key with a check digit.
 * Weights alternate 3 and 1 from the rightmost data digit; a sum that is a multiple of 10 gives 0.
 */
export function computeGs1CheckDigit(digitsWithoutCheck: string): number {
  if (!/^\d+$/.test(digitsWithoutCheck)) {
    throw new Error(`GS1 check digit needs digits only, got "${digitsWithoutCheck}"`);
  }

  let sum = 0;
  for (let index = 0; index < digitsWithoutCheck.length; index += 1) {
    const digit = digitsWithoutCheck.charCodeAt(digitsWithoutCheck.length - 1 - index) - 48;
    sum += index % 2 === 0 ? digit * 3 : digit;
  }

  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of a numeric GS1 key is its correct check digit. */
export function hasValidGs1CheckDigit(key: string): boolean {
  if (!/^\d{2,}$/.test(key)) {
    return false;
  }
  return computeGs1CheckDigit(key.slice(0, -1)) === Number(key.at(-1));
}
