import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../main/api/create-services';
import { dispatch } from '../../../../main/api/dispatch';
import { ensureStation } from '../../../../main/store/station';
import { createPackingFixture } from '../../../support/packing-fixture';
import { signInTestOperator } from '../../../support/operators';
import { useTempDir } from '../../../support/temp-dir';

type CallOutcome = { ok: boolean; value?: any; error?: any };

describe('exports.cartonManifest', () => {
  const tempDir = useTempDir();

  it('returns the manifest as base64', async () => {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.scan(shipmentId, '(01)09506000123455(21)SN000451');
    const services = createServices({ db: fixture.db, stationId: ensureStation(fixture.db).id, dataDir: dir, labelsDir: join(dir, 'labels'), transport: 'browser', appVersion: '0.1.0-test' });
    await signInTestOperator(services, fixture.db, 'Anna');

    const csv = (await dispatch(services, 'exports.cartonManifest', { shipmentId, format: 'csv' })) as CallOutcome;
    const xlsx = (await dispatch(services, 'exports.cartonManifest', { shipmentId, format: 'xlsx' })) as CallOutcome;
    const missing = (await dispatch(services, 'exports.cartonManifest', { shipmentId: 999, format: 'csv' })) as CallOutcome;

    expect(csv.value.fileName).toBe('manifest-ORD-1001.csv');
    expect(Buffer.from(csv.value.contentBase64, 'base64').toString('utf8')).toContain('"109506000000000016","CAM-1","09506000123455","SN000451"');
    expect(xlsx.value.fileName).toBe('manifest-ORD-1001.xlsx');
    expect(Buffer.from(xlsx.value.contentBase64, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    expect(missing.error.code).toBe('shipment-not-found');
  });
});
