import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../main/api/create-services';
import { dispatch } from '../../../main/api/dispatch';
import { createStationSession } from '../../../main/api/services/service-support';
import type { StationContext } from '../../../main/api/station-context';
import { updateOperatorAccess } from '../../../main/store/operators';
import { ensureStation } from '../../../main/store/station';
import { addTestOperator, signInTestOperator, testPin } from '../../support/operators';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

type Outcome = { ok: boolean; value?: any; error?: any };

function station(dir: string, now: () => number = Date.now) {
  const fixture = createPackingFixture(dir);
  const context: StationContext = {
    db: fixture.db,
    stationId: ensureStation(fixture.db).id,
    dataDir: dir,
    labelsDir: join(dir, 'labels'),
    transport: 'browser',
    appVersion: '0.1.0-test',
  };
  const services = createServices(context, createStationSession(now()), { now });
  const call = async (channel: string, payload: unknown): Promise<Outcome> => (await dispatch(services, channel, payload)) as Outcome;
  return { fixture, context, services, call };
}

/** Lists a valid request for each channel that needs a supervisor or admin. */
function privilegedRequests(packerId: number): ReadonlyArray<[string, unknown]> {
  return [
    ['operators.list', {}],
    ['operators.create', { name: 'Nina', role: 'packer', pin: '5555' }],
    ['operators.update', { operatorId: packerId, role: 'prep', active: true }],
    ['operators.setPin', { operatorId: packerId, pin: '7777' }],
    ['operators.issueBadge', { operatorId: packerId }],
    ['operators.setIdleLock', { seconds: 600 }],
    ['station.loadDemo', {}],
  ];
}

describe('permission guard', () => {
  const tempDir = useTempDir();

  it('rejects signed-in channels before sign-in', async () => {
    const { call } = station(tempDir());

    for (const [channel, payload] of [['shipments.list', {}], ['units.lookup', { serial: 'SN000451' }], ['station.loadDemo', {}], ['clients.list', {}]] as const) {
      const outcome = await call(channel, payload);
      expect(outcome.error?.code, channel).toBe('operator-not-signed-in');
    }
    expect((await call('station.info', {})).ok).toBe(true);
  });

  it('refuses each privileged channel for a packer', async () => {
    const { fixture, services, call } = station(tempDir());
    const packer = await signInTestOperator(services, fixture.db, 'Anna', 'packer');

    for (const [channel, payload] of privilegedRequests(packer.id)) {
      const outcome = await call(channel, payload);
      expect(outcome.error?.code, channel).toBe('permission-denied');
    }
  });

  it('allows each privileged channel for a supervisor', async () => {
    const { fixture, services, call } = station(tempDir());
    const packer = await addTestOperator(fixture.db, 'Anna', 'packer');
    await signInTestOperator(services, fixture.db, 'Sam', 'supervisor');

    for (const [channel, payload] of privilegedRequests(packer.id)) {
      const outcome = await call(channel, payload);
      expect(outcome.ok, `${channel}: ${JSON.stringify(outcome.error)}`).toBe(true);
    }
  });

  it('applies a role change on the next request', async () => {
    const { fixture, services, call } = station(tempDir());
    const sam = await signInTestOperator(services, fixture.db, 'Sam', 'supervisor');

    const before = await call('operators.list', {});
    updateOperatorAccess(fixture.db, sam.id, { role: 'packer', active: true });
    const demoted = await call('operators.list', {});
    updateOperatorAccess(fixture.db, sam.id, { role: 'packer', active: false });
    const deactivated = await call('shipments.list', {});

    expect(before.ok).toBe(true);
    expect(demoted.error.code).toBe('permission-denied');
    expect(deactivated.error.code).toBe('operator-not-signed-in');
  });

  it('signs out after the idle lock', async () => {
    let now = Date.parse('2026-03-02T08:00:00.000Z');
    const { fixture, services, call } = station(tempDir(), () => now);
    await signInTestOperator(services, fixture.db, 'Anna');

    now += 299_000;
    const active = await call('shipments.list', {});
    now += 300_001;
    const idle = await call('shipments.list', {});
    const session = await call('operator.session', {});

    expect(active.ok).toBe(true);
    expect(idle.error.code).toBe('operator-not-signed-in');
    expect(session.value).toMatchObject({ operator: null, idleLockSeconds: 300 });
  });

  it('uses the configured idle lock', async () => {
    let now = Date.parse('2026-03-02T08:00:00.000Z');
    const { fixture, services, call } = station(tempDir(), () => now);
    await signInTestOperator(services, fixture.db, 'Sam', 'supervisor');

    await call('operators.setIdleLock', { seconds: 60 });
    now += 61_000;
    const idle = await call('operators.list', {});

    expect(idle.error.code).toBe('operator-not-signed-in');
  });

  it('switches operator with a second sign-in', async () => {
    const { fixture, services, call } = station(tempDir());
    await signInTestOperator(services, fixture.db, 'Anna');
    await addTestOperator(fixture.db, 'Ben', 'prep');

    const wrong = await call('operator.signIn', { name: 'Ben', pin: '0000' });
    const stillAnna = await call('operator.session', {});
    const switched = await call('operator.signIn', { name: 'Ben', pin: testPin });

    expect(wrong.error.code).toBe('credentials-invalid');
    expect(stillAnna.value.operator.name).toBe('Anna');
    expect(switched.value).toMatchObject({ name: 'Ben', role: 'prep' });
  });
});

describe('reopening a finished carton', () => {
  const tempDir = useTempDir();

  async function finishedShipment(role: 'packer' | 'supervisor') {
    const { fixture, services, call } = station(tempDir());
    const shipmentId = fixture.addShipment('ORD-4001', [{ productId: fixture.cameraId, quantity: 1 }]);
    await signInTestOperator(services, fixture.db, 'Anna', role);
    await call('pack.scan', { shipmentId, raw: '(01)09506000123455(21)SN000451', gestureId: 'gesture-finish-1', source: 'keyboard' });
    await call('pack.closeCarton', { shipmentId, weightGrams: 900 });
    await call('pack.finishShipment', { shipmentId });
    const cartonId = fixture.db.prepare<[], { id: number }>('SELECT id FROM cartons').get()?.id;
    return { call, cartonId };
  }

  it('refuses a packer', async () => {
    const { call, cartonId } = await finishedShipment('packer');

    const reopened = await call('pack.reopenCarton', { cartonId, reason: 'Wrong item' });

    expect(reopened.error).toMatchObject({ code: 'permission-denied', message: { params: { permission: 'carton.reopenShipped' } } });
  });

  it('reopens it for a supervisor', async () => {
    const { call, cartonId } = await finishedShipment('supervisor');

    const reopened = await call('pack.reopenCarton', { cartonId, reason: 'Wrong item' });

    expect(reopened.ok).toBe(true);
    expect(reopened.value.shipment.status).toBe('open');
  });
});
