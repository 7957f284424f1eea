import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadgeCode, badgeHashOf } from '../../../main/operators/badge-code';
import { authenticateOperator } from '../../../main/operators/authenticate';
import { findCredentialsById, setOperatorBadgeHash, updateOperatorAccess } from '../../../main/store/operators';
import { addTestOperator, testPin } from '../../support/operators';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

/** Creates a clock that the test moves by hand. */
function manualClock(startIso: string): { now: () => Date; advance: (milliseconds: number) => void } {
  let current = Date.parse(startIso);
  return { now: () => new Date(current), advance: (milliseconds) => (current += milliseconds) };
}

describe('authenticateOperator', () => {
  const tempDir = useTempDir();
  let logged: string[];
  let previousLevel: string | undefined;

  beforeEach(() => {
    logged = [];
    previousLevel = process.env.PACKTRACE_LOG_LEVEL;
    process.env.PACKTRACE_LOG_LEVEL = 'debug';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    if (previousLevel === undefined) {
      delete process.env.PACKTRACE_LOG_LEVEL;
    } else {
      process.env.PACKTRACE_LOG_LEVEL = previousLevel;
    }
  });

  it('accepts name and PIN', async () => {
    const db = openTestStore(tempDir());
    const anna = await addTestOperator(db, 'Anna');

    const result = await authenticateOperator(db, { kind: 'pin', name: ' anna ', pin: testPin });

    expect(result).toEqual({ ok: true, value: { id: anna.id, name: 'Anna', role: 'packer', active: true } });
    db.close();
  });

  it('rejects unknown names like wrong PINs', async () => {
    const db = openTestStore(tempDir());
    await addTestOperator(db, 'Anna');

    const unknown = await authenticateOperator(db, { kind: 'pin', name: 'Nobody', pin: testPin });
    const wrong = await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: '9999' });

    expect(unknown).toEqual({ ok: false, error: { code: 'credentials-invalid' } });
    expect(wrong).toEqual({ ok: false, error: { code: 'credentials-invalid' } });
    db.close();
  });

  it('locks after five wrong PINs', async () => {
    const db = openTestStore(tempDir());
    const anna = await addTestOperator(db, 'Anna');
    const clock = manualClock('2026-03-02T08:00:00.000Z');

    const wrong = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      wrong.push(await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: '0000' }, { now: clock.now }));
    }
    const rightWhileLocked = await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: testPin }, { now: clock.now });

    expect(wrong.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(Array(5).fill('credentials-invalid'));
    expect(rightWhileLocked).toEqual({ ok: false, error: { code: 'operator-locked', name: 'Anna', lockedUntil: '2026-03-02T08:05:00.000Z' } });
    expect(findCredentialsById(db, anna.id)?.failedAttempts).toBe(5);
    db.close();
  });

  it('unlocks after the lock time', async () => {
    const db = openTestStore(tempDir());
    const anna = await addTestOperator(db, 'Anna');
    const clock = manualClock('2026-03-02T08:00:00.000Z');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: '0000' }, { now: clock.now });
    }

    clock.advance(5 * 60_000 - 1);
    const stillLocked = await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: testPin }, { now: clock.now });
    clock.advance(1);
    const unlocked = await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: testPin }, { now: clock.now });

    expect(stillLocked.ok ? 'ok' : stillLocked.error.code).toBe('operator-locked');
    expect(unlocked.ok).toBe(true);
    expect(findCredentialsById(db, anna.id)).toMatchObject({ failedAttempts: 0, lockedUntil: null });
    db.close();
  });

  it('resets the count after a right PIN', async () => {
    const db = openTestStore(tempDir());
    await addTestOperator(db, 'Anna');
    const clock = manualClock('2026-03-02T08:00:00.000Z');

    for (let attempt = 0; attempt < 4; attempt += 1) {
      await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: '0000' }, { now: clock.now });
    }
    await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: testPin }, { now: clock.now });
    const afterReset = await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: '0000' }, { now: clock.now });
    const right = await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: testPin }, { now: clock.now });

    expect(afterReset.ok ? 'ok' : afterReset.error.code).toBe('credentials-invalid');
    expect(right.ok).toBe(true);
    db.close();
  });

  it('counts parallel guesses before hashing', async () => {
    const db = openTestStore(tempDir());
    await addTestOperator(db, 'Anna');
    const clock = manualClock('2026-03-02T08:00:00.000Z');

    const guesses = await Promise.all(
      ['0000', '0001', '0002', '0003', '0004', '0005', '0006', testPin].map((pin) => authenticateOperator(db, { kind: 'pin', name: 'Anna', pin }, { now: clock.now })),
    );

    const codes = guesses.map((result) => (result.ok ? 'ok' : result.error.code));
    expect(codes.filter((code) => code === 'operator-locked')).toHaveLength(3);
    expect(codes).not.toContain('ok');
    db.close();
  });

  it('accepts a badge and rejects inactive operators', async () => {
    const db = openTestStore(tempDir());
    const piotr = await addTestOperator(db, 'Piotr', 'supervisor');
    const badge = createBadgeCode();
    setOperatorBadgeHash(db, piotr.id, badgeHashOf(badge));

    const byBadge = await authenticateOperator(db, { kind: 'badge', code: badge.toLowerCase() });
    const unknownBadge = await authenticateOperator(db, { kind: 'badge', code: createBadgeCode() });
    updateOperatorAccess(db, piotr.id, { role: 'supervisor', active: false });
    const inactiveBadge = await authenticateOperator(db, { kind: 'badge', code: badge });
    const inactivePin = await authenticateOperator(db, { kind: 'pin', name: 'Piotr', pin: testPin });

    expect(byBadge).toMatchObject({ ok: true, value: { name: 'Piotr', role: 'supervisor' } });
    expect(unknownBadge.ok).toBe(false);
    expect(inactiveBadge.ok).toBe(false);
    expect(inactivePin.ok).toBe(false);
    db.close();
  });

  it('never logs a PIN or badge', async () => {
    const db = openTestStore(tempDir());
    const anna = await addTestOperator(db, 'Anna', 'packer', '80417');
    const badge = createBadgeCode();
    setOperatorBadgeHash(db, anna.id, badgeHashOf(badge));

    await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: '80417' });
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await authenticateOperator(db, { kind: 'pin', name: 'Anna', pin: '31337' });
    }
    await authenticateOperator(db, { kind: 'pin', name: 'Nobody', pin: '62851' });
    await authenticateOperator(db, { kind: 'badge', code: badge });

    const output = logged.join('');
    expect(output).toContain('wrong PIN');
    for (const secret of ['80417', '31337', '62851', badge]) {
      expect(output).not.toContain(secret);
    }
    db.close();
  });
});
