import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { addressSchema } from '../api/contract';
import { resolveResourcesDir } from '../core/resources';
import { ok, type Result } from '../core/result';
import { ensureClient } from '../store/clients';
import type { ImportError } from './import-error';
import { importWithoutTransaction, runInTransaction, type ImportReport } from './import-file';

const demoClientSchema = z.object({
  code: z.string().min(1).max(32),
  name: z.string().min(1),
  gs1CompanyPrefix: z.string().regex(/^\d{6,12}$/),
  ssccExtensionDigit: z.number().int().min(0).max(9),
  shipFrom: addressSchema,
});

/** Returns the resources/demo folder that contains the demo client, products and shipments. */
export function defaultDemoDir(): string {
  return join(resolveResourcesDir(), 'demo');
}

/**
 * Loads the demo client (client.json) and imports its products.csv and shipments.csv through
 * the ordinary CSV importers, all in one transaction. Loading again changes nothing and reports
 * the shipment as unchanged. A broken demo file is a packaging bug and throws.
 */
export function loadDemoData(
  db: Database.Database,
  now: string = new Date().toISOString(),
  demoDir: string = defaultDemoDir(),
): Result<ImportReport, ImportError> {
  const client = demoClientSchema.parse(JSON.parse(readFileSync(join(demoDir, 'client.json'), 'utf8')));
  const readDemoFile = (name: string) => ({ fileName: name, content: readFileSync(join(demoDir, name)), now });

  return runInTransaction(db, () => {
    const ensured = ensureClient(db, client, now);
    const products = importWithoutTransaction(db, readDemoFile('products.csv'));
    if (!products.ok) return products;
    const shipments = importWithoutTransaction(db, readDemoFile('shipments.csv'));
    if (!shipments.ok) return shipments;

    return ok({
      format: 'demo',
      clients: ensured.created ? 1 : 0,
      products: products.value.products,
      shipmentsCreated: shipments.value.shipmentsCreated,
      shipmentsUnchanged: shipments.value.shipmentsUnchanged,
      shipmentsUpdated: shipments.value.shipmentsUpdated,
      lines: shipments.value.lines,
      warnings: [...products.value.warnings, ...shipments.value.warnings],
    });
  });
}
