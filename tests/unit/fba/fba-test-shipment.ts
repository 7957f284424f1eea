import { createPackingFixture, type PackingFixture } from '../../support/packing-fixture';
import { insertShipment } from '../../../main/store/shipment-imports';

export const cameraGtin = '09506000123455';
export const lensGtin = '09506000134352';

/** A packing fixture whose camera and lens carry FNSKUs, with an open FBA shipment to pack. */
export interface FbaFixture extends PackingFixture {
  readonly shipmentId: number;
  /** Scans a camera or lens unit by GTIN and serial into the open box, failing on a refusal. */
  packUnit(gtin: string, serial: string): void;
}

export function createFbaFixture(dir: string, fbaShipmentId = 'FBA15ABCDE12'): FbaFixture {
  const fixture = createPackingFixture(dir);
  fixture.db.prepare("UPDATE products SET fnsku = 'X00ABC1234' WHERE sku = 'CAM-1'").run();
  fixture.db.prepare("UPDATE products SET fnsku = 'X002K3ZQ9L' WHERE sku = 'LENS-2'").run();
  const shipmentId = insertShipment(
    fixture.db,
    {
      clientId: fixture.clientId,
      reference: fbaShipmentId,
      source: 'test',
      kind: 'fba-inbound',
      shipTo: { name: 'Amazon EU', company: '', lines: ['Amazonstraße 1'], postcode: '04347', city: 'Leipzig', region: '', country: 'DE', phone: '' },
      lines: [
        { productId: fixture.cameraId, quantity: 50 },
        { productId: fixture.lensId, quantity: 50 },
      ],
    },
    '2026-01-05T08:00:00.000Z',
  );
  return {
    ...fixture,
    shipmentId,
    packUnit: (gtin, serial) => {
      const verdict = fixture.scan(shipmentId, `(01)${gtin}(21)${serial}`);
      if (verdict.outcome !== 'accepted') {
        throw new Error(`scan of ${serial} was not accepted: ${JSON.stringify(verdict)}`);
      }
    },
  };
}
