import { ok, type Result } from '../core/result';
import type { CsvTable } from './csv-table';
import { clientOfFile } from './client-reference';
import { makeAddress, type LineDraft, type ParsedImport, type ShipmentDraft } from './drafts';
import { amazonOrderColumns, mapColumns } from './headers';
import { importWarning, type ImportError, type ImportWarning } from './import-error';
import { RecordReader } from './record-reader';
import { optionalText, requiredIdentifier, wholeNumber } from './values';

type AmazonField = keyof typeof amazonOrderColumns;

interface OrderGroup {
  readonly firstRow: number;
  readonly reference: string;
  readonly record: RecordReader<AmazonField>;
  readonly lines: LineDraft[];
}

/**
 * Parses Amazon's merchant order report (tab-separated flat file, one row per order item). Each
 * order-id becomes a customer order whose lines are the items' quantity-to-ship; the ship-to
 * address comes from the order's first row. Items with nothing left to ship are left out, and
 * an order with no such item is skipped with a warning. The report has no client column, so the
 * clientCode option names the client.
 */
export function parseAmazonOrderReport(file: string, table: CsvTable, clientCode: string | undefined): Result<ParsedImport, ImportError> {
  const columns = mapColumns(file, table.header, amazonOrderColumns, {
    required: ['orderId', 'sku', 'quantityPurchased', 'quantityToShip'],
    rejectUnknown: false,
  });
  if (!columns.ok) {
    return columns;
  }

  const orders = new Map<string, OrderGroup>();
  for (const record of table.records) {
    const reader = new RecordReader(file, record, columns.value);
    const line = readOrderItem(reader);
    if (!line.ok) return line;

    let order = orders.get(line.value.reference);
    if (order === undefined) {
      order = { firstRow: record.row, reference: line.value.reference, record: reader, lines: [] };
      orders.set(line.value.reference, order);
    }
    if (line.value.line !== null) {
      order.lines.push(line.value.line);
    }
  }

  // The client is checked after the rows so that a broken file reports its first bad cell
  // whether or not the operator has chosen a client yet.
  const client = clientOfFile(file, clientCode);
  if (!client.ok) {
    return client;
  }

  const warnings: ImportWarning[] = [];
  const shipments: ShipmentDraft[] = [];
  for (const order of orders.values()) {
    if (order.lines.length === 0) {
      warnings.push(importWarning('orderNothingToShip', { file, row: order.firstRow, reference: order.reference }));
      continue;
    }
    shipments.push({
      client: client.value,
      reference: order.reference,
      kind: 'customer-order',
      shipTo: shipToOf(order.record),
      lines: order.lines,
      origin: { row: order.firstRow },
    });
  }

  return ok({ format: 'amazon-order-report', products: [], shipments, createsMissingProducts: true, warnings });
}

/** Validates one order item in column order; `line` is null when nothing is left to ship. */
function readOrderItem(
  reader: RecordReader<AmazonField>,
): Result<{ readonly reference: string; readonly line: LineDraft | null }, ImportError> {
  const reference = reader.read('orderId', requiredIdentifier);
  if (!reference.ok) return reference;
  const sku = reader.read('sku', requiredIdentifier);
  if (!sku.ok) return sku;
  const title = reader.read('productName', optionalText);
  if (!title.ok) return title;
  const purchased = reader.read('quantityPurchased', (raw) => wholeNumber(raw, 0));
  if (!purchased.ok) return purchased;
  const shipped = reader.read('quantityShipped', (raw) => (raw.trim() === '' ? ok(0) : wholeNumber(raw, 0)));
  if (!shipped.ok) return shipped;
  const toShip = reader.read('quantityToShip', (raw) => wholeNumber(raw, 0));
  if (!toShip.ok) return toShip;
  const address = readAddressCells(reader);
  if (!address.ok) return address;

  if (toShip.value === 0) {
    return ok({ reference: reference.value, line: null });
  }
  const line: LineDraft = {
    sku: sku.value,
    quantity: toShip.value,
    title: title.value === '' ? null : title.value,
    origin: { row: reader.row, column: reader.columnName('sku') },
  };
  return ok({ reference: reference.value, line });
}

const addressFields: ReadonlyArray<AmazonField> = [
  'recipientName',
  'address1',
  'address2',
  'address3',
  'city',
  'region',
  'postcode',
  'country',
  'shipPhone',
  'buyerPhone',
];

function readAddressCells(reader: RecordReader<AmazonField>): Result<void, ImportError> {
  for (const field of addressFields) {
    const value = reader.read(field, optionalText);
    if (!value.ok) return value;
  }
  return ok(undefined);
}

function shipToOf(reader: RecordReader<AmazonField>): ShipmentDraft['shipTo'] {
  const text = (field: AmazonField): string => reader.raw(field).trim();
  return makeAddress({
    name: text('recipientName'),
    company: '',
    lines: [text('address1'), text('address2'), text('address3')],
    postcode: text('postcode'),
    city: text('city'),
    region: text('region'),
    country: text('country'),
    phone: text('shipPhone') === '' ? text('buyerPhone') : text('shipPhone'),
  });
}
