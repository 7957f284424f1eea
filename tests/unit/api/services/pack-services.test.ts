import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../main/api/create-services';
import { dispatch } from '../../../../main/api/dispatch';
import { createStationSession } from '../../../../main/api/services/service-support';
import type { StationContext } from '../../../../main/api/station-context';
import type { OperatorRole } from '../../../../main/operators/roles';
import { listAllEvents } from '../../../../main/store/events';
import { ensureStation } from '../../../../main/store/station';
import { runCliCaptured } from '../../../support/cli';
import { addTestOperator, signInTestOperator, testPin } from '../../../support/operators';
import { createPackingFixture } from '../../../support/packing-fixture';
import { useTempDir } from '../../../support/temp-dir';

type Outcome = { ok: boolean; value?: any; error?: any };

/** Packs two cameras into carton 1 and one into carton 2 of ORD-4001, closes both and finishes the shipment. */
async function finishedShipment(dir: string, role: OperatorRole) {
  const fixture = createPackingFixture(dir);
  const context: StationContext = {
    db: fixture.db,
    stationId: ensureStation(fixture.db).id,
    dataDir: dir,
    labelsDir: join(dir, 'labels'),
    transport: 'browser',
    appVersion: '0.1.0-test',
  };
  const services = createServices(context, createStationSession(Date.now()), { now: Date.now });
  const call = async (channel: string, payload: unknown): Promise<Outcome> => (await dispatch(services, channel, payload)) as Outcome;
  const shipmentId = fixture.addShipment('ORD-4001', [{ productId: fixture.cameraId, quantity: 3 }]);
  const operator = await signInTestOperator(services, fixture.db, 'Vera', role);

  const scan = (serial: string) => call('pack.scan', { shipmentId, raw: `(01)09506000123455(21)${serial}`, gestureId: `gesture-${serial}`, source: 'keyboard' });
  await scan('SN000451');
  await scan('SN000452');
  expect((await call('pack.closeCarton', { shipmentId, weightGrams: 1800 })).ok).toBe(true);
  await scan('SN000453');
  expect((await call('pack.closeCarton', { shipmentId, weightGrams: 900 })).ok).toBe(true);
  expect((await call('pack.finishShipment', { shipmentId })).ok).toBe(true);

  const cartonId = fixture.db.prepare<[], { id: number }>('SELECT id FROM cartons WHERE number = 1').get()?.id;
  const firstNewSeq = listAllEvents(fixture.db).length + 1;
  return { fixture, services, call, shipmentId, cartonId, operator, firstNewSeq };
}

