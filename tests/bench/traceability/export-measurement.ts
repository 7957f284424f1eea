import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Throughput and memory of one EPCIS export, measured in a child process of its own. */
export interface ExportMeasurement {
  readonly events: number;
  readonly seconds: number;
  /** User plus system CPU time of the export; on a busy machine this is the steadier figure. */
  readonly cpuSeconds: number;
  readonly eventsPerSecond: number;
  readonly eventsPerCpuSecond: number;
  readonly fileBytes: number;
  /** Resident set size after loading the modules and opening the store, before the export. */
  readonly rssBeforeBytes: number;
  /** Peak resident set size of the child over its whole life (VmHWM on Linux, else getrusage maxrss). */
  readonly peakRssBytes: number;
}

/**
 * Bundles export-child.ts into one CommonJS file and runs it with plain node on `storeFile`, so
 * the peak RSS belongs to the export alone and not to the bench's own process, which keeps
 * generation and lookup state. `throughSeq` (a history position, inclusive) limits the export
 * to the oldest events.
 */
export async function measureEpcisExport(storeFile: string, workDir: string, throughSeq: number | undefined): Promise<ExportMeasurement> {
  const benchDir = dirname(fileURLToPath(import.meta.url));
  const root = resolve(benchDir, '..', '..', '..');
  const bundleDir = join(root, 'node_modules', '.cache', 'traceability-bench');
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: {
      ssr: resolve(benchDir, 'export-child.ts'),
      // Inside the checkout, so the bundle's require of better-sqlite3 finds node_modules.
      outDir: bundleDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  });

  const outFile = join(workDir, 'export.jsonld');
  const output = execFileSync(process.execPath, [join(bundleDir, 'export-child.cjs'), storeFile, outFile, ...(throughSeq === undefined ? [] : [String(throughSeq)])], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const reported = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Omit<ExportMeasurement, 'eventsPerSecond' | 'eventsPerCpuSecond' | 'fileBytes'>;
  const fileBytes = statSync(outFile).size;
  rmSync(outFile, { force: true });
  return { ...reported, eventsPerSecond: reported.events / reported.seconds, eventsPerCpuSecond: reported.events / reported.cpuSeconds, fileBytes };
}
