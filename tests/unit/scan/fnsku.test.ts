import { describe, expect, it } from 'vitest';

import { isNearMissFnsku, normalizeFnsku } from '../../../main/scan/fnsku';

describe('normalizeFnsku', () => {
  it('trims and upper-cases once', () => {
    expect(normalizeFnsku(' x00abc1234')).toEqual({ ok: true, value: 'X00ABC1234' });
    expect(normalizeFnsku('b07xj8c8f5\r\n')).toEqual({ ok: true, value: 'B07XJ8C8F5' });
  });

  it.each(['X00ABC123', 'X00ABC12345', '', 'Y00ABC1234', 'X00ABC-234'])('rejects %j', (raw) => {
    const result = normalizeFnsku(raw);

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-fnsku' } });
  });

  it('keeps leading zeros as text', () => {
    expect(normalizeFnsku('X000000001')).toEqual({ ok: true, value: 'X000000001' });
  });
});

describe('isNearMissFnsku', () => {
  it('flags one character too few or many', () => {
    expect(isNearMissFnsku('X00ABC123')).toBe(true);
    expect(isNearMissFnsku('X00ABC12345')).toBe(true);
    expect(isNearMissFnsku('X00ABC1234')).toBe(false);
  });
});
