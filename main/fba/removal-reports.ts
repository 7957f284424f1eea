import { err, ok, type Result } from '../core/result';
import { decodeUtf8, parseCsvTable } from '../imports/csv-table';
import { hasColumn, mapColumns } from '../imports/headers';
import { importError, type ImportError } from '../imports/import-error';
import { RecordReader } from '../imports/record-reader';
import { optionalText, optionalWholeNumber, requiredIdentifier, type ValueResult } from '../imports/values';
import { normalizeFnsku } from '../scan/fnsku';

/** Columns read from Amazon's removal order detail report (GET_FBA_FULFILLMENT_REMOVAL_ORDER_DETAIL_DATA). */
export const removalOrderColumns = {
  requestDate: ['request-date'],
  orderId: ['order-id'],
  orderType: ['order-type'],
  orderStatus: ['order-status'],
  sku: ['sku'],
  fnsku: ['fnsku'],
  disposition: ['disposition'],
  requestedQuantity: ['requested-quantity'],
  cancelledQuantity: ['cancelled-quantity'],
  disposedQuantity: ['disposed-quantity'],
  shippedQuantity: ['shipped-quantity'],
  inProcessQuantity: ['in-process-quantity'],
} as const;

/** Columns read from Amazon's removal shipment detail report (GET_FBA_FULFILLMENT_REMOVAL_SHIPMENT_DETAIL_DATA). */
export const removalShipmentColumns = {
  requestDate: ['request-date'],
  orderId: ['order-id'],
  shipmentDate: ['shipment-date'],
  sku: ['sku'],
  fnsku: ['fnsku'],
  disposition: ['disposition'],
  shippedQuantity: ['shipped-quantity'],
  carrier: ['carrier'],
  trackingNumber: ['tracking-number'],
  orderType: ['removal-order-type'],
} as const;

/** One line of a removal order: an SKU and FNSKU with Amazon's disposition and quantities. */
export interface RemovalOrderRow {
  readonly row: number;
  readonly orderId: string;
  readonly requestDate: string;
  readonly orderType: string;
  readonly orderStatus: string;
  readonly sku: string;
  readonly fnsku: string;
  readonly disposition: string;
  readonly requestedQuantity: number;
  readonly cancelledQuantity: number;
  readonly disposedQuantity: number;
  readonly shippedQuantity: number;
  readonly inProcessQuantity: number;
}

/** One line of a removal shipment: what Amazon shipped under one tracking number. */
export interface RemovalShipmentRow {
  readonly row: number;
  readonly orderId: string;
  readonly requestDate: string;
  readonly orderType: string;
  readonly shipmentDate: string;
  readonly sku: string;
  readonly fnsku: string;
  readonly disposition: string;
  readonly shippedQuantity: number;
  readonly carrier: string;
  readonly trackingNumber: string;
}

export type RemovalReport =
  | { readonly kind: 'removal-orders'; readonly rows: ReadonlyArray<RemovalOrderRow> }
  | { readonly kind: 'removal-shipments'; readonly rows: ReadonlyArray<RemovalShipmentRow> };

function fnskuCell(raw: string): ValueResult<string> {
  const fnsku = normalizeFnsku(raw);
  return fnsku.ok ? ok(fnsku.value) : err('fnsku');
}

// Amazon leaves quantities it has nothing to report for empty.
function quantityCell(raw: string): ValueResult<number> {
  const value = optionalWholeNumber(raw);
  return value.ok ? ok(value.value ?? 0) : value;
}

/**
 * Normalizes a carrier tracking number once, for the import and for the scan at receiving:
 * spaces removed, upper case. Returns null for an empty value.
 */
export function normalizeTrackingNumber(raw: string): string | null {
  const trackingNumber = raw.replace(/\s+/g, '').toUpperCase();
  return trackingNumber === '' ? null : trackingNumber;
}

function trackingCell(raw: string): ValueResult<string> {
  const trackingNumber = normalizeTrackingNumber(raw);
  if (trackingNumber === null) return err('required');
  return trackingNumber.length <= 64 && /^[0-9A-Z-]+$/.test(trackingNumber) ? ok(trackingNumber) : err('identifier');
}

type Reader<F extends string> = RecordReader<F>;

