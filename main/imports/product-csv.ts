import { ok, type Result } from '../core/result';
import type { ProductFields } from '../store/products';
import type { CsvTable } from './csv-table';
import { clientOfRecord } from './client-reference';
import type { ParsedImport, ProductDraft } from './drafts';
import { mapColumns, productColumns } from './headers';
import { importError, type ImportError } from './import-error';
import { readUniqueRecords, type RecordReader } from './record-reader';
import {
  optionalAsin,
  optionalFnsku,
  optionalGtin,
  optionalSerialPattern,
  optionalText,
  optionalWholeNumber,
  requiredIdentifier,
  requiredText,
  yesNo,
} from './values';

type ProductField = keyof typeof productColumns;

/**
 * Parses a product CSV (columns in headers.ts). serial_tracked defaults to true when empty.
 * A SKU that appears twice for one client is an error naming both rows.
 */
export function parseProductCsv(file: string, table: CsvTable, clientCode: string | undefined): Result<ParsedImport, ImportError> {
  const columns = mapColumns(file, table.header, productColumns, { required: ['sku', 'title'], rejectUnknown: true });
  if (!columns.ok) {
    return columns;
  }

  const products = readUniqueRecords(file, table.records, columns.value, {
    read: (reader) => parseProductRecord(file, reader, clientCode),
    keyField: 'sku',
    keyOf: (draft) => ({ key: `${draft.client.code.toLowerCase()}\u0000${draft.fields.sku}`, value: draft.fields.sku }),
    repeated: ({ otherRow, ...where }) => importError('import-duplicate-row', 'duplicateSku', where, { otherRow }),
  });
  if (!products.ok) {
    return products;
  }

  return ok({ format: 'products-csv', products: [...products.value], shipments: [], createsMissingProducts: false, warnings: [] });
}

function parseProductRecord(
  file: string,
  reader: RecordReader<ProductField>,
  clientCode: string | undefined,
): Result<ProductDraft, ImportError> {
  const client = clientOfRecord(file, reader, clientCode);
  if (!client.ok) return client;
  const clientName = reader.read('clientName', optionalText);
  if (!clientName.ok) return clientName;

  const sku = reader.read('sku', requiredIdentifier);
  if (!sku.ok) return sku;
  const gtin = reader.read('gtin', optionalGtin);
  if (!gtin.ok) return gtin;
  const fnsku = reader.read('fnsku', optionalFnsku);
  if (!fnsku.ok) return fnsku;
  const asin = reader.read('asin', optionalAsin);
  if (!asin.ok) return asin;
  const title = reader.read('title', requiredText);
  if (!title.ok) return title;
  const serialTracked = reader.read('serialTracked', (raw) => yesNo(raw, true));
  if (!serialTracked.ok) return serialTracked;
  const serialPattern = reader.read('serialPattern', optionalSerialPattern);
  if (!serialPattern.ok) return serialPattern;
  const weightGrams = reader.read('weightGrams', optionalWholeNumber);
  if (!weightGrams.ok) return weightGrams;
  const category = reader.read('category', optionalText);
  if (!category.ok) return category;
  const warrantyDays = reader.read('warrantyDays', optionalWholeNumber);
  if (!warrantyDays.ok) return warrantyDays;

  const fields: ProductFields = {
    sku: sku.value,
    gtin: gtin.value,
    fnsku: fnsku.value,
    asin: asin.value,
    title: title.value,
    serialTracked: serialTracked.value,
    serialPattern: serialPattern.value,
    weightGrams: weightGrams.value,
  };
  const nameForCreation = clientName.value === '' ? undefined : clientName.value;
  const hasReturnsFacts = reader.hasColumn('category') || reader.hasColumn('warrantyDays');
  const returnsFacts = hasReturnsFacts ? { category: category.value === '' ? null : category.value, warrantyDays: warrantyDays.value } : undefined;
  return ok({ client: { ...client.value, nameForCreation }, fields, origin: { row: reader.row }, ...(returnsFacts === undefined ? {} : { returnsFacts }) });
}
