import { describe, expect, it } from 'vitest';
import { clearedAttempts, defaultLockoutPolicy, isLockedOut, reserveAttempt, type AttemptState } from '../../../main/operators/lockout';

const start = new Date('2026-03-02T08:00:00.000Z');

function after(milliseconds: number): Date {
  return new Date(start.getTime() + milliseconds);
}

describe('lockout policy', () => {
  it('locks on the fifth attempt', () => {
    let state: AttemptState = clearedAttempts;
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      state = reserveAttempt(state, start);
      expect(isLockedOut(state, start), `attempt ${attempt}`).toBe(false);
    }

    state = reserveAttempt(state, start);

    expect(state.failedAttempts).toBe(5);
    expect(state.lockedUntil).toBe(after(defaultLockoutPolicy.lockMilliseconds).toISOString());
    expect(isLockedOut(state, start)).toBe(true);
  });

  it('unlocks when the lock runs out', () => {
    const locked: AttemptState = { failedAttempts: 5, lockedUntil: after(5 * 60_000).toISOString() };

    expect(isLockedOut(locked, after(5 * 60_000 - 1))).toBe(true);
    expect(isLockedOut(locked, after(5 * 60_000))).toBe(false);
  });

  it('restarts the count after a lock', () => {
    const locked: AttemptState = { failedAttempts: 5, lockedUntil: after(5 * 60_000).toISOString() };

    const next = reserveAttempt(locked, after(6 * 60_000));

    expect(next).toEqual({ failedAttempts: 1, lockedUntil: null });
  });

  it('follows a custom policy', () => {
    const policy = { maxFailedAttempts: 2, lockMilliseconds: 1000 };

    const second = reserveAttempt(reserveAttempt(clearedAttempts, start, policy), start, policy);

    expect(second).toEqual({ failedAttempts: 2, lockedUntil: after(1000).toISOString() });
  });
});
