import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadOrCreateSigningKey, signingKeyFileIn } from '../../../main/history/station-key';
import { useTempDir } from '../../support/temp-dir';

describe('loadOrCreateSigningKey', () => {
  const tempDir = useTempDir();

  it('creates an owner-only Ed25519 key', () => {
    const dir = tempDir();

    const key = loadOrCreateSigningKey(dir);

    expect(key.ok).toBe(true);
    if (!key.ok) return;
    expect(key.value.privateKey.asymmetricKeyType).toBe('ed25519');
    expect(existsSync(signingKeyFileIn(dir))).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(signingKeyFileIn(dir)).mode & 0o777).toBe(0o600);
    }
  });

  it('loads the same key on the next start', () => {
    const dir = tempDir();
    const first = loadOrCreateSigningKey(dir);
    const second = loadOrCreateSigningKey(dir);

    expect(first.ok).toBe(true);
    expect(second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.value.fingerprint).toBe(first.value.fingerprint);
    const signature = sign(null, Buffer.from('head'), first.value.privateKey);
    expect(verify(null, Buffer.from('head'), second.value.publicKey, signature)).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('rejects a key readable by others', () => {
    const dir = tempDir();
    loadOrCreateSigningKey(dir);
    chmodSync(signingKeyFileIn(dir), 0o644);

    const key = loadOrCreateSigningKey(dir);

    expect(key).toMatchObject({ ok: false, error: { code: 'signing-key-permissions', mode: '0644' } });
  });

  it('rejects a key of another type', () => {
    const dir = tempDir();
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(signingKeyFileIn(dir), privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });

    const key = loadOrCreateSigningKey(dir);

    expect(key).toMatchObject({ ok: false, error: { code: 'signing-key-not-ed25519', keyType: 'ec' } });
  });

  it('rejects a file that is not a key', () => {
    const dir = tempDir();
    writeFileSync(signingKeyFileIn(dir), 'not a key', { mode: 0o600 });

    expect(loadOrCreateSigningKey(dir)).toMatchObject({ ok: false, error: { code: 'signing-key-unreadable' } });
  });
});