function readOrderRow(reader: Reader<keyof typeof removalOrderColumns>): Result<RemovalOrderRow, ImportError> {
  const orderId = reader.read('orderId', requiredIdentifier);
  if (!orderId.ok) return orderId;
  const sku = reader.read('sku', requiredIdentifier);
  if (!sku.ok) return sku;
  const fnsku = reader.read('fnsku', fnskuCell);
  if (!fnsku.ok) return fnsku;
  const quantities = (['requestedQuantity', 'cancelledQuantity', 'disposedQuantity', 'shippedQuantity', 'inProcessQuantity'] as const).map((field) =>
    reader.read(field, quantityCell),
  );
  const badQuantity = quantities.find((quantity) => !quantity.ok);
  if (badQuantity !== undefined && !badQuantity.ok) return badQuantity;
  const [requested, cancelled, disposed, shipped, inProcess] = quantities.map((quantity) => (quantity.ok ? quantity.value : 0));
  const text = (field: 'requestDate' | 'orderType' | 'orderStatus' | 'disposition'): string => {
    const value = optionalText(reader.raw(field));
    return value.ok ? value.value : '';
  };

  return ok({
    row: reader.row,
    orderId: orderId.value,
    requestDate: text('requestDate'),
    orderType: text('orderType'),
    orderStatus: text('orderStatus'),
    sku: sku.value,
    fnsku: fnsku.value,
    disposition: text('disposition'),
    requestedQuantity: requested ?? 0,
    cancelledQuantity: cancelled ?? 0,
    disposedQuantity: disposed ?? 0,
    shippedQuantity: shipped ?? 0,
    inProcessQuantity: inProcess ?? 0,
  });
}

function readShipmentRow(reader: Reader<keyof typeof removalShipmentColumns>): Result<RemovalShipmentRow, ImportError> {
  const orderId = reader.read('orderId', requiredIdentifier);
  if (!orderId.ok) return orderId;
  const sku = reader.read('sku', requiredIdentifier);
  if (!sku.ok) return sku;
  const fnsku = reader.read('fnsku', fnskuCell);
  if (!fnsku.ok) return fnsku;
  const shipped = reader.read('shippedQuantity', (raw) => {
    const value = quantityCell(raw);
    return value.ok && value.value === 0 ? err('positiveWholeNumber') : value;
  });
  if (!shipped.ok) return shipped;
  const trackingNumber = reader.read('trackingNumber', trackingCell);
  if (!trackingNumber.ok) return trackingNumber;
  const text = (field: 'requestDate' | 'orderType' | 'shipmentDate' | 'disposition' | 'carrier'): string => {
    const value = optionalText(reader.raw(field));
    return value.ok ? value.value : '';
  };

  return ok({
    row: reader.row,
    orderId: orderId.value,
    requestDate: text('requestDate'),
    orderType: text('orderType'),
    shipmentDate: text('shipmentDate'),
    sku: sku.value,
    fnsku: fnsku.value,
    disposition: text('disposition'),
    shippedQuantity: shipped.value,
    carrier: text('carrier'),
    trackingNumber: trackingNumber.value,
  });
}

/**
 * Parses a removal order detail or removal shipment detail report (tab-separated, nothing
 * quoted), telling them apart by the tracking-number column. FNSKUs go through the scan
 * normalizer, quantities must be whole numbers (an empty cell is 0), and a shipment line needs a
 * tracking number and a shipped quantity from 1. The first bad cell rejects the whole file.
 */
export function parseRemovalReport(file: string, content: Uint8Array): Result<RemovalReport, ImportError> {
  const text = decodeUtf8(file, content);
  if (!text.ok) return text;
  const table = parseCsvTable(file, text.value, { delimiter: '\t', quoted: false });
  if (!table.ok) return table;

  if (hasColumn(table.value.header, removalShipmentColumns.trackingNumber)) {
    const columns = mapColumns(file, table.value.header, removalShipmentColumns, {
      required: ['orderId', 'sku', 'fnsku', 'shippedQuantity', 'trackingNumber'],
      rejectUnknown: false,
    });
    if (!columns.ok) return columns;
    const rows: RemovalShipmentRow[] = [];
    for (const record of table.value.records) {
      const row = readShipmentRow(new RecordReader(file, record, columns.value));
      if (!row.ok) return row;
      rows.push(row.value);
    }
    return rows.length === 0 ? err(importError('import-empty', 'empty', { file })) : ok({ kind: 'removal-shipments', rows });
  }

  const columns = mapColumns(file, table.value.header, removalOrderColumns, { required: ['orderId', 'sku', 'fnsku', 'requestedQuantity'], rejectUnknown: false });
  if (!columns.ok) return columns;
  const rows: RemovalOrderRow[] = [];
  for (const record of table.value.records) {
    const row = readOrderRow(new RecordReader(file, record, columns.value));
    if (!row.ok) return row;
    rows.push(row.value);
  }
  return rows.length === 0 ? err(importError('import-empty', 'empty', { file })) : ok({ kind: 'removal-orders', rows });
}
