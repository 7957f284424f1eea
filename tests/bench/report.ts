import type { StoreCounts } from './base-store';
import type { BenchEnvironment } from './environment';
import type { DurabilitySettings } from './insert-baseline';
import type { LabelTimings } from './label-bench';
import type { BenchOptions } from './options';
import type { PhaseProfile } from './phase-profile';
import type { SlowScans } from './slow-scans';
import type { ScanFrames } from './wal-frames';
import type { TimingSummary } from './statistics';

/** A speed target and whether the run met it. */
export interface TargetCheck {
  readonly name: string;
  readonly limit: number;
  readonly unit: 'ms' | 'ratio';
  readonly value: number;
  readonly pass: boolean;
}

/** Everything one run measured, as written to bench-results/ in JSON. */
export interface BenchResult {
  readonly startedAt: string;
  readonly options: BenchOptions;
  readonly environment: BenchEnvironment;
  readonly loadAverageBefore: ReadonlyArray<number>;
  readonly loadAverageAfter: ReadonlyArray<number>;
  readonly store: {
    readonly counts: StoreCounts;
    readonly fileBytes: number;
    readonly fromCache: boolean;
    readonly generationSeconds: number;
    readonly durability: DurabilitySettings;
  };
  readonly scan: TimingSummary & {
    readonly accepted: number;
    readonly rejected: Readonly<Record<string, number>>;
    readonly cartonsClosed: number;
    readonly slowest: SlowScans;
  };
  readonly baseline: TimingSummary & { readonly durability: DurabilitySettings };
  /** Idle checkpoints that ran between the timed scans and inserts, or null with automatic checkpoints. */
  readonly checkpoints: { readonly store: TimingSummary | null; readonly baseline: TimingSummary | null } | null;
  readonly ratio: { readonly median: number; readonly p99: number };
  readonly profile: PhaseProfile;
  /** The rows an accepted scan must write, timed alone against bare inserts interleaved with them: a lower bound of the ratio. */
  readonly requiredWrites: { readonly writes: TimingSummary; readonly baseline: TimingSummary; readonly ratio: { readonly median: number; readonly p99: number } };
  /** Pages an accepted scan writes, by B-tree; null with automatic checkpoints. */
  readonly frames: ScanFrames | null;
  readonly label: LabelTimings;
  readonly targets: ReadonlyArray<TargetCheck>;
}

// Speed targets of the pack screen: a verdict within 10 ms at p99, and under twice the cost of
// the bare durable insert that any design writing to SQLite pays per scan.
export const scanP99LimitMs = 10;
export const ratioLimit = 2;

export function checkTargets(scan: TimingSummary, ratio: BenchResult['ratio']): ReadonlyArray<TargetCheck> {
  return [
    { name: 'scan-to-verdict p99', limit: scanP99LimitMs, unit: 'ms', value: scan.p99Ms, pass: scan.p99Ms < scanP99LimitMs },
    { name: 'ratio of medians (scan / insert)', limit: ratioLimit, unit: 'ratio', value: ratio.median, pass: ratio.median < ratioLimit },
    { name: 'ratio of p99s (scan / insert)', limit: ratioLimit, unit: 'ratio', value: ratio.p99, pass: ratio.p99 < ratioLimit },
  ];
}

const ms = (value: number): string => value.toFixed(3).padStart(9);

function timingRow(label: string, summary: TimingSummary): string {
  return `${label.padEnd(34)}${String(summary.count).padStart(6)}${ms(summary.medianMs)}${ms(summary.p90Ms)}${ms(summary.p99Ms)}${ms(summary.maxMs)}`;
}

function describeCheckpoints(result: BenchResult): string {
  switch (result.options.checkpoints) {
    case 'auto':
      return `automatic checkpoints inside COMMIT${result.options.walAutocheckpoint === undefined ? '' : ' (experiment)'}`;
    case 'every':
      return 'PASSIVE checkpoint in every idle gap after a scan or insert, outside the timed span';
    case 'idle':
      return 'PASSIVE checkpoint in the idle gap once 1000 WAL frames wait, on each connection, outside the timed span, as the station does';
  }
}

