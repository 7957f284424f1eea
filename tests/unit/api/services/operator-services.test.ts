import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServices } from '../../../../main/api/create-services';
import { dispatch } from '../../../../main/api/dispatch';
import type { Services } from '../../../../main/api/services';
import type { StationContext } from '../../../../main/api/station-context';
import { createBadgeCode, badgeHashOf } from '../../../../main/operators/badge-code';
import { listAllEvents } from '../../../../main/store/events';
import { findCredentialsByName, setOperatorBadgeHash } from '../../../../main/store/operators';
import { ensureStation } from '../../../../main/store/station';
import { openTestStore } from '../../../support/test-store';
import { addTestOperator, signInTestOperator, testPin } from '../../../support/operators';
import { createPackingFixture } from '../../../support/packing-fixture';
import { useTempDir } from '../../../support/temp-dir';

type Outcome = { ok: boolean; value?: any; error?: any };

function contextOf(db: StationContext['db'], dir: string): StationContext {
  return { db, stationId: ensureStation(db).id, dataDir: dir, labelsDir: join(dir, 'labels'), transport: 'browser', appVersion: '0.1.0-test' };
}

function caller(services: Services) {
  return async (channel: string, payload: unknown): Promise<Outcome> => (await dispatch(services, channel, payload)) as Outcome;
}

