/** Heaviest carton weight the station accepts, in grams; the contract's limit is 1,000 kg. */
export const maxCartonWeightGrams = 1_000_000;

export type WeightParse =
  | { readonly ok: true; readonly grams: number }
  | { readonly ok: false; readonly reason: 'invalid' | 'not-positive' | 'too-heavy' };

/**
 * Parses a carton weight typed in kilograms into whole grams. Accepts a decimal point or a
 * decimal comma (German, Polish and French write "12,5"), rounding to the nearest gram. Rejects
 * anything else, zero, and more than 1,000 kg.
 */
export function parseWeightKg(text: string): WeightParse {
  const normalized = text.trim().replace(',', '.');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(normalized)) {
    return { ok: false, reason: 'invalid' };
  }

  const grams = Math.round(Number(normalized) * 1000);
  if (grams <= 0) {
    return { ok: false, reason: 'not-positive' };
  }
  if (grams > maxCartonWeightGrams) {
    return { ok: false, reason: 'too-heavy' };
  }
  return { ok: true, grams };
}
