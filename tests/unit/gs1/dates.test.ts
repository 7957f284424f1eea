import { describe, expect, it } from 'vitest';

import { readYymmddDate, readYyyymmddDate, resolveGs1Year } from '../../../main/gs1/dates';

const today = new Date('2025-06-15T00:00:00Z');

describe('readYymmddDate', () => {
  it.each([
    ['190700', '2019-07-31'],
    ['250200', '2025-02-28'],
    ['280200', '2028-02-29'],
    ['000200', '2000-02-29'],
    ['241200', '2024-12-31'],
  ])('reads day 00 of %s as %s', (digits, isoDate) => {
    expect(readYymmddDate(digits, true, today)).toBe(isoDate);
  });

  it('rejects day 00 where not allowed', () => {
    expect(readYymmddDate('250200', false, today)).toBeNull();
  });

  it.each(['250229', '251301', '250000', '250431', '2502'])('rejects %s', (digits) => {
    expect(readYymmddDate(digits, true, today)).toBeNull();
  });
});

describe('resolveGs1Year', () => {
  it('applies the 50-year sliding window', () => {
    expect(resolveGs1Year(75, today)).toBe(2075);
    expect(resolveGs1Year(76, today)).toBe(1976);
    expect(resolveGs1Year(0, today)).toBe(2000);
    expect(resolveGs1Year(75, new Date('2080-01-01T00:00:00Z'))).toBe(2075);
    expect(resolveGs1Year(30, new Date('2080-01-01T00:00:00Z'))).toBe(2130);
  });
});

describe('readYyyymmddDate', () => {
  it('checks leap years by century rule', () => {
    expect(readYyyymmddDate('19000229')).toBeNull();
    expect(readYyyymmddDate('20000229')).toBe('2000-02-29');
  });
});
