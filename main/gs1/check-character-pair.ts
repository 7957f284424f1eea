import { CSET_32, CSET_82 } from './charsets';

const PRIMES = [
  2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109,
] as const;

/**
 * Computes the GS1 alphanumeric check character pair (used by the GMN, AI 8013). Each character's
 * value is its position in CSET 82, weighted by a prime: 2 for the rightmost data character,
 * rising to the left. The weighted sum modulo 1021 gives two CSET 32 characters, the quotient
 * and the remainder of division by 32. Returns null when a character is outside CSET 82 or the
 * data is longer than the prime table.
 */
export function computeCheckCharacterPair(data: string): string | null {
  if (data.length > PRIMES.length) {
    return null;
  }

  let sum = 0;
  for (let index = 0; index < data.length; index += 1) {
    const value = CSET_82.indexOf(data.charAt(index));
    if (value === -1) {
      return null;
    }
    sum += value * (PRIMES[data.length - 1 - index] ?? 0);
  }

  const remainder = sum % 1021;
  return `${CSET_32.charAt(Math.floor(remainder / 32))}${CSET_32.charAt(remainder % 32)}`;
}

/** True when the last two characters of `text` are the check character pair of the rest. */
export function hasValidCheckCharacterPair(text: string): boolean {
  if (text.length < 3) {
    return false;
  }
  return computeCheckCharacterPair(text.slice(0, -2)) === text.slice(-2);
}
