import type { ScanTraits } from './scan-series';

/** What the slowest scans of a series have in common, to explain its p99. */
export interface SlowScans {
  /** Scans at or above the series' p99, slowest first: the top 1%, at least one. */
  readonly count: number;
  readonly thresholdMs: number;
  /** How many of them opened a carton. */
  readonly openedCarton: number;
  /** How many of them ran right after a checkpoint, so their commit restarted the WAL. */
  readonly afterCheckpoint: number;
  /** The share of all scans in the series that opened a carton, and that followed a checkpoint. */
  readonly openedCartonShare: number;
  readonly afterCheckpointShare: number;
  /**
   * Mean time of each phase over the slowest scans, in ms, when the series timed phases apart
   * (the phase profile), else null.
   */
  readonly phaseMeansMs: { readonly begin: number; readonly work: number; readonly commit: number } | null;
}

/** One scan's total time, its traits and, in the phase profile, its phases. */
export interface ScanSample extends ScanTraits {
  readonly totalMs: number;
  readonly phasesMs?: { readonly begin: number; readonly work: number; readonly commit: number };
}

/** Picks the slowest 1% of `samples` (nearest rank, as the p99) and counts what they did. */
export function describeSlowScans(samples: ReadonlyArray<ScanSample>): SlowScans {
  if (samples.length === 0) {
    throw new Error('describeSlowScans: no samples');
  }

  const slowCount = Math.max(1, samples.length - Math.ceil(0.99 * samples.length) + 1);
  const slowest = [...samples].sort((a, b) => b.totalMs - a.totalMs).slice(0, slowCount);
  const share = (pick: (sample: ScanSample) => boolean): number => samples.filter(pick).length / samples.length;
  const withPhases = slowest.flatMap((sample) => (sample.phasesMs === undefined ? [] : [sample.phasesMs]));
  const mean = (pick: (phases: NonNullable<ScanSample['phasesMs']>) => number): number =>
    withPhases.reduce((sum, phases) => sum + pick(phases), 0) / withPhases.length;

  return {
    count: slowest.length,
    thresholdMs: slowest.at(-1)?.totalMs ?? 0,
    openedCarton: slowest.filter((sample) => sample.openedCarton).length,
    afterCheckpoint: slowest.filter((sample) => sample.afterCheckpoint).length,
    openedCartonShare: share((sample) => sample.openedCarton),
    afterCheckpointShare: share((sample) => sample.afterCheckpoint),
    phaseMeansMs:
      withPhases.length === slowest.length
        ? { begin: mean((phases) => phases.begin), work: mean((phases) => phases.work), commit: mean((phases) => phases.commit) }
        : null,
  };
}
