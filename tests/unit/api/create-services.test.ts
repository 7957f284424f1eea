import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../main/api/create-services';
import { dispatch } from '../../../main/api/dispatch';
import type { StationContext } from '../../../main/api/station-context';
import { err, ok } from '../../../main/core/result';
import { ensureStation } from '../../../main/store/station';
import { createPackingFixture } from '../../support/packing-fixture';
import { addTestOperator, signInTestOperator, testPin } from '../../support/operators';
import { useTempDir } from '../../support/temp-dir';

function stationContext(dir: string, overrides: Partial<StationContext> = {}): { context: StationContext; fixture: ReturnType<typeof createPackingFixture> } {
  const fixture = createPackingFixture(dir);
  const context: StationContext = {
    db: fixture.db,
    stationId: ensureStation(fixture.db).id,
    dataDir: dir,
    labelsDir: join(dir, 'labels'),
    transport: 'browser',
    appVersion: '0.1.0-test',
    ...overrides,
  };
  return { context, fixture };
}

async function call(services: ReturnType<typeof createServices>, channel: string, payload: unknown): Promise<{ ok: boolean; value?: any; error?: any }> {
  return (await dispatch(services, channel, payload)) as { ok: boolean; value?: any; error?: any };
}

describe('createServices', () => {
  const tempDir = useTempDir();

  it('reports station info and sign-in', async () => {
    const { context } = stationContext(tempDir());
    const services = createServices(context);

    await addTestOperator(context.db, 'Anna');
    const before = await call(services, 'station.info', {});
    const signIn = await call(services, 'operator.signIn', { name: '  anna ', pin: testPin });
    const after = await call(services, 'station.info', {});

    expect(before.value).toMatchObject({ stationName: 'bench-1', storeIsEmpty: false, operator: null, canPrint: false, transport: 'browser' });
    expect(signIn.value).toMatchObject({ name: 'Anna', role: 'packer' });
    expect(after.value.operator).toEqual({ operatorId: signIn.value.operatorId, name: 'Anna' });
  });

  it('requires sign-in before packing', async () => {
    const { context, fixture } = stationContext(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    const services = createServices(context);

    const scan = await call(services, 'pack.scan', { shipmentId, raw: 'SN000451', gestureId: 'gesture-0001', source: 'keyboard' });

    expect(scan).toMatchObject({ ok: false, error: { code: 'operator-not-signed-in', message: { key: 'pack:error.operator-not-signed-in' } } });
  });

  it('packs, closes and finishes a shipment', async () => {
    const { context, fixture } = stationContext(tempDir());
    fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    const services = createServices(context);
    await signInTestOperator(services, context.db, 'Anna');

    const opened = await call(services, 'shipments.open', { reference: ' ORD-1001 ' });
    const shipmentId = opened.value.shipment.shipmentId as number;
    const scan = await call(services, 'pack.scan', { shipmentId, raw: 'SN000451', gestureId: 'gesture-0001', source: 'keyboard' });
    const replay = await call(services, 'pack.scan', { shipmentId, raw: 'SN000451', gestureId: 'gesture-0001', source: 'keyboard' });
    const closed = await call(services, 'pack.closeCarton', { shipmentId, weightGrams: 1250 });
    const finished = await call(services, 'pack.finishShipment', { shipmentId });
    const list = await call(services, 'shipments.list', {});
    const lookup = await call(services, 'units.lookup', { serial: 'SN000451' });

    expect(scan.value.verdict).toMatchObject({ outcome: 'accepted', code: 'unit-packed-new-carton', replayed: false });
    expect(scan.value.view.openCartonUnits).toHaveLength(1);
    expect(replay.value.verdict.replayed).toBe(true);
    expect(closed.value.label.fileName).toBe('carton-109506000000000016.pdf');
    expect(existsSync(closed.value.label.path)).toBe(true);
    expect(readFileSync(closed.value.label.path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(finished.value.shipment.status).toBe('finished');
    expect(list.value[0]).toMatchObject({ reference: 'ORD-1001', status: 'finished', unitsExpected: 1, unitsPacked: 1 });
    expect(lookup.value[0].timeline.map((entry: { type: string }) => entry.type)).toEqual(['unit-packed', 'unit-shipped']);
  });

  it('returns refusals as service errors', async () => {
    const { context, fixture } = stationContext(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    const services = createServices(context);
    await signInTestOperator(services, context.db, 'Anna');

    const close = await call(services, 'pack.closeCarton', { shipmentId, weightGrams: 100 });
    const finish = await call(services, 'pack.finishShipment', { shipmentId });
    const missing = await call(services, 'shipments.open', { reference: 'ORD-9999' });

    expect(close.error).toMatchObject({ code: 'no-open-carton', message: { key: 'pack:verdict.no-open-carton.message' } });
    expect(finish.error.code).toBe('lines-incomplete');
    expect(missing.error).toMatchObject({ code: 'shipment-not-found', message: { params: { reference: 'ORD-9999' } } });
  });

  it('prints through the context printer', async () => {
    const printed: string[] = [];
    const { context, fixture } = stationContext(tempDir(), {
      printCartonLabel: (path) => {
        printed.push(path);
        return Promise.resolve(printed.length === 1 ? ok(undefined) : err({ code: 'print-failed', detail: 'paper out' }));
      },
    });
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    const services = createServices(context);
    await signInTestOperator(services, context.db, 'Anna');
    await call(services, 'pack.scan', { shipmentId, raw: 'SN000451', gestureId: 'gesture-0001', source: 'keyboard' });
    const cartonId = fixture.db.prepare<[], { id: number }>('SELECT id FROM cartons').get()?.id;

    const first = await call(services, 'labels.printCarton', { cartonId });
    const second = await call(services, 'labels.printCarton', { cartonId });

    expect(first.value).toEqual({ printed: true });
    expect(printed[0]).toMatch(/carton-109506000000000016\.pdf$/);
    expect(second.error).toMatchObject({ code: 'print-failed', message: { params: { detail: 'paper out' } } });
  });

  it('reports print-unavailable without printer', async () => {
    const { context } = stationContext(tempDir());

    const services = createServices(context);
    await signInTestOperator(services, context.db, 'Anna');

    const result = await call(services, 'labels.printCarton', { cartonId: 1 });

    expect(result.error.code).toBe('print-unavailable');
  });

  it('writes the command sheet PDF', async () => {
    const { context } = stationContext(tempDir(), { labelLanguage: 'de' });

    const services = createServices(context);
    await signInTestOperator(services, context.db, 'Anna');

    const sheet = await call(services, 'labels.commandSheet', {});

    expect(sheet.value.fileName).toBe('command-sheet-de.pdf');
    expect(Buffer.from(sheet.value.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