describe('operator services', () => {
  const tempDir = useTempDir();

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('creates the first admin once', async () => {
    const dir = tempDir();
    const db = openTestStore(dir);
    const call = caller(createServices(contextOf(db, dir)));

    const before = await call('operator.session', {});
    const shortPin = await call('operator.createFirstAdmin', { name: 'Ada', pin: '12' });
    const created = await call('operator.createFirstAdmin', { name: 'Ada', pin: '13579' });
    const after = await call('operator.session', {});
    const second = await caller(createServices(contextOf(db, dir)))('operator.createFirstAdmin', { name: 'Eve', pin: '24680' });

    expect(before.value).toEqual({ operator: null, needsFirstAdmin: true, idleLockSeconds: 300 });
    expect(shortPin.error.code).toBe('pin-invalid');
    expect(created.value).toMatchObject({ name: 'Ada', role: 'admin' });
    expect(after.value).toMatchObject({ operator: { name: 'Ada', role: 'admin' }, needsFirstAdmin: false });
    expect(second.error.code).toBe('first-admin-exists');
    expect(findCredentialsByName(db, 'Ada')?.pinHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    db.close();
  });

  it('records the first admin created', async () => {
    const dir = tempDir();
    const db = openTestStore(dir);
    const call = caller(createServices(contextOf(db, dir)));

    const created = await call('operator.createFirstAdmin', { name: 'Ada', pin: '13579' });

    const events = listAllEvents(db);
    expect(events.map((event) => [event.type, event.operatorId])).toEqual([['operator-created', created.value.operatorId]]);
    expect(JSON.parse(events[0]?.payload ?? '{}')).toEqual({ operatorId: created.value.operatorId, name: 'Ada', role: 'admin' });
    expect(events[0]?.payload).not.toContain('13579');
    db.close();
  });

  it('keeps supervisors from making admins', async () => {
    const { db } = createPackingFixture(tempDir());
    const services = createServices(contextOf(db, tempDir()));
    const call = caller(services);
    const admin = await addTestOperator(db, 'Ada', 'admin');
    await signInTestOperator(services, db, 'Sam', 'supervisor');

    const makeAdmin = await call('operators.create', { name: 'Eve', role: 'admin', pin: '24680' });
    const editAdmin = await call('operators.setPin', { operatorId: admin.id, pin: '11112' });
    const makePacker = await call('operators.create', { name: 'Pia', role: 'packer', pin: '24680' });
    const duplicate = await call('operators.create', { name: 'pia', role: 'packer', pin: '24680' });

    expect(makeAdmin.error.code).toBe('permission-denied');
    expect(editAdmin.error.code).toBe('permission-denied');
    expect(makePacker.value).toMatchObject({ name: 'Pia', role: 'packer', hasPin: true, hasBadge: false });
    expect(duplicate.error.code).toBe('operator-name-taken');
    db.close();
  });

  it('keeps the last admin', async () => {
    const { db } = createPackingFixture(tempDir());
    const services = createServices(contextOf(db, tempDir()));
    const ada = await signInTestOperator(services, db, 'Ada', 'admin');

    const demoted = await caller(services)('operators.update', { operatorId: ada.id, role: 'supervisor', active: true });

    expect(demoted.error.code).toBe('last-admin');
    expect(findCredentialsByName(db, 'Ada')?.role).toBe('admin');
    db.close();
  });

  it('issues a badge that signs in', async () => {
    const { db } = createPackingFixture(tempDir());
    const supervisor = createServices(contextOf(db, tempDir()));
    const bench = caller(createServices(contextOf(db, tempDir())));
    const anna = await addTestOperator(db, 'Anna');
    await signInTestOperator(supervisor, db, 'Sam', 'supervisor');

    const issued = await caller(supervisor)('operators.issueBadge', { operatorId: anna.id });
    const signedIn = await bench('operator.signIn', { badge: issued.value.badgeCode });
    const listed = await caller(supervisor)('operators.list', {});

    expect(issued.value.badgeCode).toMatch(/^PTB/);
    expect(signedIn.value).toMatchObject({ name: 'Anna', role: 'packer' });
    expect(listed.value.find((entry: { name: string }) => entry.name === 'Anna')).toMatchObject({ hasBadge: true });
    expect(findCredentialsByName(db, 'Anna')?.badgeHash).toBe(badgeHashOf(issued.value.badgeCode));
    db.close();
  });

  it('never logs PINs it handles', async () => {
    const dir = tempDir();
    const db = openTestStore(dir);
    const services = createServices(contextOf(db, dir));
    const call = caller(services);
    const logged: string[] = [];
    const previousLevel = process.env.PACKTRACE_LOG_LEVEL;
    process.env.PACKTRACE_LOG_LEVEL = 'debug';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });

    try {
      await call('operator.createFirstAdmin', { name: 'Ada', pin: '86420' });
      const created = await call('operators.create', { name: 'Ben', role: 'packer', pin: '97531' });
      await call('operators.setPin', { operatorId: created.value.operatorId, pin: '75319' });
      await call('operator.signIn', { name: 'Ben', pin: '11223' });
      await call('operator.signIn', { name: 'Ben', pin: '75319' });
      await call('operators.create', { name: 'Cy', role: 'packer', pin: '12x45' });
    } finally {
      if (previousLevel === undefined) {
        delete process.env.PACKTRACE_LOG_LEVEL;
      } else {
        process.env.PACKTRACE_LOG_LEVEL = previousLevel;
      }
    }

    const output = logged.join('');
    expect(output).toContain('operator PIN set');
    expect(output).toContain('wrong PIN');
    for (const pin of ['86420', '97531', '75319', '11223', '12x45']) {
      expect(output).not.toContain(pin);
    }
    db.close();
  });

  it('adds the demo operators with the demo data', async () => {
    const dir = tempDir();
    const db = openTestStore(dir);
    const services = createServices(contextOf(db, dir));
    await caller(services)('operator.createFirstAdmin', { name: 'Ada', pin: '13579' });

    const loaded = await caller(services)('station.loadDemo', {});
    const names = await caller(services)('operator.names', {});
    const bench = caller(createServices(contextOf(db, dir)));
    const packer = await bench('operator.signIn', { name: 'Demo Packer', pin: '1111' });

    expect(loaded.ok).toBe(true);
    expect(names.value).toEqual(['Ada', 'Demo Packer', 'Demo Supervisor']);
    expect(packer.value).toMatchObject({ name: 'Demo Packer', role: 'packer' });
    db.close();
  });
});

