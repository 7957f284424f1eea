import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { importFile } from '../../../main/imports/import-file';
import { ensureClient } from '../../../main/store/clients';
import { openStore } from '../../../main/store/database';
import { latestSchemaVersion } from '../../../main/store/migrations';
import { findOrCreateOperator } from '../../../main/store/operators';
import { ensureStation } from '../../../main/store/station';
import { benchClients, buildBenchCatalog, catalogCsv } from '../catalog';
import { createLifecycleWriter, unitsPerBatch } from './lifecycle-writer';

/** Bump when the generated data changes, so cached stores from older generators are not reused. */
export const traceabilityGeneratorVersion = 2;

/** A generated traceability store and how long it took to build. */
export interface TraceabilityStore {
  readonly file: string;
  readonly fromCache: boolean;
  readonly generationSeconds: number;
  readonly units: number;
  readonly events: number;
  readonly shipments: number;
  readonly fileBytes: number;
}

type Progress = (message: string) => void;

// Units per generator transaction: large enough that commits are rare.
const unitsPerTransaction = 240_000;
const historyEndMs = Date.UTC(2026, 10, 1);
const historyDays = 730;

/**
 * Returns a store with `units` units and their lifecycle history (about five events per unit),
 * generating it into `cacheDir` unless a file from the same generator version and unit count is
 * there and `regenerate` is false. A cached file from an older schema is reused, because the bench
 * migrates it on open, which is far quicker than generating ten million units again.
 */
export function prepareTraceabilityStore(options: { readonly units: number; readonly cacheDir: string; readonly regenerate: boolean }, progress: Progress): TraceabilityStore {
  const cached = options.regenerate ? undefined : findCachedStore(options.cacheDir, options.units);
  if (cached !== undefined) {
    const stored = JSON.parse(readFileSync(`${cached}.json`, 'utf8')) as Omit<TraceabilityStore, 'file' | 'fromCache' | 'fileBytes'>;
    progress(`Using cached store ${cached}`);
    return { ...stored, file: cached, fromCache: true, fileBytes: statSync(cached).size };
  }
  const file = join(options.cacheDir, `traceability-schema${latestSchemaVersion}-gen${traceabilityGeneratorVersion}-${options.units}-units.sqlite`);
  const sidecar = `${file}.json`;

  mkdirSync(options.cacheDir, { recursive: true });
  const partial = `${file}.partial`;
  removeStoreFiles(partial);
  const started = performance.now();
  const counts = generateStore(partial, options.units, progress);
  const generationSeconds = (performance.now() - started) / 1000;
  removeStoreFiles(file);
  renameSync(partial, file);
  writeFileSync(sidecar, `${JSON.stringify({ generationSeconds, ...counts }, null, 2)}\n`);
  progress(`Generated ${file} in ${generationSeconds.toFixed(1)} s`);
  return { file, fromCache: false, generationSeconds, ...counts, fileBytes: statSync(file).size };
}

function findCachedStore(cacheDir: string, units: number): string | undefined {
  if (!existsSync(cacheDir)) {
    return undefined;
  }
  const pattern = new RegExp(`^traceability-schema\\d+-gen${traceabilityGeneratorVersion}-${units}-units\\.sqlite$`);
  const name = readdirSync(cacheDir).find((entry) => pattern.test(entry) && existsSync(join(cacheDir, `${entry}.json`)));
  return name === undefined ? undefined : join(cacheDir, name);
}

function removeStoreFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    rmSync(`${file}${suffix}`, { force: true });
  }
}

function generateStore(file: string, units: number, progress: Progress) {
  const opened = openStore(file);
  if (!opened.ok) {
    throw new Error(`Could not create the traceability bench store ${file}: ${JSON.stringify(opened.error)}`);
  }
  const db = opened.value;
  // A failed generation is thrown away, so the load needs no fsync. The file stays in WAL mode
  // (better-sqlite3's defensive connections refuse journal_mode OFF). The 8 GiB page cache keeps
  // most of the random-order hash indexes in memory during the load. At ten million units it
  // took 60 minutes, where a 4 GiB cache slowed to over 800 s per 1,200,000 units re-reading
  // evicted index pages from disk.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -8388608');
  db.pragma('locking_mode = EXCLUSIVE');

  try {
    const writer = createLifecycleWriter(db, { ...setUpCatalog(db), startMs: historyEndMs - historyDays * 86_400_000, msPerUnit: (historyDays * 86_400_000) / Math.max(units, 1), totalUnits: units });
    let written = 0;
    let lastReported = 0;
    const started = performance.now();
    while (written < units) {
      db.transaction(() => {
        const end = Math.min(units, written + unitsPerTransaction);
        while (written < end) {
          const count = Math.min(unitsPerBatch, end - written);
          writer.writeBatch(count);
          written += count;
        }
      })();
      if (written - lastReported >= 1_000_000 || written === units) {
        const seconds = (performance.now() - started) / 1000;
        progress(`  ${written.toLocaleString('en')} of ${units.toLocaleString('en')} units written (${seconds.toFixed(0)} s)`);
        lastReported = written;
      }
    }
    const counts = db.transaction(() => writer.finish())();
    db.pragma('locking_mode = NORMAL');
    db.exec('ANALYZE');
    return counts;
  } finally {
    db.close();
  }
}

function setUpCatalog(db: Database.Database) {
  const station = ensureStation(db, 'traceability-bench');
  const operatorIds = ['Anna', 'Bartek', 'Chloé', 'Dieter'].map((name) => findOrCreateOperator(db, name).id);
  const createdAt = new Date(historyEndMs - historyDays * 86_400_000).toISOString();
  const clients = db.transaction(() => benchClients.map((client) => ensureClient(db, { ...client, ssccExtensionDigit: 2 }, createdAt).client))();

  const catalog = buildBenchCatalog();
  const imported = importFile(db, { fileName: 'bench-products.csv', content: Buffer.from(catalogCsv(catalog), 'utf8') });
  if (!imported.ok) {
    throw new Error(`The generated product CSV was rejected: ${JSON.stringify(imported.error)}`);
  }
  const productIds = new Map(db.prepare<[], { id: number; sku: string }>('SELECT id, sku FROM products').all().map((row) => [row.sku, row.id]));
  const products = catalog.map((product) => {
    const id = productIds.get(product.sku);
    const clientIndex = benchClients.findIndex((client) => client.code === product.clientCode);
    if (id === undefined || clientIndex < 0) {
      throw new Error(`Product ${product.sku} is missing after the catalog import`);
    }
    return { ...product, id, clientIndex };
  });

  return {
    stationId: station.id,
    operatorIds,
    clients: clients.map((client) => ({ id: client.id, code: client.code, gs1CompanyPrefix: client.gs1CompanyPrefix ?? '', ssccExtensionDigit: client.ssccExtensionDigit })),
    products,
  };
}
