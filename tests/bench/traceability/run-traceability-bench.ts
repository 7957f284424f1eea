import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../main/store/database';
import { describeEnvironment, loadAverages, type BenchEnvironment } from '../environment';
import type { TimingSummary } from '../statistics';
import { measureEpcisExport, type ExportMeasurement } from './export-measurement';
import { prepareTraceabilityStore, type TraceabilityStore } from './generate-store';
import { measureRecall, measureSerialLookups, sampleSerials } from './query-measurements';

export interface TraceabilityBenchOptions {
  readonly units: number;
  readonly cacheDir: string;
  readonly regenerate: boolean;
  readonly lookups: number;
  readonly lookupWarmup: number;
  readonly recallRuns: number;
  /** Events the EPCIS export covers, counted from the oldest; null exports the whole store. */
  readonly exportEvents: number | null;
}

export const defaultTraceabilityOptions: Omit<TraceabilityBenchOptions, 'cacheDir'> = {
  units: 10_000_000,
  regenerate: false,
  lookups: 5_000,
  lookupWarmup: 500,
  recallRuns: 5,
  exportEvents: 5_000_000,
};

/** Sizes for `npm run bench -- --quick`: a smoke run of every step, with figures that mean nothing. */
export const quickTraceabilityOptions: Pick<TraceabilityBenchOptions, 'units' | 'lookups' | 'lookupWarmup' | 'recallRuns' | 'exportEvents'> = {
  units: 100_000,
  lookups: 500,
  lookupWarmup: 50,
  recallRuns: 2,
  exportEvents: 100_000,
};

export interface TraceabilityBenchResult {
  readonly startedAt: string;
  readonly options: TraceabilityBenchOptions;
  readonly store: TraceabilityStore & { readonly fileBytesAfterOpen: number; readonly bytesPerMillionUnits: number };
  readonly lookup: { readonly unit: TimingSummary; readonly withTimeline: TimingSummary };
  readonly recall: { readonly units: number; readonly coldMs: number; readonly warm: TimingSummary };
  readonly epcisExport: ExportMeasurement;
  readonly targets: ReadonlyArray<{ readonly figure: string; readonly target: string; readonly measured: string; readonly met: boolean }>;
  readonly environment: BenchEnvironment;
  readonly loadAverages: { readonly before: ReadonlyArray<number>; readonly after: ReadonlyArray<number> };
}

type Progress = (message: string) => void;

/**
 * Runs the traceability bench on the cached (or newly generated) store in place: serial lookups,
 * the recall of the 100,000-unit lot, and an EPCIS export in a child process. Opening the store
 * with openStore applies any migration newer than the cached file, so the figures are for the
 * schema of this checkout.
 */
