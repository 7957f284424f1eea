import { describe, expect, it } from 'vitest';
import { recordScan } from '../../../main/packing/scan-pipeline';
import { decodeOptionsFor } from '../../../main/settings/scan-decode-options';
import { stationSettingsSchema } from '../../../main/settings/station-settings-schema';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

const pipeSubstitute = stationSettingsSchema.parse({ wedge: { gsSubstitute: '|' } });

describe('decodeOptionsFor', () => {
  const tempDir = useTempDir();

  it('passes the GS substitute for keyboard scans', () => {
    expect(decodeOptionsFor(pipeSubstitute, 'keyboard')).toEqual({ gsSubstitute: '|' });
  });

  it('leaves HID scans untouched', () => {
    expect(decodeOptionsFor(pipeSubstitute, 'hid')).toEqual({});
  });

  it('splits lot and serial at the substitute', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('SO-GS', [{ productId: fixture.cameraId, quantity: 1 }]);
    const raw = '010950600012345510LOT7A|21SN000451';

    const verdict = recordScan(fixture.db, fixture.actor, { shipmentId, raw, gestureId: 'gesture-gs-0001', source: 'keyboard' }, decodeOptionsFor(pipeSubstitute, 'keyboard'));

    expect(verdict.ok && verdict.value.outcome).toBe('accepted');
    const unit = fixture.db.prepare<[], { serial: string; lot: string | null }>('SELECT serial, lot FROM units').get();
    expect(unit).toEqual({ serial: 'SN000451', lot: 'LOT7A' });
  });
});
