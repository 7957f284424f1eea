import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { importFile } from '../../main/imports/import-file';
import { ensureClient } from '../../main/store/clients';
import { openStore } from '../../main/store/database';
import { latestSchemaVersion } from '../../main/store/migrations';
import { findOrCreateOperator } from '../../main/store/operators';
import { ensureStation } from '../../main/store/station';
import { benchClients, buildBenchCatalog, catalogCsv } from './catalog';
import { createRandom, planShipments } from './history-plan';
import { createHistoryWriter, type HistoryCounts } from './history-writer';

/** Bump when the generated data changes, so cached stores from older generators are not reused. */
export const generatorVersion = 1;

/** A generated store file and how it was obtained. */
export interface BaseStore {
  readonly file: string;
  readonly fromCache: boolean;
  /** Wall time of the generation that produced the file, in seconds. */
  readonly generationSeconds: number;
  readonly counts: StoreCounts;
  readonly fileBytes: number;
}

export interface StoreCounts {
  readonly units: number;
  readonly shippedUnits: number;
  readonly events: number;
  readonly scanGestures: number;
  readonly shipments: number;
  readonly cartons: number;
  readonly products: number;
}

type Progress = (message: string) => void;

// Shipments per generator transaction. Batches this large keep commits rare.
const shipmentsPerTransaction = 2_000;
// One year of history ending at this instant.
const historyEndMs = Date.UTC(2025, 11, 1);
const historyDays = 365;

/**
 * Returns a store with `units` historic units under the current schema, generating it into
 * `cacheDir` unless a file from the same schema version, generator version and unit count is
 * already there (or `regenerate` is set). The file is checkpointed and closed, ready to copy.
 */
export function prepareBaseStore(options: { readonly units: number; readonly cacheDir: string; readonly regenerate: boolean }, progress: Progress): BaseStore {
  const file = join(options.cacheDir, `base-schema${latestSchemaVersion}-gen${generatorVersion}-${options.units}-units.sqlite`);
  const sidecar = `${file}.json`;
  if (!options.regenerate && existsSync(file) && existsSync(sidecar)) {
    const stored = JSON.parse(readFileSync(sidecar, 'utf8')) as { generationSeconds: number; counts: StoreCounts };
    progress(`Using cached store ${file}`);
    return { file, fromCache: true, generationSeconds: stored.generationSeconds, counts: stored.counts, fileBytes: statSync(file).size };
  }

  mkdirSync(options.cacheDir, { recursive: true });
  const partial = `${file}.partial`;
  removeStoreFiles(partial);
  const started = performance.now();
  const counts = generateStore(partial, options.units, progress);
  const generationSeconds = (performance.now() - started) / 1000;
  removeStoreFiles(file);
  renameSync(partial, file);
  writeFileSync(sidecar, `${JSON.stringify({ generationSeconds, counts }, null, 2)}\n`);
  progress(`Generated ${file} in ${generationSeconds.toFixed(1)} s`);
  return { file, fromCache: false, generationSeconds, counts, fileBytes: statSync(file).size };
}

/** Copies a base store into `dir` as the run's own station file and returns its path. */
export function copyBaseStore(baseFile: string, dir: string): string {
  const target = join(dir, 'packtrace.sqlite');
  copyFileSync(baseFile, target);
  return target;
}

function removeStoreFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(`${file}${suffix}`, { force: true });
  }
}

function generateStore(file: string, units: number, progress: Progress): StoreCounts {
  const opened = openStore(file);
  if (!opened.ok) {
    throw new Error(`Could not create the bench store ${file}: ${JSON.stringify(opened.error)}`);
  }
  const db = opened.value;
  // The generated file is thrown away if generation fails, so it needs no durability; the run
  // itself reopens the copy with the production settings.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1048576');

  try {
    const writer = createHistoryWriter(db, { ...setUpCatalog(db), startMs: historyEndMs - historyDays * 86_400_000, msPerUnit: (historyDays * 86_400_000) / Math.max(units, 1) / 1.15 });
    const plans = planShipments(units, createRandom(20_251_201));
    let written: HistoryCounts = { shipments: 0, cartons: 0, units: 0 };
    let lastReported = 0;
    let done = false;
    while (!done) {
      db.transaction(() => {
        for (let count = 0; count < shipmentsPerTransaction; count += 1) {
          const next = plans.next();
          if (next.done === true) {
            done = true;
            return;
          }
          writer.writeShipment(next.value);
        }
      })();
      written = db.transaction(() => writer.finish())();
      if (written.units - lastReported >= 100_000 || done) {
        progress(`  ${written.units.toLocaleString('en')} of ${units.toLocaleString('en')} units written`);
        lastReported = written.units;
      }
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    return countStore(db);
  } finally {
    db.close();
  }
}

function setUpCatalog(db: Database.Database) {
  const station = ensureStation(db, 'bench-station');
  const operatorIds = ['Anna', 'Bartek', 'Chloé', 'Dieter', 'Ewa', 'Farid'].map((name) => findOrCreateOperator(db, name).id);
  const clients = db.transaction(() =>
    benchClients.map((client) => ensureClient(db, { ...client, ssccExtensionDigit: 1 }, new Date(historyEndMs - historyDays * 86_400_000).toISOString()).client),
  )();

  const catalog = buildBenchCatalog();
  const imported = importFile(db, { fileName: 'bench-products.csv', content: Buffer.from(catalogCsv(catalog), 'utf8') });
  if (!imported.ok) {
    throw new Error(`The generated product CSV was rejected: ${JSON.stringify(imported.error)}`);
  }
  const productIds = new Map(db.prepare<[], { id: number; sku: string }>('SELECT id, sku FROM products').all().map((row) => [row.sku, row.id]));
  const products = catalog.map((product) => {
    const id = productIds.get(product.sku);
    if (id === undefined) {
      throw new Error(`Product ${product.sku} is missing after the catalog import`);
    }
    return { ...product, id };
  });

  return {
    stationId: station.id,
    operatorIds,
    clients: clients.map((client) => ({ id: client.id, code: client.code, gs1CompanyPrefix: client.gs1CompanyPrefix ?? '', ssccExtensionDigit: client.ssccExtensionDigit })),
    products,
  };
}

/** Counts the rows the bench report shows for a store. */
export function countStore(db: Database.Database): StoreCounts {
  const count = (sql: string): number => db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
  return {
    units: count('SELECT count(*) AS n FROM units'),
    shippedUnits: count(`SELECT count(*) AS n FROM units WHERE status = 'shipped'`),
    events: count('SELECT count(*) AS n FROM events'),
    scanGestures: count('SELECT count(*) AS n FROM scan_gestures'),
    shipments: count('SELECT count(*) AS n FROM shipments'),
    cartons: count('SELECT count(*) AS n FROM cartons'),
    products: count('SELECT count(*) AS n FROM products'),
  };
}
