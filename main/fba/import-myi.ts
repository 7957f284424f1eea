import type Database from 'better-sqlite3';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import { importError, type ImportError } from '../imports/import-error';
import { findClientByCode } from '../store/clients';
import { findProductBySku, insertProduct, updateProductFields } from '../store/products';
import { inWriteTransaction, nowIso } from '../store/write-transaction';
import { parseMyiReport } from './myi-report';

const log = createLogger('fba');

export interface MyiImportRequest {
  readonly fileName: string;
  readonly content: Uint8Array;
  /** The client whose Amazon seller account the report comes from; the report has no client column. */
  readonly clientCode: string;
  readonly now?: string;
}

/** Counts of products the import created, changed and left as they were. */
export interface MyiImportSummary {
  readonly listings: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

/**
 * Imports a Manage FBA Inventory report for one client in one transaction: a known SKU gets the
 * report's FNSKU and ASIN, and an unknown SKU becomes a product with the report's title, without
 * GTIN and not serial-tracked. A bad file or an unknown client imports nothing.
 */
export function importMyiReport(db: Database.Database, request: MyiImportRequest): Result<MyiImportSummary, ImportError> {
  const file = request.fileName;
  const listings = parseMyiReport(file, request.content);
  if (!listings.ok) {
    log.warn('inventory report rejected', { file, code: listings.error.code, row: listings.error.row });
    return listings;
  }
  const client = findClientByCode(db, request.clientCode);
  if (client === undefined) {
    return err(importError('import-client-not-found', 'clientNotFoundOption', { file }, { client: request.clientCode, option: '--client' }));
  }

  const now = request.now ?? nowIso();
  const summary = inWriteTransaction(db, () => {
    let created = 0;
    let updated = 0;
    for (const listing of listings.value) {
      const existing = findProductBySku(db, client.id, listing.sku);
      if (existing === undefined) {
        insertProduct(
          db,
          client.id,
          { sku: listing.sku, gtin: null, fnsku: listing.fnsku, asin: listing.asin, title: listing.title, serialTracked: false, serialPattern: null, weightGrams: null },
          now,
        );
        created += 1;
        continue;
      }
      if (existing.fnsku === listing.fnsku && existing.asin === listing.asin) {
        continue;
      }
      updateProductFields(db, existing.id, { ...existing, fnsku: listing.fnsku, asin: listing.asin });
      updated += 1;
    }
    return { listings: listings.value.length, created, updated, unchanged: listings.value.length - created - updated };
  });

  log.info('inventory report imported', { file, client: request.clientCode, ...summary });
  return ok(summary);
}
