import { describe, expect, it } from 'vitest';
import { chooseModuleDots, dotsToPt, mmToDotsCeil, mmToDotsFloor, moduleWidthMm } from '../../../main/labels/dots';

describe('dots', () => {
  it('converts dots to millimetres and points', () => {
    expect(moduleWidthMm(203, 2)).toBeCloseTo(0.250246, 6);
    expect(moduleWidthMm(300, 3)).toBeCloseTo(0.254, 9);
    expect(dotsToPt(203, 203)).toBe(72);
    expect(dotsToPt(300, 150)).toBe(36);
  });

  it('rounds grid positions inwards despite float noise', () => {
    // 2 dots at 203 dpi in millimetres does not survive the round trip exactly.
    expect(mmToDotsCeil(203, moduleWidthMm(203, 2))).toBe(2);
    expect(mmToDotsFloor(203, moduleWidthMm(203, 2))).toBe(2);
    expect(mmToDotsCeil(203, 1)).toBe(8);
    expect(mmToDotsFloor(203, 1)).toBe(7);
  });

  it('chooses the narrowest module at or above minimum', () => {
    expect(chooseModuleDots(203, 0.495)).toBe(4);
    expect(chooseModuleDots(300, 0.495)).toBe(6);
    expect(chooseModuleDots(203, moduleWidthMm(203, 2))).toBe(2);
    expect(chooseModuleDots(300, moduleWidthMm(203, 2))).toBe(3);
    expect(chooseModuleDots(203, 0.01)).toBe(1);
  });

  it('never chooses a module below the minimum', () => {
    for (const dpi of [203, 300] as const) {
      for (let minimumMm = 0.1; minimumMm < 1.2; minimumMm += 0.013) {
        const dots = chooseModuleDots(dpi, minimumMm);
        expect(moduleWidthMm(dpi, dots)).toBeGreaterThanOrEqual(minimumMm - 1e-9);
        expect(moduleWidthMm(dpi, dots - 1)).toBeLessThan(minimumMm);
      }
    }
  });

  it('throws on a non-positive minimum', () => {
    expect(() => chooseModuleDots(203, 0)).toThrow(/positive/);
    expect(() => chooseModuleDots(203, Number.NaN)).toThrow(/positive/);
  });
});
