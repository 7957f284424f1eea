import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { detectDelimiter, firstLine, parseCsvTable } from '../imports/csv-table';
import { findClientByCode } from '../store/clients';
import { findClientProductBySku } from '../store/catalog-lookup';
import type { ExpectedLine } from './create-receipt';

/**
 * An advance shipping notice as CSV: a header row with the columns `client`, `sku`, `quantity`
 * and optionally `serials`, `lot` and `expiry` (any order, any letter case), comma, semicolon or
 * tab separated. `serials` lists the expected serials of the row separated by spaces or `|`.
 * `expiry` is an ISO date (YYYY-MM-DD). Every row must name the same client, because one notice
 * becomes one receipt.
 */
export interface AdvanceShippingNotice {
  readonly clientId: number;
  readonly clientCode: string;
  readonly lines: ReadonlyArray<ExpectedLine>;
}

export type AsnError =
  | { readonly code: 'asn-malformed'; readonly detail: string }
  | { readonly code: 'asn-column-missing'; readonly column: string }
  | { readonly code: 'asn-empty' }
  | { readonly code: 'asn-several-clients'; readonly row: number; readonly clientCode: string }
  | { readonly code: 'asn-unknown-client'; readonly row: number; readonly clientCode: string }
  | { readonly code: 'asn-unknown-sku'; readonly row: number; readonly sku: string }
  | { readonly code: 'asn-invalid-quantity'; readonly row: number; readonly value: string }
  | { readonly code: 'asn-invalid-expiry'; readonly row: number; readonly value: string };

const requiredColumns = ['client', 'sku', 'quantity'] as const;
type Column = (typeof requiredColumns)[number] | 'serials' | 'lot' | 'expiry';

/** Parses and resolves an ASN against the catalog; the first invalid row stops the import. */
export function parseAdvanceShippingNotice(db: Database.Database, file: string, text: string): Result<AdvanceShippingNotice, AsnError> {
  const table = parseCsvTable(file, text.replace(/^\uFEFF/, ''), { delimiter: detectDelimiter(firstLine(text)), quoted: true });
  if (!table.ok) {
    return err({ code: 'asn-malformed', detail: table.error.text });
  }
  const header = table.value.header.map((name) => name.trim().toLowerCase());
  const missing = requiredColumns.find((column) => !header.includes(column));
  if (missing !== undefined) {
    return err({ code: 'asn-column-missing', column: missing });
  }
  if (table.value.records.length === 0) {
    return err({ code: 'asn-empty' });
  }

  const cell = (cells: ReadonlyArray<string>, column: Column): string => {
    const index = header.indexOf(column);
    return index === -1 ? '' : (cells[index] ?? '').trim();
  };
  let client: { readonly id: number; readonly code: string } | null = null;
  const lines: ExpectedLine[] = [];
  for (const record of table.value.records) {
    const clientCode = cell(record.cells, 'client');
    if (client !== null && clientCode.toUpperCase() !== client.code.toUpperCase()) {
      return err({ code: 'asn-several-clients', row: record.row, clientCode });
    }
    const found: { readonly id: number; readonly code: string } | undefined = client ?? findClientByCode(db, clientCode);
    if (found === undefined) {
      return err({ code: 'asn-unknown-client', row: record.row, clientCode });
    }
    client = { id: found.id, code: found.code };

    const sku = cell(record.cells, 'sku');
    const product = findClientProductBySku(db, client.id, sku);
    if (product === undefined) {
      return err({ code: 'asn-unknown-sku', row: record.row, sku });
    }
    const quantityText = cell(record.cells, 'quantity');
    if (!/^\d{1,6}$/.test(quantityText) || Number(quantityText) === 0) {
      return err({ code: 'asn-invalid-quantity', row: record.row, value: quantityText });
    }
    const expiry = cell(record.cells, 'expiry');
    if (expiry !== '' && !isIsoDate(expiry)) {
      return err({ code: 'asn-invalid-expiry', row: record.row, value: expiry });
    }
    const lot = cell(record.cells, 'lot');
    const serials = cell(record.cells, 'serials')
      .split(/[\s|]+/)
      .filter((serial) => serial !== '');
    lines.push({ productId: product.id, sku, quantity: Number(quantityText), lot: lot === '' ? null : lot, expiry: expiry === '' ? null : expiry, serials });
  }

  return client === null ? err({ code: 'asn-empty' }) : ok({ clientId: client.id, clientCode: client.code, lines });
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return false;
  }
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
