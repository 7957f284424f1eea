import { describe, expect, it } from 'vitest';
import { badgeHashOf, createBadgeCode } from '../../../main/operators/badge-code';
import { isBadgeCode, normalizeBadgeCode } from '../../../main/operators/badge-format';

describe('badge codes', () => {
  it('creates distinct well-formed codes', () => {
    const codes = Array.from({ length: 50 }, createBadgeCode);

    for (const code of codes) {
      expect(code).toMatch(/^PTB[0-9A-HJKMNP-TV-Z]{20}$/);
      expect(isBadgeCode(code)).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('accepts CapsLock and scanner whitespace', () => {
    const code = createBadgeCode();

    expect(isBadgeCode(` ${code.toLowerCase()}\r`)).toBe(true);
    expect(normalizeBadgeCode(` ${code.toLowerCase()}\r`)).toBe(code);
    expect(badgeHashOf(code.toLowerCase())).toBe(badgeHashOf(code));
  });

  it('rejects serials and near misses', () => {
    for (const text of ['SN000451', 'PTB', 'PTB123', `PTB${'O'.repeat(20)}`, `PTB-${'A'.repeat(20)}`, `PTB${'A'.repeat(21)}`]) {
      expect(isBadgeCode(text), text).toBe(false);
      expect(badgeHashOf(text), text).toBeNull();
    }
  });

  it('hashes to 64 hex digits without the code', () => {
    const code = createBadgeCode();
    const hash = badgeHashOf(code) ?? '';

    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(code);
  });
});