describe('supervisor override', () => {
  const tempDir = useTempDir();

  async function refusedPatternScan() {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    const shipmentId = fixture.addShipment('ORD-3001', [{ productId: fixture.cameraId, quantity: 1 }]);
    const services = createServices(contextOf(fixture.db, dir));
    const call = caller(services);
    await signInTestOperator(services, fixture.db, 'Anna', 'packer');
    await addTestOperator(fixture.db, 'Sam', 'supervisor');
    const refused = await call('pack.scan', { shipmentId, raw: '(01)09506000123455(21)BADSERIAL', gestureId: 'gesture-refused-1', source: 'keyboard' });
    return { fixture, shipmentId, call, refused };
  }

  it('packs a pattern mismatch with a supervisor PIN', async () => {
    const { fixture, shipmentId, call, refused } = await refusedPatternScan();

    const overridden = await call('pack.override', {
      shipmentId,
      refusedGestureId: 'gesture-refused-1',
      gestureId: 'gesture-override-1',
      reason: 'Old label format, checked by hand',
      supervisor: { name: 'Sam', pin: testPin },
    });
    const event = fixture.db.prepare<[], { payload: string; operator_id: number }>("SELECT payload, operator_id FROM events WHERE type = 'unit-packed'").get();

    expect(refused.value.verdict.code).toBe('serial-pattern-mismatch');
    expect(overridden.value.verdict).toMatchObject({ outcome: 'accepted', code: 'unit-packed-new-carton' });
    expect(JSON.parse(event?.payload ?? '{}').override).toMatchObject({
      refusal: 'serial-pattern-mismatch',
      operatorName: 'Anna',
      supervisorName: 'Sam',
      reason: 'Old label format, checked by hand',
    });
    expect(event?.operator_id).toBe(findCredentialsByName(fixture.db, 'Anna')?.id);
  });

  it('refuses a packer as approver', async () => {
    const { fixture, shipmentId, call } = await refusedPatternScan();
    await addTestOperator(fixture.db, 'Ben', 'packer');

    const byPacker = await call('pack.override', {
      shipmentId,
      refusedGestureId: 'gesture-refused-1',
      gestureId: 'gesture-override-1',
      reason: 'I checked it',
      supervisor: { name: 'Ben', pin: testPin },
    });
    const wrongPin = await call('pack.override', {
      shipmentId,
      refusedGestureId: 'gesture-refused-1',
      gestureId: 'gesture-override-2',
      reason: 'I checked it',
      supervisor: { name: 'Sam', pin: '0000' },
    });

    expect(byPacker.error.code).toBe('permission-denied');
    expect(wrongPin.error.code).toBe('credentials-invalid');
    expect(fixture.db.prepare("SELECT count(*) AS n FROM events WHERE type = 'unit-packed'").get()).toEqual({ n: 0 });
  });

  it('accepts a supervisor badge', async () => {
    const { fixture, shipmentId, call } = await refusedPatternScan();
    const badge = createBadgeCode();
    setOperatorBadgeHash(fixture.db, findCredentialsByName(fixture.db, 'Sam')?.id ?? 0, badgeHashOf(badge));

    const overridden = await call('pack.override', { shipmentId, refusedGestureId: 'gesture-refused-1', gestureId: 'gesture-override-1', reason: 'Checked', supervisor: { badge } });

    expect(overridden.value.verdict.outcome).toBe('accepted');
  });

  it('refuses overriding a duplicate', async () => {
    const { fixture, shipmentId, call } = await refusedPatternScan();
    await call('pack.scan', { shipmentId, raw: '(01)09506000123455(21)SN000451', gestureId: 'gesture-ok-1', source: 'keyboard' });
    await call('pack.scan', { shipmentId, raw: '(01)09506000123455(21)SN000451', gestureId: 'gesture-dup-1', source: 'keyboard' });

    const overridden = await call('pack.override', { shipmentId, refusedGestureId: 'gesture-dup-1', gestureId: 'gesture-override-1', reason: 'Checked', supervisor: { name: 'Sam', pin: testPin } });
    const unknown = await call('pack.override', { shipmentId, refusedGestureId: 'gesture-missing', gestureId: 'gesture-override-2', reason: 'Checked', supervisor: { name: 'Sam', pin: testPin } });

    expect(overridden.error.code).toBe('override-not-applicable');
    expect(unknown.error.code).toBe('override-not-applicable');
    expect(fixture.db.prepare("SELECT count(*) AS n FROM events WHERE type = 'unit-packed'").get()).toEqual({ n: 1 });
  });
});
