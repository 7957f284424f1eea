/** Unit the operator measures box sides in. */
export type LengthUnit = 'cm' | 'in';

export type BoxSideParse =
  | { readonly ok: true; readonly mm: number }
  | { readonly ok: false; readonly reason: 'invalid' | 'not-positive' };

const mmPerUnit: Readonly<Record<LengthUnit, number>> = { cm: 10, in: 25.4 };

/**
 * Parses one box side typed in centimetres or inches into whole millimetres, rounded to the
 * nearest. Accepts a decimal point or a decimal comma ("40,5"). Rejects anything else, and a
 * side that rounds to zero.
 */
export function parseBoxSideMm(text: string, unit: LengthUnit): BoxSideParse {
  const normalized = text.trim().replace(',', '.');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(normalized)) {
    return { ok: false, reason: 'invalid' };
  }

  const mm = Math.round(Number(normalized) * mmPerUnit[unit]);
  if (mm < 1) {
    return { ok: false, reason: 'not-positive' };
  }
  return { ok: true, mm };
}
