import { describe, expect, it } from 'vitest';

import { computeCheckCharacterPair, hasValidCheckCharacterPair } from '../../../main/gs1/check-character-pair';

describe('check character pair', () => {
  it('computes a known GMN pair', () => {
    expect(computeCheckCharacterPair('1987654Ad4X4bL5ttr2310c')).toBe('2K');
  });

  it('rejects a changed data character', () => {
    expect(hasValidCheckCharacterPair('1987654Ad4X4bL5ttr2310c2K')).toBe(true);
    expect(hasValidCheckCharacterPair('1987654Ad4X4bL5ttr2311c2K')).toBe(false);
  });

  it('returns null outside CSET 82', () => {
    expect(computeCheckCharacterPair('12 34')).toBeNull();
  });
});
