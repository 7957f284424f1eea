import { randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Pairing codes use digits and upper-case letters without 0, O, 1, I and L, which are easy to
 * misread off a screen: 31 symbols, so 8 of them give about 2^39 codes. With the attempt
 * limiter's ten failures a minute, guessing one takes far longer than a station runs.
 */
const pairingAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const pairingLength = 8;

/** Creates the pairing code a LAN station prints at start, such as `7KQ4-M2XD`. */
export function createPairingCode(): string {
  let code = '';
  for (let index = 0; index < pairingLength; index += 1) {
    code += pairingAlphabet[randomInt(pairingAlphabet.length)];
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Upper-cases and drops spaces and dashes, so `7kq4 m2xd` matches `7KQ4-M2XD`. */
export function normalizePairingCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '');
}

/** Compares a typed code with the station's in constant time for equal lengths. */
export function isPairingCode(typed: string, pairingCode: string): boolean {
  const typedBytes = Buffer.from(normalizePairingCode(typed), 'utf8');
  const expectedBytes = Buffer.from(normalizePairingCode(pairingCode), 'utf8');
  return typedBytes.length === expectedBytes.length && timingSafeEqual(typedBytes, expectedBytes);
}
