import { err, ok, type Result } from '../core/result';
import { decodeUtf8, parseCsvTable } from '../imports/csv-table';
import { mapColumns } from '../imports/headers';
import { importError, showValue, type ImportError, type ImportErrorCode } from '../imports/import-error';
import { readUniqueRecords, type RecordReader } from '../imports/record-reader';
import { optionalAsin, optionalText, requiredIdentifier, wholeNumber, type ValueResult } from '../imports/values';
import { normalizeFnsku } from '../scan/fnsku';
import { renderReturnsEnglish } from './returns-english';

/**
 * The columns of Amazon's customer returns report (GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA,
 * tab-separated, nothing quoted). Amazon's report has no client column: the caller names the
 * client whose seller account it comes from.
 */
export const customerReturnsColumns = {
  returnDate: ['return-date'],
  orderId: ['order-id'],
  sku: ['sku'],
  asin: ['asin'],
  fnsku: ['fnsku'],
  productName: ['product-name'],
  quantity: ['quantity'],
  fulfillmentCenterId: ['fulfillment-center-id'],
  detailedDisposition: ['detailed-disposition'],
  reason: ['reason'],
  status: ['status'],
  licensePlateNumber: ['license-plate-number'],
  customerComments: ['customer-comments'],
} as const;

type ReturnsField = keyof typeof customerReturnsColumns;

/** One returned item of the report. */
export interface CustomerReturnRow {
  readonly row: number;
  readonly returnDate: string;
  readonly orderId: string;
  readonly sku: string;
  readonly fnsku: string | null;
  readonly productName: string;
  readonly quantity: number;
  readonly reason: string;
  readonly licensePlateNumber: string;
  readonly customerComments: string;
}

// ISO 8601 as Amazon writes it ("2024-03-05T14:02:11+00:00"), or a bare date.
const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses the report. The whole file is rejected at its first bad cell, with an error naming
 * file, row (the header is row 1), column and value: bytes that are not UTF-8, a missing
 * required column, a return date that is not an ISO 8601 date, a missing order ID, SKU or
 * license plate number, a quantity below 1, an invalid FNSKU or ASIN, or a license plate number
 * listed twice. A file whose rows repeat the header fails on row 2's return-date cell.
 */
export function parseCustomerReturnsReport(file: string, content: Uint8Array): Result<ReadonlyArray<CustomerReturnRow>, ImportError> {
  const text = decodeUtf8(file, content);
  if (!text.ok) {
    return text;
  }
  const table = parseCsvTable(file, text.value, { delimiter: '\t', quoted: false });
  if (!table.ok) {
    return table;
  }
  const columns = mapColumns(file, table.value.header, customerReturnsColumns, {
    required: ['returnDate', 'orderId', 'sku', 'quantity', 'licensePlateNumber'],
    rejectUnknown: false,
  });
  if (!columns.ok) {
    return columns;
  }

  const rows = readUniqueRecords(file, table.value.records, columns.value, {
    read: (reader) => readRow(file, reader),
    keyField: 'licensePlateNumber',
    keyOf: (row) => ({ key: row.licensePlateNumber, value: row.licensePlateNumber }),
    repeated: ({ otherRow, ...where }) => returnsImportError('import-duplicate-row', 'duplicateLicensePlate', where, { otherRow }),
  });
  if (!rows.ok) {
    return rows;
  }
  if (rows.value.length === 0) {
    return err(importError('import-empty', 'empty', { file }));
  }
  return rows;
}

function readRow(file: string, reader: RecordReader<ReturnsField>): Result<CustomerReturnRow, ImportError> {
  const returnDate = readReturnDate(file, reader);
  if (!returnDate.ok) return returnDate;
  const orderId = reader.read('orderId', requiredIdentifier);
  if (!orderId.ok) return orderId;
  const sku = reader.read('sku', requiredIdentifier);
  if (!sku.ok) return sku;
  const asin = reader.read('asin', optionalAsin);
  if (!asin.ok) return asin;
  const fnsku = reader.read('fnsku', optionalFnskuCell);
  if (!fnsku.ok) return fnsku;
  const productName = reader.read('productName', optionalText);
  if (!productName.ok) return productName;
  const quantity = reader.read('quantity', (raw) => wholeNumber(raw, 1));
  if (!quantity.ok) return quantity;
  const reason = reader.read('reason', optionalText);
  if (!reason.ok) return reason;
  const licensePlateNumber = reader.read('licensePlateNumber', requiredIdentifier);
  if (!licensePlateNumber.ok) return licensePlateNumber;
  const customerComments = reader.read('customerComments', commentCell);
  if (!customerComments.ok) return customerComments;

  return ok({
    row: reader.row,
    returnDate: returnDate.value,
    orderId: orderId.value,
    sku: sku.value,
    fnsku: fnsku.value,
    productName: productName.value,
    quantity: quantity.value,
    reason: reason.value,
    licensePlateNumber: licensePlateNumber.value,
    customerComments: customerComments.value,
  });
}

function readReturnDate(file: string, reader: RecordReader<ReturnsField>): Result<string, ImportError> {
  const raw = reader.raw('returnDate');
  const value = raw.trim();
  if (isoDateTime.test(value) && !Number.isNaN(Date.parse(value))) {
    return ok(value);
  }
  return err(returnsImportError('import-invalid-value', 'invalidReturnDate', { file, row: reader.row, column: reader.columnName('returnDate'), value: raw }));
}

/** Builds an ImportError whose message key is `returns:import.<messageName>`, for the checks the shared import messages lack. */
function returnsImportError(
  code: ImportErrorCode,
  messageName: string,
  fields: { readonly file: string; readonly row: number; readonly column: string; readonly value: string },
  extraParams: Readonly<Record<string, string | number>> = {},
): ImportError {
  const params = { file: showValue(fields.file), row: fields.row, column: fields.column, value: showValue(fields.value), ...extraParams };
  const message = { key: `returns:import.${messageName}`, params };
  return { code, ...fields, message, text: renderReturnsEnglish(message) };
}

function optionalFnskuCell(raw: string): ValueResult<string | null> {
  if (raw.trim() === '') {
    return ok(null);
  }
  const fnsku = normalizeFnsku(raw);
  return fnsku.ok ? ok(fnsku.value) : err('fnsku');
}

// Customers write longer comments than a title. The report contains no tabs or line breaks in them.
function commentCell(raw: string): ValueResult<string> {
  const value = raw.trim();
  return /[\u0000-\u001f\u007f]/.test(value) || value.length > 2000 ? err('text') : ok(value);
}
