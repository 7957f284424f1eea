import type { AiCharset } from './ai-definition';

/**
 * GS1 AI encodable character set 82, in the order GS1 assigns values 0 to 81. The order matters
 * for the alphanumeric check character pair.
 */
export const CSET_82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`;

/** GS1 AI encodable character set 39: digits, upper-case letters, "#", "-" and "/". */
export const CSET_39 = '#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** GS1 character set 32, the alphabet of the alphanumeric check character pair. */
export const CSET_32 = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

const patterns: Readonly<Record<AiCharset, RegExp>> = {
  N: /^[0-9]*$/,
  X: /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/,
  Y: /^[#\-/0-9A-Z]*$/,
  Z: /^[-0-9A-Z_a-z]*$/,
};

/** True when every character of `text` belongs to the character set. */
export function isInCharset(text: string, charset: AiCharset): boolean {
  return patterns[charset].test(text);
}

/** Returns the first character of `text` outside the character set, or null when there is none. */
export function findCharOutsideCharset(text: string, charset: AiCharset): string | null {
  for (const character of text) {
    if (!patterns[charset].test(character)) {
      return character;
    }
  }
  return null;
}
