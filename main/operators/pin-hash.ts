import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt cost of new PIN hashes. N = 2^15 with r = 8 needs 32 MiB and about 0.1 s per hash on a
 * desktop CPU (an estimate), which makes guessing a 4-to-8-digit PIN from a stolen database file
 * expensive without slowing a sign-in noticeably. Stored hashes carry their own parameters, so
 * raising these later still verifies old hashes.
 */
export const defaultPinHashCost = { cost: 2 ** 15, blockSize: 8, parallelization: 1 } as const;

export interface PinHashCost {
  readonly cost: number;
  readonly blockSize: number;
  readonly parallelization: number;
}

const saltBytes = 16;
const keyBytes = 32;

/** PINs are 4 to 8 digits, typed on the sign-in screen's PIN pad. */
export const pinPattern = /^[0-9]{4,8}$/;

export function isValidPin(pin: string): boolean {
  return pinPattern.test(pin);
}

function deriveKey(pin: string, salt: Buffer, parameters: PinHashCost): Promise<Buffer> {
  const options: ScryptOptions = {
    N: parameters.cost,
    r: parameters.blockSize,
    p: parameters.parallelization,
    // scrypt needs 128 * N * r bytes; Node's default ceiling of 32 MiB is exactly that at the
    // default cost, and Node rejects a request that reaches its ceiling.
    maxmem: 256 * parameters.cost * parameters.blockSize,
  };
  return new Promise((resolvePromise, rejectPromise) => {
    scrypt(pin, salt, keyBytes, options, (error, key) => (error === null ? resolvePromise(key) : rejectPromise(error)));
  });
}

/**
 * Hashes a PIN with scrypt and a fresh 16-byte salt into `scrypt$N$r$p$<salt>$<key>` (base64url).
 * Throws for a PIN that is not 4 to 8 digits, because callers check it before.
 */
export async function hashPin(pin: string, parameters: PinHashCost = defaultPinHashCost): Promise<string> {
  if (!isValidPin(pin)) {
    throw new Error('hashPin: the PIN must be 4 to 8 digits');
  }
  const salt = randomBytes(saltBytes);
  const key = await deriveKey(pin, salt, parameters);
  return ['scrypt', parameters.cost, parameters.blockSize, parameters.parallelization, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parseStoredHash(stored: string): { parameters: PinHashCost; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') {
    return null;
  }
  const [cost, blockSize, parallelization] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![cost, blockSize, parallelization].every((value) => Number.isSafeInteger(value) && value > 0)) {
    return null;
  }
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  if (salt.length === 0 || key.length !== keyBytes) {
    return null;
  }
  return { parameters: { cost, blockSize, parallelization }, salt, key };
}

/** True when `pin` hashes to `stored`. A malformed stored hash matches no PIN. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored);
  if (parsed === null) {
    return false;
  }
  const key = await deriveKey(pin, parsed.salt, parsed.parameters);
  return timingSafeEqual(key, parsed.key);
}

let decoyHash: Promise<string> | null = null;

/**
 * Spends the time of one PIN check against a decoy hash, for a sign-in whose operator has no
 * PIN or does not exist, so the reply time does not tell which names are real.
 */
export async function spendPinCheckTime(pin: string): Promise<void> {
  decoyHash ??= hashPin('0000');
  await verifyPin(pin, await decoyHash);
}
