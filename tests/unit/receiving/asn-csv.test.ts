import { describe, expect, it } from 'vitest';
import { parseAdvanceShippingNotice } from '../../../main/receiving/asn-csv';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture } from '../../support/tracking-fixture';

describe('parseAdvanceShippingNotice', () => {
  const tempDir = useTempDir();

  it('reads lines with serials', () => {
    const fixture = createTrackingFixture(tempDir());
    const text = 'Client;SKU;Quantity;Serials;Lot;Expiry\nacme;CAM-1;2;SN000001 | SN000002;L7;2027-03-31\nACME;LENS-2;5;;;\n';

    const notice = parseAdvanceShippingNotice(fixture.db, 'asn.csv', text);

    expect(notice).toEqual({
      ok: true,
      value: {
        clientId: fixture.clientId,
        clientCode: 'ACME',
        lines: [
          { productId: fixture.cameraId, sku: 'CAM-1', quantity: 2, lot: 'L7', expiry: '2027-03-31', serials: ['SN000001', 'SN000002'] },
          { productId: fixture.lensId, sku: 'LENS-2', quantity: 5, lot: null, expiry: null, serials: [] },
        ],
      },
    });
    fixture.db.close();
  });

  it.each([
    ['sku,quantity\nCAM-1,1\n', { code: 'asn-column-missing', column: 'client' }],
    ['client,sku,quantity\n', { code: 'asn-empty' }],
    ['client,sku,quantity\nNOPE,CAM-1,1\n', { code: 'asn-unknown-client', row: 2, clientCode: 'NOPE' }],
    ['client,sku,quantity\nACME,CAM-9,1\n', { code: 'asn-unknown-sku', row: 2, sku: 'CAM-9' }],
    ['client,sku,quantity\nACME,CAM-1,two\n', { code: 'asn-invalid-quantity', row: 2, value: 'two' }],
    ['client,sku,quantity,expiry\nACME,CAM-1,1,2027-02-30\n', { code: 'asn-invalid-expiry', row: 2, value: '2027-02-30' }],
  ] as const)('rejects %j', (text, error) => {
    const fixture = createTrackingFixture(tempDir());

    expect(parseAdvanceShippingNotice(fixture.db, 'asn.csv', text)).toEqual({ ok: false, error });
    fixture.db.close();
  });
});
