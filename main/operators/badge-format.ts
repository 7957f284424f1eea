/**
 * The printed form of operator badge codes. This file must stay free of Node imports because the
 * renderer uses it to tell a badge scan from a product scan.
 *
 * A badge code is `PTB` and 20 characters of Crockford's base32 alphabet (100 bits of
 * randomness). The alphabet has no I, L, O or U, and the prefix has no punctuation, so a
 * QWERTZ or AZERTY keyboard layout cannot turn a badge into another valid-looking badge
 * through a punctuation key.
 */
export const badgePrefix = 'PTB';
export const badgeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const badgeBodyLength = 20;

const badgePattern = new RegExp(`^${badgePrefix}[${badgeAlphabet}]{${badgeBodyLength}}$`);

/** Trims scanner whitespace and upper-cases, so a scan with CapsLock on still matches. */
export function normalizeBadgeCode(raw: string): string {
  return raw.trim().toUpperCase();
}

/** True when the scanned text is a badge code after normalizeBadgeCode. */
export function isBadgeCode(raw: string): boolean {
  return badgePattern.test(normalizeBadgeCode(raw));
}
