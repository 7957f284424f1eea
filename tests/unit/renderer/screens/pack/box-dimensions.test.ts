import { describe, expect, it } from 'vitest';
import { parseBoxSideMm } from '../../../../../renderer/src/screens/pack/box-dimensions';

describe('parseBoxSideMm', () => {
  it.each([
    ['40', 'cm', 400],
    ['40,5', 'cm', 405],
    [' 12.34 ', 'cm', 123],
    ['.5', 'cm', 5],
    ['25', 'in', 635],
    ['15.75', 'in', 400],
  ] as const)('reads %s %s as %i mm', (text, unit, mm) => {
    expect(parseBoxSideMm(text, unit)).toEqual({ ok: true, mm });
  });

  it.each(['', 'abc', '-4', '4 cm', '1,2,3', '1e3'])('rejects %j as invalid', (text) => {
    expect(parseBoxSideMm(text, 'cm')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('rejects a side rounding to zero', () => {
    expect(parseBoxSideMm('0.04', 'cm')).toEqual({ ok: false, reason: 'not-positive' });
    expect(parseBoxSideMm('0', 'in')).toEqual({ ok: false, reason: 'not-positive' });
  });
});
