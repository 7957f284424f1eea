import { describe, expect, it } from 'vitest';
import { checkBoxLimits } from '../../../main/fba/box-limits';

const box = { weightGrams: 12_000, lengthMm: 600, widthMm: 400, heightMm: 400 };

describe('checkBoxLimits', () => {
  it('accepts a box within limits', () => {
    expect(checkBoxLimits(box)).toEqual([]);
  });

  it('accepts exactly 22.68 kg and 63.5 cm', () => {
    expect(checkBoxLimits({ weightGrams: 22_680, lengthMm: 635, widthMm: 635, heightMm: 635 })).toEqual([]);
  });

  it('warns team lift above 22.68 kg', () => {
    expect(checkBoxLimits({ ...box, weightGrams: 22_681 })).toEqual([{ code: 'fba-box-team-lift', weightGrams: 22_681, limitGrams: 22_680 }]);
  });

  it('warns mech lift above 45.36 kg', () => {
    expect(checkBoxLimits({ ...box, weightGrams: 50_000 })).toEqual([{ code: 'fba-box-mech-lift', weightGrams: 50_000, limitGrams: 45_360 }]);
  });

  it('warns a side over 63.5 cm', () => {
    expect(checkBoxLimits({ ...box, heightMm: 700 })).toEqual([{ code: 'fba-box-side-too-long', sideMm: 700, limitMm: 635 }]);
  });
});
