import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';

const log = createLogger('history');

/** File name of the station's Ed25519 private key (PKCS#8 PEM) inside the data folder. */
export const signingKeyFileName = 'station-signing-key.pem';

/** The station's signing key pair and the public key in the forms an export carries. */
export interface StationSigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** DER-encoded SubjectPublicKeyInfo, base64. */
  readonly publicKeySpki: string;
  /** SHA-256 of the SPKI DER, lower-case hex: what an auditor compares by eye or pins. */
  readonly fingerprint: string;
}

export type SigningKeyError =
  | { readonly code: 'signing-key-unreadable'; readonly file: string; readonly detail: string }
  | { readonly code: 'signing-key-not-ed25519'; readonly file: string; readonly keyType: string }
  | { readonly code: 'signing-key-permissions'; readonly file: string; readonly mode: string };

/** Returns the path of the signing key file in a data folder. */
export function signingKeyFileIn(dataDir: string): string {
  return join(dataDir, signingKeyFileName);
}

/**
 * Loads the station's signing key from the data folder, creating an Ed25519 key pair there on
 * first use. The file is created with mode 0600 and exclusively (`wx`), so a second process
 * racing to create it fails instead of overwriting the first key. On POSIX systems a key file
 * that the group or others can read or write is rejected rather than used.
 */
export function loadOrCreateSigningKey(dataDir: string): Result<StationSigningKey, SigningKeyError> {
  const file = signingKeyFileIn(dataDir);
  if (!existsSync(file)) {
    const created = createKeyFile(file);
    if (!created.ok) {
      return created;
    }
  }
  return loadSigningKey(file);
}

function createKeyFile(file: string): Result<void, SigningKeyError> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
  try {
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process created it first: use that key.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return ok(undefined);
    }
    return err({ code: 'signing-key-unreadable', file, detail: (error as Error).message });
  }
  log.info('created station signing key', { file });
  return ok(undefined);
}

/** Loads an existing signing key file and checks its type and, on POSIX, its permissions. */
export function loadSigningKey(file: string): Result<StationSigningKey, SigningKeyError> {
  let pem: string;
  try {
    if (process.platform !== 'win32') {
      const mode = statSync(file).mode & 0o777;
      if ((mode & 0o077) !== 0) {
        return err({ code: 'signing-key-permissions', file, mode: mode.toString(8).padStart(4, '0') });
      }
    }
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    return err({ code: 'signing-key-unreadable', file, detail: (error as Error).message });
  }

  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (error) {
    return err({ code: 'signing-key-unreadable', file, detail: (error as Error).message });
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    return err({ code: 'signing-key-not-ed25519', file, keyType: String(privateKey.asymmetricKeyType) });
  }

  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return ok({ privateKey, publicKey, publicKeySpki: spki.toString('base64'), fingerprint: fingerprintOfSpki(spki) });
}

/** SHA-256 of a DER SubjectPublicKeyInfo, lower-case hex. */
export function fingerprintOfSpki(spki: Buffer): string {
  return createHash('sha256').update(spki).digest('hex');
}

/** Describes a signing key error in one sentence with the fix. */
export function describeSigningKeyError(error: SigningKeyError): string {
  switch (error.code) {
    case 'signing-key-unreadable':
      return `cannot read the station signing key ${error.file}: ${error.detail}`;
    case 'signing-key-not-ed25519':
      return `the station signing key ${error.file} is a ${error.keyType} key, but Packtrace signs with Ed25519; move the file away to create a new key`;
    case 'signing-key-permissions':
      return `the station signing key ${error.file} has mode ${error.mode}, so other users can read it; run chmod 600 on it`;
  }
}