export async function runTraceabilityBench(options: TraceabilityBenchOptions, progress: Progress): Promise<TraceabilityBenchResult> {
  const startedAt = new Date().toISOString();
  const before = loadAverages();
  const store = prepareTraceabilityStore(options, progress);

  // A cached store from an older schema is migrated here. It can be generated again, so it gets
  // no pre-migration copy, which would take minutes and another 30 GB at ten million units.
  const opened = openStore(store.file, { backupBeforeMigration: false });
  if (!opened.ok) {
    throw new Error(`Could not open ${store.file}: ${JSON.stringify(opened.error)}`);
  }
  const db = opened.value;
  const workDir = mkdtempSync(join(tmpdir(), 'packtrace-traceability-'));
  try {
    progress(`Timing ${options.lookups} serial lookups`);
    const lookup = measureSerialLookups(db, sampleSerials(db, options.lookups + options.lookupWarmup, 7), options.lookupWarmup);
    progress(`Timing the recall of the 100,000-unit lot, ${options.recallRuns} runs`);
    const recall = measureRecall(db, options.recallRuns);

    db.pragma('wal_checkpoint(TRUNCATE)');
    const environment = describeEnvironment(db, workDir);
    db.close();

    progress(`Exporting ${options.exportEvents === null ? 'every event' : `the oldest ${options.exportEvents.toLocaleString('en')} events`} as EPCIS in a child process`);
    const epcisExport = await measureEpcisExport(store.file, workDir, options.exportEvents ?? undefined);

    const fileBytesAfterOpen = statSync(store.file).size;
    const result = {
      startedAt,
      options,
      store: { ...store, fileBytesAfterOpen, bytesPerMillionUnits: (fileBytesAfterOpen / store.units) * 1_000_000 },
      lookup,
      recall,
      epcisExport,
      environment,
      loadAverages: { before, after: loadAverages() },
    };
    return { ...result, targets: checkTraceabilityTargets(result) };
  } finally {
    if (db.open) {
      db.close();
    }
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Compares the figures with the targets: lookup p99 under 1 ms, recall under 500 ms, export over 100,000 events/s within 200 MB. */
export function checkTraceabilityTargets(result: Pick<TraceabilityBenchResult, 'lookup' | 'recall' | 'epcisExport'>): TraceabilityBenchResult['targets'] {
  const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
  return [
    { figure: 'serial lookup p99', target: '< 1 ms', measured: `${result.lookup.unit.p99Ms.toFixed(3)} ms`, met: result.lookup.unit.p99Ms < 1 },
    { figure: 'recall of the lot (warm median)', target: '< 500 ms', measured: `${result.recall.warm.medianMs.toFixed(0)} ms`, met: result.recall.warm.medianMs < 500 },
    {
      figure: 'EPCIS export throughput',
      target: '> 100,000 events/s',
      measured: `${Math.round(result.epcisExport.eventsPerSecond).toLocaleString('en')} events/s`,
      met: result.epcisExport.eventsPerSecond > 100_000,
    },
    { figure: 'EPCIS export peak RSS', target: '< 200 MB', measured: mib(result.epcisExport.peakRssBytes), met: result.epcisExport.peakRssBytes < 200 * 1_000_000 },
  ];
}

/** Formats the result as the table the bench prints. */
export function formatTraceabilityTable(result: TraceabilityBenchResult): string {
  const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
  const ms = (summary: TimingSummary): string => `median ${summary.medianMs.toFixed(3)} ms, p99 ${summary.p99Ms.toFixed(3)} ms, max ${summary.maxMs.toFixed(3)} ms`;
  const lines = [
    `Store: ${result.store.units.toLocaleString('en')} units, ${result.store.events.toLocaleString('en')} events, ${gib(result.store.fileBytesAfterOpen)} (${gib(result.store.bytesPerMillionUnits)} per million units)${result.store.fromCache ? ', cached' : `, generated in ${result.store.generationSeconds.toFixed(0)} s`}`,
    `Serial lookup (${result.lookup.unit.count}): ${ms(result.lookup.unit)}`,
    `Serial lookup with timeline: ${ms(result.lookup.withTimeline)}`,
    `Recall of ${result.recall.units.toLocaleString('en')} units: cold ${result.recall.coldMs.toFixed(0)} ms, warm ${ms(result.recall.warm)}`,
    `EPCIS export: ${result.epcisExport.events.toLocaleString('en')} events in ${result.epcisExport.seconds.toFixed(1)} s (${result.epcisExport.cpuSeconds.toFixed(1)} s CPU, ${Math.round(result.epcisExport.eventsPerCpuSecond).toLocaleString('en')} events per CPU second), ${gib(result.epcisExport.fileBytes)} written, RSS ${(result.epcisExport.rssBeforeBytes / 2 ** 20).toFixed(0)} MiB before, ${(result.epcisExport.peakRssBytes / 2 ** 20).toFixed(0)} MiB peak`,
    '',
    '| figure | target | measured | met |',
    '| --- | --- | --- | --- |',
    ...result.targets.map((target) => `| ${target.figure} | ${target.target} | ${target.measured} | ${target.met ? 'yes' : 'no'} |`),
  ];
  return lines.join('\n');
}
