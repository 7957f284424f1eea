import { describe, expect, it } from 'vitest';
import { encodeLinearSymbol } from '../../../main/labels/barcode';

// Code 128 symbol patterns as module widths (bar, space, bar, ...).
const startC = [2, 1, 1, 2, 3, 2];
const fnc1 = [4, 1, 1, 1, 3, 1];

function widthsOf(bars: ReadonlyArray<{ startModule: number; widthModules: number }>, count: number): number[] {
  const widths: number[] = [];
  for (let index = 0; index < bars.length && widths.length < count; index += 1) {
    const bar = bars[index]!;
    const next = bars[index + 1];
    widths.push(bar.widthModules);
    if (next !== undefined) {
      widths.push(next.startModule - bar.startModule - bar.widthModules);
    }
  }
  return widths.slice(0, count);
}

describe('encodeLinearSymbol', () => {
  it('starts GS1-128 with FNC1', () => {
    const encoded = encodeLinearSymbol('gs1-128', '(00)109506000000000429');
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(widthsOf(encoded.value.bars, 12)).toEqual([...startC, ...fnc1]);
    // Start, FNC1, ten Code C pairs and the check symbol at 11 modules, plus the 13-module stop.
    expect(encoded.value.widthModules).toBe(11 * 13 + 13);
  });

  it('encodes plain Code 128 without FNC1', () => {
    const encoded = encodeLinearSymbol('code128', '00109506000000000429');
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(widthsOf(encoded.value.bars, 12).slice(6)).not.toEqual(fnc1);
  });

  it('places bars on whole modules', () => {
    const encoded = encodeLinearSymbol('code128', 'X00ABC1234');
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.value.bars[0]?.startModule).toBe(0);
    for (const bar of encoded.value.bars) {
      expect(Number.isInteger(bar.startModule)).toBe(true);
      expect(Number.isInteger(bar.widthModules)).toBe(true);
    }
    const last = encoded.value.bars.at(-1)!;
    expect(last.startModule + last.widthModules).toBe(encoded.value.widthModules);
  });

  it('rejects SSCC with wrong check digit', () => {
    const encoded = encodeLinearSymbol('gs1-128', '(00)109506000000000428');
    expect(encoded.ok).toBe(false);
    if (encoded.ok) return;
    expect(encoded.error.code).toBe('label-barcode-data-invalid');
  });

  it('rejects empty data', () => {
    const encoded = encodeLinearSymbol('code128', '');
    expect(encoded.ok ? 'accepted' : encoded.error.code).toBe('label-barcode-data-invalid');
  });
});
