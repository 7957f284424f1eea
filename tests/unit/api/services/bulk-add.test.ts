import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../main/api/create-services';
import { dispatch } from '../../../../main/api/dispatch';
import type { StationContext } from '../../../../main/api/station-context';
import { insertProduct } from '../../../../main/store/products';
import { ensureStation } from '../../../../main/store/station';
import { countEvents, createPackingFixture, productFields } from '../../../support/packing-fixture';
import { signInTestOperator } from '../../../support/operators';
import { useTempDir } from '../../../support/temp-dir';

type CallOutcome = { ok: boolean; value?: any; error?: any };

function bulkStation(dir: string) {
  const fixture = createPackingFixture(dir);
  // A product without a serial pattern, for the literal serials of the field case.
  const cableId = insertProduct(fixture.db, fixture.clientId, productFields('CABLE-3'), '2026-01-05T08:00:00.000Z');
  const context: StationContext = {
    db: fixture.db,
    stationId: ensureStation(fixture.db).id,
    dataDir: dir,
    labelsDir: join(dir, 'labels'),
    transport: 'browser',
    appVersion: '0.1.0-test',
  };
  const services = createServices(context);
  const call = async (channel: string, payload: unknown): Promise<CallOutcome> => (await dispatch(services, channel, payload)) as CallOutcome;
  const signIn = async (): Promise<void> => {
    await signInTestOperator(services, fixture.db, 'Anna');
  };
  return { fixture, cableId, call, signIn };
}

