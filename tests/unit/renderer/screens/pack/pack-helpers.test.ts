import { describe, expect, it } from 'vitest';
import { packActionOfKey } from '../../../../../renderer/src/screens/pack/pack-shortcuts';
import { unitsNewestFirst, type CartonUnit } from '../../../../../renderer/src/screens/pack/unit-order';
import { parseWeightKg } from '../../../../../renderer/src/screens/pack/weight';

const noModifiers = { ctrlKey: false, altKey: false, metaKey: false };

describe('parseWeightKg', () => {
  it.each([
    ['12.5', 12_500],
    ['12,5', 12_500],
    [' 0.4 ', 400],
    ['3', 3000],
    ['.75', 750],
    ['1,2345', 1235],
    ['1000', 1_000_000],
  ])('converts %s kg to grams', (text, grams) => {
    expect(parseWeightKg(text)).toEqual({ ok: true, grams });
  });

  it.each([
    ['', 'invalid'],
    ['abc', 'invalid'],
    ['1.2.3', 'invalid'],
    ['-2', 'invalid'],
    ['1e3', 'invalid'],
    ['0', 'not-positive'],
    ['0.0004', 'not-positive'],
    ['1000.001', 'too-heavy'],
  ])('rejects %s as %s', (text, reason) => {
    expect(parseWeightKg(text)).toEqual({ ok: false, reason });
  });
});

describe('unitsNewestFirst', () => {
  const unit = (unitId: number, packedAt: string): CartonUnit => ({ unitId, sku: 'SKU-1', serial: `SN${unitId}`, packedAt });

  it('puts the latest pack time first', () => {
    const ordered = unitsNewestFirst([unit(1, '2026-01-01T10:00:00Z'), unit(2, '2026-01-01T10:05:00Z'), unit(3, '2026-01-01T10:01:00Z')]);

    expect(ordered.map((entry) => entry.unitId)).toEqual([2, 3, 1]);
  });

  it('breaks equal times by unit id', () => {
    const ordered = unitsNewestFirst([unit(4, '2026-01-01T10:00:00Z'), unit(9, '2026-01-01T10:00:00Z')]);

    expect(ordered.map((entry) => entry.unitId)).toEqual([9, 4]);
  });
});

describe('packActionOfKey', () => {
  it('maps function keys to actions', () => {
    expect(packActionOfKey('F2', noModifiers)).toBe('new-carton');
    expect(packActionOfKey('F3', noModifiers)).toBe('close-carton');
    expect(packActionOfKey('F10', noModifiers)).toBe('short-ship');
    expect(packActionOfKey('F2', { ...noModifiers, shiftKey: true })).toBe('bulk-add');
  });

  it('ignores letters and modifier chords', () => {
    expect(packActionOfKey('n', noModifiers)).toBeNull();
    expect(packActionOfKey('F2', { ...noModifiers, ctrlKey: true })).toBeNull();
    expect(packActionOfKey('F5', noModifiers)).toBeNull();
  });
});
