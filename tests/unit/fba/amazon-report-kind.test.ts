import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectAmazonFbaReport } from '../../../main/fba/amazon-report-kind';

const fixtures = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'real', 'airbyte-amazon-seller-partner');

describe('detectAmazonFbaReport', () => {
  it.each([
    ['GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.csv', 'manage-inventory'],
    ['GET_FBA_FULFILLMENT_REMOVAL_ORDER_DETAIL_DATA.csv', 'removal-orders'],
    ['GET_FBA_FULFILLMENT_REMOVAL_SHIPMENT_DETAIL_DATA.csv', 'removal-shipments'],
    ['GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.csv', 'customer-returns'],
    ['GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING.csv', null],
  ])('reads %s as %s', (file, kind) => {
    expect(detectAmazonFbaReport(readFileSync(join(fixtures, file)))).toBe(kind);
  });

  it('ignores comma-separated files', () => {
    expect(detectAmazonFbaReport(Buffer.from('sku,fnsku,condition\nA,X00ABC1234,New\n'))).toBeNull();
  });
});
