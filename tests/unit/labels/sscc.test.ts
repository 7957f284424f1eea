import { describe, expect, it } from 'vitest';
import { buildSscc, formatSsccForPeople, validateSscc } from '../../../main/labels/sscc';

describe('buildSscc', () => {
  it('builds the GS1 example SSCC', () => {
    expect(buildSscc(1, '0950600', 42)).toEqual({ ok: true, value: '109506000000000429' });
  });

  it('produces check digit zero', () => {
    // Weighted sums that are a multiple of ten give 0, not 10.
    expect(buildSscc(1, '0950600', 3)).toEqual({ ok: true, value: '109506000000000030' });
    expect(buildSscc(1, '0950600', 16)).toEqual({ ok: true, value: '109506000000000160' });
    expect(buildSscc(0, '000000', 0)).toEqual({ ok: true, value: '000000000000000000' });
  });

  it('zero-pads the serial reference', () => {
    expect(buildSscc(3, '401234567890', 7)).toEqual({ ok: true, value: '340123456789000071' });
  });

  it('rejects a serial reference too long', () => {
    expect(buildSscc(1, '401234567890', 10_000)).toEqual({
      ok: false,
      error: { code: 'sscc-serial-reference-out-of-range', serialReference: 10_000, maximumSerialReference: 9_999 },
    });
    expect(buildSscc(1, '401234', 1e10).ok).toBe(false);
    expect(buildSscc(1, '401234', 9_999_999_999).ok).toBe(true);
  });

  it('rejects negative or fractional serials', () => {
    expect(buildSscc(1, '0950600', -1).ok).toBe(false);
    expect(buildSscc(1, '0950600', 1.5).ok).toBe(false);
  });

  it('rejects company prefix of wrong length', () => {
    for (const prefix of ['12345', '1234567890123', '09506A0', '']) {
      const built = buildSscc(1, prefix, 1);
      expect(built.ok ? 'accepted' : built.error.code, prefix).toBe('sscc-company-prefix-invalid');
    }
  });

  it('rejects extension digit outside 0-9', () => {
    for (const extension of [-1, 10, 1.5]) {
      const built = buildSscc(extension, '0950600', 1);
      expect(built.ok ? 'accepted' : built.error.code, String(extension)).toBe('sscc-extension-digit-invalid');
    }
  });
});

describe('validateSscc', () => {
  it('accepts a correct SSCC', () => {
    expect(validateSscc('109506000000000429')).toEqual({ ok: true, value: '109506000000000429' });
    expect(validateSscc('109506000000000030').ok).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(validateSscc('109506000000000428')).toEqual({
      ok: false,
      error: { code: 'sscc-check-digit-invalid', sscc: '109506000000000428', expectedCheckDigit: 9 },
    });
    expect(validateSscc('109506000000000031').ok).toBe(false);
  });

  it('rejects wrong length or non-digits', () => {
    for (const value of ['10950600000000042', '1095060000000004290', '10950600000000042X', ' 109506000000000429']) {
      const validated = validateSscc(value);
      expect(validated.ok ? 'accepted' : validated.error.code, value).toBe('sscc-format-invalid');
    }
  });

  it('round-trips built SSCCs', () => {
    for (let serial = 0; serial < 200; serial += 7) {
      const built = buildSscc(serial % 10, '4012345', serial * 1_234);
      expect(built.ok).toBe(true);
      if (built.ok) {
        expect(validateSscc(built.value).ok).toBe(true);
      }
    }
  });
});

describe('formatSsccForPeople', () => {
  it('groups by company prefix length', () => {
    expect(formatSsccForPeople('109506000000000429', 7)).toBe('(00) 1 0950600 000000042 9');
    expect(formatSsccForPeople('109506000000000429')).toBe('(00) 1 0950600000000042 9');
  });
});
