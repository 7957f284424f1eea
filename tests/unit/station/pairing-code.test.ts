import { describe, expect, it } from 'vitest';
import { createPairingCode, isPairingCode } from '../../../main/station/pairing-code';

describe('pairing code', () => {
  it('creates readable distinct codes', () => {
    const codes = Array.from({ length: 50 }, createPairingCode);

    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('matches ignoring case, spaces and dashes', () => {
    expect(isPairingCode('7kq4 m2xd', '7KQ4-M2XD')).toBe(true);
    expect(isPairingCode('7KQ4M2XD', '7KQ4-M2XD')).toBe(true);
    expect(isPairingCode('7KQ4-M2XE', '7KQ4-M2XD')).toBe(false);
    expect(isPairingCode('7KQ4-M2X', '7KQ4-M2XD')).toBe(false);
    expect(isPairingCode('', '7KQ4-M2XD')).toBe(false);
  });
});
