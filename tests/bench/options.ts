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
  /** Transactions that write only the rows an accepted scan must write, each paired with a bare insert. */
  readonly requiredWrites: number;
  /** Untimed scans whose WAL frames are counted by B-tree; skipped with automatic checkpoints. */
  readonly frameScans: number;
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
   * does (createCheckpointScheduler): no automatic checkpoint, and in the idle gap after every
   * scan and every insert a PASSIVE checkpoint once 1000 frames wait, timed apart from them.
   * 'every' checkpoints in every idle gap, whatever the WAL holds, the station's method before the
   * frame threshold. 'auto' leaves SQLite's automatic checkpoint on, which runs inside a COMMIT;
   * it is how the figures were taken before the station had a scheduler.
   */
  readonly checkpoints: 'idle' | 'every' | 'auto';
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
  requiredWrites: 1_000,
  frameScans: 200,
  cartonSize: 24,
  labelRenders: 200,
  labelWarmup: 10,
  cacheDir: join(tmpdir(), 'packtrace-bench-cache'),
  regenerate: false,
  keepRunDir: false,
  checkpoints: 'idle',
};

/** Sizes for a smoke run that finishes in seconds. Its figures are too few to judge speed. */
export const quickBenchSizes: Pick<BenchOptions, 'units' | 'scans' | 'warmupScans' | 'profileScans' | 'requiredWrites' | 'frameScans' | 'labelRenders' | 'labelWarmup'> = {
  units: 20_000,
  scans: 200,
  warmupScans: 20,
  profileScans: 50,
  requiredWrites: 100,
  frameScans: 20,
  labelRenders: 20,
  labelWarmup: 2,
};
