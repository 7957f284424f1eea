import { describe, expect, it } from 'vitest';
import { createAttemptLimiter } from '../../../main/station/attempt-limiter';

describe('attempt limiter', () => {
  it('blocks after the maximum failures', () => {
    let now = 0;
    const limiter = createAttemptLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now });

    limiter.recordFailure('10.0.0.7');
    limiter.recordFailure('10.0.0.7');
    const beforeThird = limiter.retryAfterSeconds('10.0.0.7');
    limiter.recordFailure('10.0.0.7');
    now += 1_500;

    expect(beforeThird).toBe(0);
    expect(limiter.retryAfterSeconds('10.0.0.7')).toBe(59);
    expect(limiter.retryAfterSeconds('10.0.0.8')).toBe(0);
  });

  it('lifts the block after the window', () => {
    let now = 0;
    const limiter = createAttemptLimiter({ maxFailures: 2, windowMs: 10_000, now: () => now });
    limiter.recordFailure('a');
    limiter.recordFailure('a');

    now += 10_000;

    expect(limiter.retryAfterSeconds('a')).toBe(0);
  });

  it('forgets failures older than the window', () => {
    let now = 0;
    const limiter = createAttemptLimiter({ maxFailures: 2, windowMs: 10_000, now: () => now });

    limiter.recordFailure('a');
    now += 10_001;
    limiter.recordFailure('a');

    expect(limiter.retryAfterSeconds('a')).toBe(0);
  });
});
