import { hasColumn } from '../imports/headers';
import { myiColumns } from './myi-report';
import { removalOrderColumns, removalShipmentColumns } from './removal-reports';

/** Amazon seller reports that the FBA importers read, told apart by their header row. */
export type AmazonFbaReportKind = 'manage-inventory' | 'removal-orders' | 'removal-shipments' | 'customer-returns';

/**
 * Returns which Amazon FBA report a tab-separated file is, from its first line, or null for any
 * other file. Customer returns are recognised only so an import can say where they belong.
 */
export function detectAmazonFbaReport(content: Uint8Array): AmazonFbaReportKind | null {
  const firstLine = new TextDecoder('utf-8').decode(content.subarray(0, 4096)).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes('\t')) {
    return null;
  }

  const header = firstLine.split('\t');
  if (hasColumn(header, ['license-plate-number']) || hasColumn(header, ['detailed-disposition'])) {
    return 'customer-returns';
  }
  if (hasColumn(header, removalShipmentColumns.trackingNumber) && hasColumn(header, removalShipmentColumns.shipmentDate)) {
    return 'removal-shipments';
  }
  if (hasColumn(header, removalOrderColumns.orderType) && hasColumn(header, removalOrderColumns.requestedQuantity)) {
    return 'removal-orders';
  }
  if (hasColumn(header, myiColumns.fnsku) && hasColumn(header, myiColumns.condition) && !hasColumn(header, ['order-id'])) {
    return 'manage-inventory';
  }
  return null;
}
