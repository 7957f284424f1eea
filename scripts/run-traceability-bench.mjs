// Measures serial lookup, lot recall and EPCIS export on a generated store of millions of units:
//   node scripts/run-traceability-bench.mjs [--units N] [--export-events N|all] [--regenerate] [--help]
// Prints a table and writes the full result to bench-results/. BENCHMARKS.md explains the method.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const usage = `Usage: node scripts/run-traceability-bench.mjs [options]
  --units N          units in the generated store, about five events each (default 10000000)
  --lookups N        timed serial lookups (default 5000)
  --recall-runs N    timed recalls of the 100,000-unit lot after one cold run (default 5)
  --export-events N  oldest events the EPCIS export covers, or "all" (default 5000000)
  --regenerate       rebuild the cached store even if one for this size exists
  --cache-dir DIR    folder of cached generated stores (default: <system temp>/packtrace-bench-cache)
  --help             show this text`;

const { values } = parseArgs({
  options: {
    units: { type: 'string' },
    lookups: { type: 'string' },
    'recall-runs': { type: 'string' },
    'export-events': { type: 'string' },
    regenerate: { type: 'boolean', default: false },
    'cache-dir': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

function wholeNumber(name, text) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number of at least 1, got "${text}"\n\n${usage}`);
    process.exit(2);
  }
  return value;
}

const load = async (path) => (await runnerImport(resolve(root, path), { configFile: false, logLevel: 'error' })).module;
const { defaultTraceabilityOptions, runTraceabilityBench, formatTraceabilityTable } = await load('tests/bench/traceability/run-traceability-bench.ts');

const exportEvents = values['export-events'] === 'all' ? null : wholeNumber('export-events', values['export-events']);
const options = {
  ...defaultTraceabilityOptions,
  ...Object.fromEntries(
    Object.entries({ units: wholeNumber('units', values.units), lookups: wholeNumber('lookups', values.lookups), recallRuns: wholeNumber('recall-runs', values['recall-runs']) }).filter(
      ([, value]) => value !== undefined,
    ),
  ),
  ...(exportEvents === undefined ? {} : { exportEvents }),
  regenerate: values.regenerate,
  cacheDir: values['cache-dir'] === undefined ? join(tmpdir(), 'packtrace-bench-cache') : resolve(values['cache-dir']),
};

const result = await runTraceabilityBench(options, (message) => console.log(message));
console.log(`\n${formatTraceabilityTable(result)}`);

const resultsDir = join(root, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `traceability-${result.startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWrote ${file}`);