function describeSlowest(label: string, slowest: SlowScans): string {
  const phases =
    slowest.phaseMeansMs === null
      ? ''
      : `; mean begin ${slowest.phaseMeansMs.begin.toFixed(3)}, work ${slowest.phaseMeansMs.work.toFixed(3)}, commit ${slowest.phaseMeansMs.commit.toFixed(3)} ms`;
  return (
    `Slowest 1% of ${label} (${slowest.count}, from ${slowest.thresholdMs.toFixed(3)} ms): ` +
    `${slowest.openedCarton} opened a carton (${(100 * slowest.openedCartonShare).toFixed(1)}% of all), ` +
    `${slowest.afterCheckpoint} followed a checkpoint (${(100 * slowest.afterCheckpointShare).toFixed(1)}% of all)${phases}`
  );
}

/** Formats a result as the plain-text table the bench prints. */
export function formatBenchTable(result: BenchResult): string {
  const { counts } = result.store;
  const header = `${'timing (ms)'.padEnd(34)}${'n'.padStart(6)}${'median'.padStart(9)}${'p90'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}`;
  const lines = [
    `Store: ${counts.units.toLocaleString('en')} units (${counts.shippedUnits.toLocaleString('en')} shipped), ${counts.events.toLocaleString('en')} events, ` +
      `${counts.scanGestures.toLocaleString('en')} scan gestures, ${counts.shipments.toLocaleString('en')} shipments, ${(result.store.fileBytes / 2 ** 20).toFixed(0)} MiB` +
      `${result.store.fromCache ? ' (cached)' : ''}`,
    `Durability: journal_mode=${result.store.durability.journalMode}, synchronous=${result.store.durability.synchronous}, ` +
      `wal_autocheckpoint=${result.store.durability.walAutocheckpoint} (store and baseline alike), ` +
      describeCheckpoints(result),
    `Machine: ${result.environment.logicalCpus} CPUs, ${result.environment.cpuModel}; Node ${result.environment.node}, SQLite ${result.environment.sqlite}; ${result.environment.fileSystem}`,
    `Load average before ${result.loadAverageBefore.join(' ')}, after ${result.loadAverageAfter.join(' ')}`,
    '',
    header,
    timingRow('scan-to-verdict (recordScan)', result.scan),
    timingRow('bare insert transaction', result.baseline),
    ...(result.checkpoints === null
      ? []
      : [
          result.checkpoints.store === null ? 'idle checkpoint after scan: none ran' : timingRow('idle checkpoint after scan', result.checkpoints.store),
          result.checkpoints.baseline === null ? 'idle checkpoint after insert: none ran' : timingRow('idle checkpoint after insert', result.checkpoints.baseline),
        ]),
    timingRow('  profile: decodeScan', result.profile.decode),
    timingRow('  profile: BEGIN IMMEDIATE', result.profile.begin),
    timingRow('  profile: recordScan before commit', result.profile.work),
    timingRow('  profile: COMMIT', result.profile.commit),
    timingRow('required writes only', result.requiredWrites.writes),
    timingRow('  bare insert beside them', result.requiredWrites.baseline),
    timingRow(`carton label (${result.label.contentLines} lines, PDF)`, result.label.summary),
    '',
    describeSlowest('timed scans', result.scan.slowest),
    describeSlowest('profiled scans', result.profile.slowest),
    `Ratio required writes / insert: median ${result.requiredWrites.ratio.median.toFixed(2)}, p99 ${result.requiredWrites.ratio.p99.toFixed(2)}`,
    ...(result.frames === null
      ? []
      : [
          `Pages written per accepted scan (${result.frames.scans} scans): ${result.frames.framesPerScan.toFixed(1)}; ` +
            result.frames.byBtree.map((entry) => `${entry.name} ${entry.framesPerScan.toFixed(2)}`).join(', '),
        ]),
    `Scans accepted: ${result.scan.accepted} of ${result.scan.count}${Object.keys(result.scan.rejected).length > 0 ? `, rejected: ${JSON.stringify(result.scan.rejected)}` : ''}`,
    `Ratio scan / insert: median ${result.ratio.median.toFixed(2)}, p99 ${result.ratio.p99.toFixed(2)}`,
    ...result.targets.map((target) => `${target.pass ? 'PASS' : 'FAIL'}  ${target.name}: ${target.unit === 'ms' ? `${target.value.toFixed(3)} ms` : target.value.toFixed(2)} (target < ${target.limit}${target.unit === 'ms' ? ' ms' : ''})`),
  ];
  return lines.join('\n');
}
