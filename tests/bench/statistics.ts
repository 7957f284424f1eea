/** Median, p99 and range of one set of timings, all in milliseconds. */
export interface TimingSummary {
  readonly count: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
  readonly meanMs: number;
}

/**
 * Summarises timings in milliseconds. Percentiles use the nearest-rank method, so every figure
 * is one of the measured samples: p99 of 2,000 samples is the 1,980th smallest.
 * Throws on an empty list, because a summary of nothing is a bug in the caller.
 */
export function summarizeTimings(samplesMs: ReadonlyArray<number>): TimingSummary {
  if (samplesMs.length === 0) {
    throw new Error('summarizeTimings: no samples');
  }

  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = sorted.reduce((sum, sample) => sum + sample, 0);
  return {
    count: sorted.length,
    medianMs: nearestRank(sorted, 0.5),
    p90Ms: nearestRank(sorted, 0.9),
    p99Ms: nearestRank(sorted, 0.99),
    minMs: sorted[0] ?? 0,
    maxMs: sorted.at(-1) ?? 0,
    meanMs: total / sorted.length,
  };
}

function nearestRank(sorted: ReadonlyArray<number>, fraction: number): number {
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Times one synchronous call and returns its duration in milliseconds with its value. */
export function timeCall<T>(work: () => T): { readonly value: T; readonly ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}
