/**
 * Counts failed credential attempts (wrong PINs, unknown badges, wrong pairing codes) per client
 * address and blocks an address that fails too often. This bounds guessing across operators,
 * which each operator's own five-PIN lock does not: a guesser could try four PINs on every name.
 */
export interface AttemptLimiter {
  /** Seconds until `key` may try again, or 0 when it is not blocked. */
  retryAfterSeconds(key: string): number;
  /** Records one failed attempt of `key`. */
  recordFailure(key: string): void;
}

export interface AttemptLimiterOptions {
  /** Failures allowed within `windowMs` before the key is blocked. */
  readonly maxFailures: number;
  /** Length of the counting window and of the block, in milliseconds. */
  readonly windowMs: number;
  readonly now?: () => number;
}

/** Ten failures a minute per address: more than a person mistyping, far fewer than a guesser needs. */
export const defaultAttemptLimits: AttemptLimiterOptions = { maxFailures: 10, windowMs: 60_000 };

export function createAttemptLimiter(options: AttemptLimiterOptions = defaultAttemptLimits): AttemptLimiter {
  const now = options.now ?? Date.now;
  const failures = new Map<string, number[]>();
  const blockedUntil = new Map<string, number>();

  function recentFailures(key: string, at: number): number[] {
    const recent = (failures.get(key) ?? []).filter((time) => at - time < options.windowMs);
    if (recent.length === 0) {
      failures.delete(key);
    } else {
      failures.set(key, recent);
    }
    return recent;
  }

  return {
    retryAfterSeconds(key) {
      const until = blockedUntil.get(key);
      const at = now();
      if (until === undefined || until <= at) {
        blockedUntil.delete(key);
        return 0;
      }
      return Math.ceil((until - at) / 1000);
    },

    recordFailure(key) {
      const at = now();
      const recent = [...recentFailures(key, at), at];
      failures.set(key, recent);
      if (recent.length >= options.maxFailures) {
        blockedUntil.set(key, at + options.windowMs);
        failures.delete(key);
      }
    },
  };
}
