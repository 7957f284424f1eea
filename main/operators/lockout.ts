/** How many wrong PINs lock an operator, and for how long. */
export interface LockoutPolicy {
  readonly maxFailedAttempts: number;
  readonly lockMilliseconds: number;
}

/** Five wrong PINs in a row lock the operator for five minutes. */
export const defaultLockoutPolicy: LockoutPolicy = { maxFailedAttempts: 5, lockMilliseconds: 5 * 60_000 };

/** The stored attempt counter of one operator. */
export interface AttemptState {
  readonly failedAttempts: number;
  /** ISO-8601 UTC time the lock ends, or null when never locked. */
  readonly lockedUntil: string | null;
}

/** True while a lock set by earlier wrong PINs has not yet run out at `now`. */
export function isLockedOut(state: AttemptState, now: Date): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime();
}

/**
 * The counter after one more attempt is reserved, before the PIN is checked. Counting up front
 * means parallel guesses cannot all pass the check before the first wrong one is written. A lock
 * that has run out starts a fresh count, and the attempt that reaches the maximum sets the lock.
 */
export function reserveAttempt(state: AttemptState, now: Date, policy: LockoutPolicy = defaultLockoutPolicy): AttemptState {
  const expired = state.lockedUntil !== null && Date.parse(state.lockedUntil) <= now.getTime();
  const failedAttempts = (expired ? 0 : state.failedAttempts) + 1;
  if (failedAttempts >= policy.maxFailedAttempts) {
    return { failedAttempts, lockedUntil: new Date(now.getTime() + policy.lockMilliseconds).toISOString() };
  }
  return { failedAttempts, lockedUntil: expired ? null : state.lockedUntil };
}

/** The counter after a correct PIN: no failures and no lock. */
export const clearedAttempts: AttemptState = { failedAttempts: 0, lockedUntil: null };