describe('pack.reopenCarton on a finished shipment', () => {
  const tempDir = useTempDir();

  it('rejects a packer and writes nothing', async () => {
    const { fixture, call, cartonId, firstNewSeq } = await finishedShipment(tempDir(), 'packer');

    const reopened = await call('pack.reopenCarton', { cartonId, reason: 'Wrong colour packed' });

    expect(reopened.error).toMatchObject({ code: 'permission-denied', message: { params: { permission: 'carton.reopenShipped' } } });
    expect(listAllEvents(fixture.db)).toHaveLength(firstNewSeq - 1);
    expect(fixture.db.prepare('SELECT status FROM shipments').get()).toEqual({ status: 'finished' });
  });

  it('reopens for a supervisor', async () => {
    const { call, cartonId, shipmentId } = await finishedShipment(tempDir(), 'supervisor');

    const reopened = await call('pack.reopenCarton', { cartonId, reason: 'Wrong colour packed' });

    expect(reopened.ok).toBe(true);
    expect(reopened.value.shipment).toMatchObject({ shipmentId, status: 'open' });
    expect(reopened.value.openCarton).toMatchObject({ cartonId, number: 1, status: 'open', weightGrams: null, unitCount: 2 });
  });

  it('records one event per change', async () => {
    const { fixture, call, cartonId, shipmentId, operator, firstNewSeq } = await finishedShipment(tempDir(), 'supervisor');

    await call('pack.reopenCarton', { cartonId, reason: 'Wrong colour packed' });

    const added = listAllEvents(fixture.db).filter((event) => event.seq >= firstNewSeq);
    expect(added.map((event) => event.type)).toEqual(['shipment-reopened', 'unit-unshipped', 'unit-unshipped', 'carton-reopened']);
    for (const event of added) {
      expect(event.operatorId, event.type).toBe(operator.id);
      expect(event.shipmentId, event.type).toBe(shipmentId);
      expect(event.cartonId, event.type).toBe(cartonId);
      expect(JSON.parse(event.payload).reason, event.type).toBe('Wrong colour packed');
    }
    expect(JSON.parse(added[0]?.payload ?? '{}')).toMatchObject({ reference: 'ORD-4001', previousStatus: 'finished', cartonNumber: 1 });
    expect(added.slice(1, 3).map((event) => JSON.parse(event.payload).serial)).toEqual(['SN000451', 'SN000452']);
  });

  it('puts shipment, carton and units back', async () => {
    const { fixture, call, cartonId } = await finishedShipment(tempDir(), 'supervisor');

    await call('pack.reopenCarton', { cartonId, reason: 'Wrong colour packed' });

    expect(fixture.db.prepare('SELECT status, finished_at FROM shipments').get()).toEqual({ status: 'open', finished_at: null });
    expect(fixture.db.prepare('SELECT number, status, weight_grams FROM cartons ORDER BY number').all()).toEqual([
      { number: 1, status: 'open', weight_grams: null },
      { number: 2, status: 'closed', weight_grams: 900 },
    ]);
    expect(fixture.db.prepare('SELECT serial, status FROM units ORDER BY serial').all()).toEqual([
      { serial: 'SN000451', status: 'packed' },
      { serial: 'SN000452', status: 'packed' },
      { serial: 'SN000453', status: 'shipped' },
    ]);
  });

  it('lets the supervisor repack and finish', async () => {
    const { fixture, call, cartonId, shipmentId } = await finishedShipment(tempDir(), 'supervisor');
    await call('pack.reopenCarton', { cartonId, reason: 'Wrong colour packed' });
    const unitId = fixture.db.prepare<[], { id: number }>(`SELECT id FROM units WHERE serial = 'SN000452'`).get()?.id;

    const removed = await call('pack.removeUnit', { shipmentId, unitId, reason: 'Wrong colour' });
    const packed = await call('pack.scan', { shipmentId, raw: '(01)09506000123455(21)SN000454', gestureId: 'gesture-SN000454', source: 'keyboard' });
    const closed = await call('pack.closeCarton', { shipmentId, weightGrams: 1750 });
    const finished = await call('pack.finishShipment', { shipmentId });

    expect(removed.ok).toBe(true);
    expect(packed.value.verdict.outcome).toBe('accepted');
    expect(closed.ok).toBe(true);
    expect(finished.ok).toBe(true);
    expect(fixture.db.prepare('SELECT serial, status FROM units ORDER BY serial').all()).toEqual([
      { serial: 'SN000451', status: 'shipped' },
      { serial: 'SN000452', status: 'in-stock' },
      { serial: 'SN000453', status: 'shipped' },
      { serial: 'SN000454', status: 'shipped' },
    ]);
  });

  it('keeps the history chain intact', async () => {
    const dir = tempDir();
    const { fixture, call, cartonId } = await finishedShipment(dir, 'admin');
    await call('pack.reopenCarton', { cartonId, reason: 'Wrong colour packed' });
    fixture.db.close();

    const run = await runCliCaptured(['--data-dir', dir, 'verify-history']);

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^History intact: /);
  });

  it('rejects a packer after switching', async () => {
    const { fixture, call, cartonId } = await finishedShipment(tempDir(), 'supervisor');
    await addTestOperator(fixture.db, 'Piotr', 'packer');
    await call('operator.signIn', { name: 'Piotr', pin: testPin });

    const reopened = await call('pack.reopenCarton', { cartonId, reason: 'Wrong colour packed' });

    expect(reopened.error?.code).toBe('permission-denied');
  });
});
