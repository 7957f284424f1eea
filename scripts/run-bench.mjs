// Measures scan-to-verdict latency against a bare durable insert, carton label render time, and
// FNSKU label and sheet render time against zint and glabels-3-batch. Then it measures serial
// lookup, lot recall, EPCIS export and store size on a store of millions of units:
//   npm run bench -- [--units N] [--scans N] [--quick] [--regenerate] [--help for all options]
// Prints a table and writes the full result to bench-results/. BENCHMARKS.md explains the method.
// Vite's module runner loads the TypeScript sources directly, so no build is needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const usage = `Usage: npm run bench -- [options]
  --units N          historic units in the generated store (default 1000000)
  --scans N          timed scans, each paired with one timed bare insert (default 2000)
  --profile-scans N  extra scans timed by phase: decode, work, commit (default 500)
  --required-writes N  transactions writing only the rows a scan must write (default 1000)
  --frame-scans N    untimed scans whose written pages are counted by table and index (default 200)
  --renders N        timed carton label renders (default 200)
  --carton-size N    units per carton before it is closed (default 24)
  --quick            small sizes for a smoke run (20000 units, 200 scans, a traceability store of
                     100000 units); figures are not meaningful
  --traceability-units N  units in the traceability store (default 10000000; generating it takes
                     over an hour the first time, later runs reuse the cached file)
  --skip-traceability  leave out the traceability figures (npm run bench:traceability runs them alone)
  --regenerate       rebuild the cached store even if one for this schema and size exists
  --cache-dir DIR    folder of cached generated stores (default: <system temp>/packtrace-bench-cache)
  --keep             keep the run folder with the store copy and baseline file
  --checkpoints MODE  idle (default, as on the station): no automatic checkpoint, a timed
                     PASSIVE checkpoint between scans once 1000 WAL frames wait; every: that
                     checkpoint between every two scans; auto: SQLite's checkpoint inside COMMIT
  --wal-autocheckpoint N  with --checkpoints auto: WAL pages per automatic checkpoint
                     (default: SQLite's 1000)
  --help             show this text`;

const { values } = parseArgs({
  options: {
    units: { type: 'string' },
    scans: { type: 'string' },
    'profile-scans': { type: 'string' },
    'required-writes': { type: 'string' },
    'frame-scans': { type: 'string' },
    renders: { type: 'string' },
    'carton-size': { type: 'string' },
    quick: { type: 'boolean', default: false },
    regenerate: { type: 'boolean', default: false },
    'cache-dir': { type: 'string' },
    keep: { type: 'boolean', default: false },
    'wal-autocheckpoint': { type: 'string' },
    checkpoints: { type: 'string' },
    'traceability-units': { type: 'string' },
    'skip-traceability': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}

function wholeNumber(name, text, minimum = 1) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < minimum) {
    console.error(`--${name} must be a whole number of at least ${minimum}, got "${text}"\n\n${usage}`);
    process.exit(2);
  }
  return value;
}

if (values.checkpoints !== undefined && !['idle', 'every', 'auto'].includes(values.checkpoints)) {
  console.error(`--checkpoints must be idle, every or auto, got "${values.checkpoints}"\n\n${usage}`);
  process.exit(2);
}
if (values['wal-autocheckpoint'] !== undefined && values.checkpoints !== 'auto') {
  console.error(`--wal-autocheckpoint needs --checkpoints auto\n\n${usage}`);
  process.exit(2);
}

// Checked before the long scan bench starts, so a typo fails at once.
const traceabilityUnits = wholeNumber('traceability-units', values['traceability-units']);

const load = async (path) => (await runnerImport(resolve(root, path), { configFile: false, logLevel: 'error' })).module;
const { defaultBenchOptions, quickBenchSizes } = await load('tests/bench/options.ts');
const { runBench } = await load('tests/bench/run-bench.ts');
const { formatBenchTable } = await load('tests/bench/report.ts');

const overrides = Object.fromEntries(
  Object.entries({
    units: wholeNumber('units', values.units),
    scans: wholeNumber('scans', values.scans),
    profileScans: wholeNumber('profile-scans', values['profile-scans']),
    requiredWrites: wholeNumber('required-writes', values['required-writes']),
    frameScans: wholeNumber('frame-scans', values['frame-scans']),
    labelRenders: wholeNumber('renders', values.renders),
    cartonSize: wholeNumber('carton-size', values['carton-size']),
    walAutocheckpoint: wholeNumber('wal-autocheckpoint', values['wal-autocheckpoint'], 0),
    checkpoints: values.checkpoints,
    cacheDir: values['cache-dir'] === undefined ? undefined : resolve(values['cache-dir']),
  }).filter(([, value]) => value !== undefined),
);
const options = { ...defaultBenchOptions, ...(values.quick ? quickBenchSizes : {}), ...overrides, regenerate: values.regenerate, keepRunDir: values.keep };

const benchResult = await runBench(options, (message) => console.log(message));
console.log(`\n${formatBenchTable(benchResult)}`);

// FNSKU labels: one label as PDF and ZPL, a mixed Letter 30-up sheet job, and the same job made
// by zint and glabels-3-batch. Needs no store, so it runs after the scan figures.
const fnskuBench = await load('tests/bench/fba/fnsku-label-bench.ts');
const fnskuLabels = await fnskuBench.runFnskuLabelBench(
  values.quick ? fnskuBench.quickFnskuBenchOptions : fnskuBench.defaultFnskuBenchOptions,
  (message) => console.log(message),
);
console.log(`\n${fnskuBench.formatFnskuBenchTable(fnskuLabels)}`);

// Traceability: lookup, recall and EPCIS export on the largest store, so it runs last and can be
// left out when only the scan figures are wanted.
let traceability;
if (!values['skip-traceability']) {
  const trace = await load('tests/bench/traceability/run-traceability-bench.ts');
  const traceOptions = {
    ...trace.defaultTraceabilityOptions,
    ...(values.quick ? trace.quickTraceabilityOptions : {}),
    ...(traceabilityUnits === undefined ? {} : { units: traceabilityUnits }),
    regenerate: values.regenerate,
    cacheDir: values['cache-dir'] === undefined ? join(tmpdir(), 'packtrace-bench-cache') : resolve(values['cache-dir']),
  };
  traceability = await trace.runTraceabilityBench(traceOptions, (message) => console.log(message));
  console.log(`\n${trace.formatTraceabilityTable(traceability)}`);
}
const result = { ...benchResult, fnskuLabels, ...(traceability === undefined ? {} : { traceability }) };

const resultsDir = join(root, 'bench-results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `bench-${result.startedAt.replace(/[:.]/g, '-')}${values.quick ? '-quick' : ''}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWrote ${file}`);
