import { readFileSync } from 'node:fs';
import { amazonFixture } from './amazon-fixtures';

export const orderReportName = 'GET_FBA_FULFILLMENT_REMOVAL_ORDER_DETAIL_DATA.csv';
export const shipmentReportName = 'GET_FBA_FULFILLMENT_REMOVAL_SHIPMENT_DETAIL_DATA.csv';

/** Writes a report in the column layout of the named fixture, filling the given cells and leaving the rest empty. */
export function reportLike(fixtureName: string, rows: ReadonlyArray<Readonly<Record<string, string>>>): Buffer {
  const header = readFileSync(amazonFixture(fixtureName), 'utf8').split('\n')[0] ?? '';
  const columns = header.split('\t');
  const lines = rows.map((row) => columns.map((column) => row[column] ?? '').join('\t'));
  return Buffer.from(`${[header, ...lines].join('\n')}\n`);
}

export const orderRow = {
  'request-date': '2026-01-02T10:00:00+00:00',
  'order-id': 'RMV-1001',
  'order-type': 'Return',
  'order-status': 'Completed',
  sku: 'CAM-1',
  fnsku: 'X00ABC1234',
  disposition: 'Unsellable',
  'requested-quantity': '3',
  'shipped-quantity': '3',
};

export const shipmentRow = {
  'request-date': '2026-01-02T10:00:00+00:00',
  'order-id': 'RMV-1001',
  'shipment-date': '2026-01-04T15:00:00+00:00',
  sku: 'CAM-1',
  fnsku: 'X00ABC1234',
  disposition: 'Unsellable',
  'shipped-quantity': '2',
  carrier: 'UPS',
  'tracking-number': '1Z999AA10123456784',
  'removal-order-type': 'Return',
};
