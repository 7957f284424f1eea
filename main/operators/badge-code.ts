import { createHash, randomInt } from 'node:crypto';
import { badgeAlphabet, badgeBodyLength, badgePrefix, isBadgeCode, normalizeBadgeCode } from './badge-format';

/** Creates a new random badge code, such as `PTB7K3M9Q0XWT2H8R4VJ6D1C`. */
export function createBadgeCode(): string {
  let body = '';
  for (let index = 0; index < badgeBodyLength; index += 1) {
    body += badgeAlphabet[randomInt(badgeAlphabet.length)];
  }
  return `${badgePrefix}${body}`;
}

/**
 * Returns the SHA-256 (hex) stored for a badge code, or null for text that is no badge code.
 * A plain hash is enough because badge codes carry 100 random bits, unlike PINs; the store
 * never holds the code itself, so a copied database file cannot print working badges.
 */
export function badgeHashOf(raw: string): string | null {
  if (!isBadgeCode(raw)) {
    return null;
  }
  return createHash('sha256').update(normalizeBadgeCode(raw), 'utf8').digest('hex');
}
