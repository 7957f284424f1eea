import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one bench run measures and where it keeps its files. */
export interface BenchOptions {
  /** Historic units in the generated store. */
  readonly units: number;
  /** Timed scans, each followed by one timed baseline insert. */
  readonly scans: number;
  readonly warmupScans: number;
  /** Extra scans whose decode, work and commit are timed apart. */
  readonly profileScans: number;
  readonly cartonSize: number;
  readonly labelRenders: number;
  readonly labelWarmup: number;
  /** Folder of generated base stores, reused across runs. */
  readonly cacheDir: string;
  /** Folder the run copies the store into. When unset, a new folder in the system temp folder is used. */
  readonly runDir?: string;
  readonly regenerate: boolean;
  /** Keep the run folder (the store copy and the baseline file) for inspection. */
  readonly keepRunDir: boolean;
  /**
   * How the WAL is checkpointed, on the store and the baseline alike. 'idle' is what the station
   * does (createCheckpointScheduler): no automatic checkpoint, and a PASSIVE checkpoint in the
   * idle gap after every scan and every insert, timed apart from them. 'auto' leaves SQLite's
   * automatic checkpoint on, which runs inside a COMMIT; it is how the figures were taken before
   * the station had a scheduler.
   */
  readonly checkpoints: 'idle' | 'auto';
  /**
   * With checkpoints 'auto': WAL pages after which a commit also checkpoints, set on both
   * connections. Unset keeps SQLite's default of 1000 pages.
   */
  readonly walAutocheckpoint?: number;
}

export const defaultBenchOptions: BenchOptions = {
  units: 1_000_000,
  scans: 2_000,
  warmupScans: 100,
  profileScans: 500,
  cartonSize: 24,
  labelRenders: 200,
  labelWarmup: 10,
  cacheDir: join(tmpdir(), 'packtrace-bench-cache'),
  regenerate: false,
  keepRunDir: false,
  checkpoints: 'idle',
};

/** Sizes for a smoke run that finishes in seconds. Its figures are too few to judge speed. */
export const quickBenchSizes: Pick<BenchOptions, 'units' | 'scans' | 'warmupScans' | 'profileScans' | 'labelRenders' | 'labelWarmup'> = {
  units: 20_000,
  scans: 200,
  warmupScans: 20,
  profileScans: 50,
  labelRenders: 20,
  labelWarmup: 2,
};
