import { err, ok, type Result } from '../core/result';
import { decodeUtf8, parseCsvTable } from '../imports/csv-table';
import { mapColumns } from '../imports/headers';
import { importError, type ImportError } from '../imports/import-error';
import { readUniqueRecords, type RecordReader } from '../imports/record-reader';
import { optionalAsin, requiredIdentifier, requiredText, type ValueResult } from '../imports/values';
import { normalizeFnsku } from '../scan/fnsku';

/**
 * Columns read from Amazon's Manage FBA Inventory report (GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA,
 * tab-separated, nothing quoted). The quantity columns are ignored: Packtrace counts its own units.
 */
export const myiColumns = {
  sku: ['sku'],
  fnsku: ['fnsku'],
  asin: ['asin'],
  productName: ['product-name'],
  condition: ['condition'],
} as const;

type MyiField = keyof typeof myiColumns;

/** One listing of the report: the seller SKU and the Amazon codes it is labelled with. */
export interface MyiListing {
  readonly row: number;
  readonly sku: string;
  readonly fnsku: string;
  readonly asin: string | null;
  readonly title: string;
  readonly condition: string;
}

// The FNSKU goes through the scan decoder's normalizer, so the import, the label and the scanner
// agree on one form: trimmed, upper case, text.
function fnskuCell(raw: string): ValueResult<string> {
  const fnsku = normalizeFnsku(raw);
  return fnsku.ok ? ok(fnsku.value) : err('fnsku');
}

/**
 * Parses the report into listings. The error names file, row, column and value. Rejected are
 * bytes that are not UTF-8, a missing sku, fnsku or product-name column, an invalid FNSKU (never
 * read as a number), an ASIN that is not 10 letters and digits, and a SKU listed twice. A file
 * whose rows repeat the header fails on the fnsku cell of row 2.
 */
export function parseMyiReport(file: string, content: Uint8Array): Result<ReadonlyArray<MyiListing>, ImportError> {
  const text = decodeUtf8(file, content);
  if (!text.ok) {
    return text;
  }
  const table = parseCsvTable(file, text.value, { delimiter: '\t', quoted: false });
  if (!table.ok) {
    return table;
  }
  const columns = mapColumns(file, table.value.header, myiColumns, { required: ['sku', 'fnsku', 'productName'], rejectUnknown: false });
  if (!columns.ok) {
    return columns;
  }

  const listings = readUniqueRecords(file, table.value.records, columns.value, {
    read: readListing,
    keyField: 'sku',
    keyOf: (listing) => ({ key: listing.sku, value: listing.sku }),
    repeated: ({ otherRow, ...where }) => importError('import-duplicate-row', 'duplicateSku', where, { otherRow }),
  });
  if (!listings.ok) {
    return listings;
  }
  if (listings.value.length === 0) {
    return err(importError('import-empty', 'empty', { file }));
  }
  return listings;
}

function readListing(reader: RecordReader<MyiField>): Result<MyiListing, ImportError> {
  const sku = reader.read('sku', requiredIdentifier);
  if (!sku.ok) return sku;
  const fnsku = reader.read('fnsku', fnskuCell);
  if (!fnsku.ok) return fnsku;
  const asin = reader.read('asin', optionalAsin);
  if (!asin.ok) return asin;
  const title = reader.read('productName', requiredText);
  if (!title.ok) return title;

  return ok({ row: reader.row, sku: sku.value, fnsku: fnsku.value, asin: asin.value, title: title.value, condition: reader.raw('condition').trim() });
}

