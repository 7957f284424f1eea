import { extname } from 'node:path';
import type Database from 'better-sqlite3';
import type { ImportSummary } from '../api/contract';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import { applyProducts } from './apply-products';
import { applyShipments } from './apply-shipments';
import { parseAmazonOrderReport } from './amazon-order-report';
import { ClientResolver } from './client-resolver';
import { decodeUtf8, detectDelimiter, firstLine, parseCsvTable } from './csv-table';
import type { ParsedImport } from './drafts';
import { amazonOrderColumns, hasColumn, productColumns, shipmentColumns } from './headers';
import { importError, type ImportError, type ImportWarning } from './import-error';
import { parseProductCsv } from './product-csv';
import { parseShipmentCsv } from './shipment-csv';
import { parseShopifyOrders } from './shopify-orders';

const log = createLogger('imports');

/** Largest file accepted, in bytes. Station exports and marketplace reports stay far below it. */
export const maxImportBytes = 64 * 1024 * 1024;

export interface ImportFileRequest {
  /** Name shown in messages; its extension helps detect the format. */
  readonly fileName: string;
  readonly content: Uint8Array;
  /** Client for files without a client column (`--client` on the command line). */
  readonly clientCode?: string;
  /** ISO timestamp for created_at columns; defaults to the current time. */
  readonly now?: string;
}

/**
 * The import summary plus what the contract's summary does not carry yet: shipments replaced
 * because their order changed before packing, and warnings about skipped orders and lines.
 */
export interface ImportReport extends Omit<ImportSummary, 'warnings'> {
  /** Warnings with their English text for the command line; screens take only `message`. */
  readonly warnings: ReadonlyArray<ImportWarning>;
}

/**
 * Detects the format of a file, validates all of it, and writes it in one transaction: a file
 * with any invalid value writes nothing. Formats: `.json` or a leading `{` is Shopify orders
 * JSON, a tab-separated header with `order-id` is Amazon's order report, and other text is a
 * shipment CSV when it has a reference column, else a product CSV. Bad input returns an error
 * and does not throw, but a store failure such as a full disk still throws.
 */
export function importFile(db: Database.Database, request: ImportFileRequest): Result<ImportReport, ImportError> {
  const result = runInTransaction(db, () => importWithoutTransaction(db, request));
  if (result.ok) {
    log.info('imported file', { file: request.fileName, format: result.value.format, shipments: result.value.shipmentsCreated });
  } else {
    log.warn('import rejected', { file: request.fileName, code: result.error.code, row: result.error.row, path: result.error.path });
  }
  return result;
}

/** Parses and writes a file without a transaction of its own; on failure the caller must roll back. */
export function importWithoutTransaction(db: Database.Database, request: ImportFileRequest): Result<ImportReport, ImportError> {
  const parsed = parseImportFile(request);
  if (!parsed.ok) {
    return parsed;
  }

  const file = request.fileName;
  const now = request.now ?? new Date().toISOString();
  const clients = new ClientResolver(db, file, now);
  const products = applyProducts(db, file, parsed.value.products, clients, now);
  if (!products.ok) return products;
  const shipments = applyShipments(db, file, parsed.value.format, parsed.value.shipments, {
    clients,
    createsMissingProducts: parsed.value.createsMissingProducts,
    now,
  });
  if (!shipments.ok) return shipments;

  return ok({
    format: parsed.value.format,
    clients: clients.created,
    products: products.value + shipments.value.productsCreated,
    shipmentsCreated: shipments.value.created,
    shipmentsUnchanged: shipments.value.unchanged,
    shipmentsUpdated: shipments.value.updated,
    lines: shipments.value.lines,
    warnings: parsed.value.warnings,
  });
}

/** Detects the format and validates the whole file without touching the store. */
export function parseImportFile(request: ImportFileRequest): Result<ParsedImport, ImportError> {
  const file = request.fileName;
  if (request.content.byteLength > maxImportBytes) {
    return err(importError('import-too-large', 'tooLarge', { file }, { size: request.content.byteLength, limit: maxImportBytes }));
  }
  const text = decodeUtf8(file, request.content);
  if (!text.ok) {
    return text;
  }
  if (text.value.trim() === '') {
    return err(importError('import-empty', 'empty', { file }));
  }
  const clientCode = request.clientCode?.trim() || undefined;

  if (extname(file).toLowerCase() === '.json' || text.value.trimStart().startsWith('{')) {
    return parseShopifyOrders(file, text.value, clientCode);
  }

  const header = firstLine(text.value);
  if (header.includes('\t') && hasColumn(header.split('\t'), amazonOrderColumns.orderId)) {
    const table = parseCsvTable(file, text.value, { delimiter: '\t', quoted: false });
    return table.ok ? parseAmazonOrderReport(file, table.value, clientCode) : table;
  }

  const table = parseCsvTable(file, text.value, { delimiter: detectDelimiter(header), quoted: true });
  if (!table.ok) {
    return table;
  }
  if (hasColumn(table.value.header, shipmentColumns.reference)) {
    return parseShipmentCsv(file, table.value, clientCode);
  }
  if (hasColumn(table.value.header, productColumns.sku)) {
    return parseProductCsv(file, table.value, clientCode);
  }
  return err(importError('import-format-unknown', 'formatUnknown', { file }));
}

class RollbackRequested extends Error {
  constructor(readonly importError: ImportError) {
    super(importError.text);
  }
}

/**
 * Runs `work` in a transaction (a savepoint when one is already open) and rolls it back when it
 * returns an error, so a rejected import leaves every table as it was.
 */
export function runInTransaction<T>(db: Database.Database, work: () => Result<T, ImportError>): Result<T, ImportError> {
  try {
    return ok(
      db.transaction(() => {
        const result = work();
        if (!result.ok) {
          throw new RollbackRequested(result.error);
        }
        return result.value;
      })(),
    );
  } catch (error) {
    if (error instanceof RollbackRequested) {
      return err(error.importError);
    }
    throw error;
  }
}