describe('bulk add services', () => {
  const tempDir = useTempDir();

  it('packs R24 literal serials', async () => {
    const { fixture, cableId, call, signIn } = bulkStation(tempDir());
    const shipmentId = fixture.addShipment('ORD-2001', [{ productId: cableId, quantity: 3 }]);
    await signIn();

    const list = await call('pack.previewSerialList', { text: 'AB-100, AB-101' });
    const single = await call('pack.previewSerialList', { text: '2P' });
    const serials = [...list.value.serials, ...single.value.serials];
    const added = await call('pack.bulkAdd', { shipmentId, productId: cableId, serials, gestureId: 'bulk-request-1' });

    expect(list.value.serials).toEqual(['AB-100', 'AB-101']);
    expect(single.value.serials).toEqual(['2P']);
    expect(added.value.results.map((result: any) => [result.serial, result.verdict.outcome])).toEqual([
      ['AB-100', 'accepted'],
      ['AB-101', 'accepted'],
      ['2P', 'accepted'],
    ]);
    expect(added.value.view.openCartonUnits.map((unit: any) => unit.serial).sort()).toEqual(['2P', 'AB-100', 'AB-101']);
    expect(added.value.view.lines[0].quantityPacked).toBe(3);
  });

  it('previews the R24 range', async () => {
    const { call, signIn } = bulkStation(tempDir());
    await signIn();

    const preview = await call('pack.previewSerialRange', { start: 'SN000460', end: 'SN000464' });
    const mismatch = await call('pack.previewSerialRange', { start: 'SN000460', end: 'SX000464' });
    const reversed = await call('pack.previewSerialRange', { start: 'SN000464', end: 'SN000460' });
    const tooLarge = await call('pack.previewSerialRange', { start: 'SN000001', end: 'SN009999' });

    expect(preview.value.serials).toEqual(['SN000460', 'SN000461', 'SN000462', 'SN000463', 'SN000464']);
    expect(mismatch.error).toEqual({
      code: 'bulk-range-prefix-mismatch',
      message: { key: 'pack:bulk.error.range-prefix-mismatch', params: { startPrefix: 'SN', endPrefix: 'SX' } },
    });
    expect(reversed.error.code).toBe('bulk-range-reversed');
    expect(tooLarge.error).toMatchObject({ code: 'bulk-range-too-large', message: { params: { count: '9999', max: 500 } } });
  });

  it('writes nothing on preview', async () => {
    const { fixture, call, signIn } = bulkStation(tempDir());
    fixture.addShipment('ORD-2001', [{ productId: fixture.cameraId, quantity: 3 }]);
    await signIn();
    const eventsBefore = countEvents(fixture.db);

    await call('pack.previewSerialRange', { start: 'SN000460', end: 'SN000464' });
    await call('pack.previewSerialList', { text: 'SN000460, SN000461' });

    expect(countEvents(fixture.db)).toBe(eventsBefore);
    expect(fixture.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM scan_gestures').get()?.n).toBe(0);
  });

  it('applies packing rules per serial', async () => {
    const { fixture, call, signIn } = bulkStation(tempDir());
    const shipmentId = fixture.addShipment('ORD-2001', [{ productId: fixture.cameraId, quantity: 3 }]);
    await signIn();
    await call('pack.scan', { shipmentId, raw: 'SN000460', gestureId: 'scan-gesture-1', source: 'keyboard' });

    const request = { shipmentId, productId: fixture.cameraId, serials: ['SN000460', 'SN000461', 'AB-100', 'SN000462', 'SN000463'], gestureId: 'bulk-request-1' };
    const added = await call('pack.bulkAdd', request);
    const eventsAfterFirst = countEvents(fixture.db);
    const repeated = await call('pack.bulkAdd', request);

    const verdicts = added.value.results.map((result: any) => [result.serial, result.verdict.outcome, result.verdict.code, result.verdict.message.key]);
    expect(verdicts).toEqual([
      ['SN000460', 'rejected', 'duplicate-in-carton', 'pack:verdict.duplicate-in-carton.message'],
      ['SN000461', 'accepted', 'unit-packed', 'pack:verdict.unit-packed.message'],
      ['AB-100', 'rejected', 'serial-pattern-mismatch', 'pack:verdict.serial-pattern-mismatch.message'],
      ['SN000462', 'accepted', 'unit-packed', 'pack:verdict.unit-packed.message'],
      ['SN000463', 'rejected', 'over-pack', 'pack:verdict.over-pack.message'],
    ]);
    expect(repeated.value.results.every((result: any) => result.verdict.replayed === true)).toBe(true);
    expect(repeated.value.results.map((result: any) => result.verdict.code)).toEqual(verdicts.map((verdict: string[]) => verdict[2]));
    expect(countEvents(fixture.db)).toBe(eventsAfterFirst);
    expect(countEvents(fixture.db, 'unit-packed')).toBe(3);
    expect(repeated.value.view.lines[0].quantityPacked).toBe(3);
  });

  it('requires sign-in for bulk add', async () => {
    const { fixture, call } = bulkStation(tempDir());
    const shipmentId = fixture.addShipment('ORD-2001', [{ productId: fixture.cameraId, quantity: 3 }]);

    const added = await call('pack.bulkAdd', { shipmentId, productId: fixture.cameraId, serials: ['SN000460'], gestureId: 'bulk-request-1' });

    expect(added.error.code).toBe('operator-not-signed-in');
    expect(countEvents(fixture.db, 'unit-packed')).toBe(0);
  });

  it('rejects oversized or empty requests', async () => {
    const { fixture, call, signIn } = bulkStation(tempDir());
    const shipmentId = fixture.addShipment('ORD-2001', [{ productId: fixture.cameraId, quantity: 3 }]);
    await signIn();
    const tooMany = Array.from({ length: 501 }, (_, index) => `SN${String(index).padStart(6, '0')}`);

    const oversized = await call('pack.bulkAdd', { shipmentId, productId: fixture.cameraId, serials: tooMany, gestureId: 'bulk-request-1' });
    const empty = await call('pack.bulkAdd', { shipmentId, productId: fixture.cameraId, serials: [], gestureId: 'bulk-request-2' });
    const blank = await call('pack.bulkAdd', { shipmentId, productId: fixture.cameraId, serials: ['  '], gestureId: 'bulk-request-3' });

    expect(oversized.ok).toBe(false);
    expect(empty.ok).toBe(false);
    expect(blank.error.code).toBe('bulk-invalid-serial');
    expect(countEvents(fixture.db, 'unit-packed')).toBe(0);
  });
});
