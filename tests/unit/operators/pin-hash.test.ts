import { describe, expect, it } from 'vitest';
import { defaultPinHashCost, hashPin, isValidPin, verifyPin } from '../../../main/operators/pin-hash';
import { testPinHashCost } from '../../support/operators';

describe('PIN hashing', () => {
  it('stores scrypt with its parameters', async () => {
    const stored = await hashPin('4711');
    const parts = stored.split('$');

    expect(parts.slice(0, 4)).toEqual(['scrypt', String(defaultPinHashCost.cost), '8', '1']);
    expect(Buffer.from(parts[4] ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(parts[5] ?? '', 'base64url')).toHaveLength(32);
    expect(stored).not.toContain('4711');
  });

  it('verifies the right PIN only', async () => {
    const stored = await hashPin('4711', testPinHashCost);

    expect(await verifyPin('4711', stored)).toBe(true);
    expect(await verifyPin('4712', stored)).toBe(false);
    expect(await verifyPin('47110', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const first = await hashPin('4711', testPinHashCost);
    const second = await hashPin('4711', testPinHashCost);

    expect(first).not.toBe(second);
    expect(await verifyPin('4711', second)).toBe(true);
  });

  it('matches nothing against malformed hashes', async () => {
    for (const stored of ['', 'scrypt$', 'bcrypt$1024$8$1$c2FsdA$a2V5', 'scrypt$0$8$1$c2FsdA$a2V5', 'scrypt$1024$8$1$c2FsdA$dG9vLXNob3J0']) {
      expect(await verifyPin('4711', stored), stored).toBe(false);
    }
  });

  it('accepts 4 to 8 digits', () => {
    expect(['1234', '12345678'].map(isValidPin)).toEqual([true, true]);
    expect(['123', '123456789', '12a4', ' 1234', '１２３４'].map(isValidPin)).toEqual([false, false, false, false, false]);
  });

  it('refuses to hash an invalid PIN', async () => {
    await expect(hashPin('12')).rejects.toThrow(/4 to 8 digits/);
  });
});
