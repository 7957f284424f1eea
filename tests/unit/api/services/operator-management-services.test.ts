import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../main/api/create-services';
import { dispatch } from '../../../../main/api/dispatch';
import { createStationSession } from '../../../../main/api/services/service-support';
import type { StationContext } from '../../../../main/api/station-context';
import type { OperatorRole } from '../../../../main/operators/roles';
import { verifyEventChain } from '../../../../main/store/event-chain';
import { listAllEvents } from '../../../../main/store/events';
import { ensureStation } from '../../../../main/store/station';
import { addTestOperator, signInTestOperator } from '../../../support/operators';
import { openTestStore } from '../../../support/test-store';
import { useTempDir } from '../../../support/temp-dir';

type Outcome = { ok: boolean; value?: any; error?: any };

/** Creates a station signed in as "Maria" with `role`, and a packer "Tomek" to manage. */
async function managedStation(dir: string, role: OperatorRole) {
  const db = openTestStore(dir);
  const context: StationContext = {
    db,
    stationId: ensureStation(db).id,
    dataDir: dir,
    labelsDir: join(dir, 'labels'),
    transport: 'browser',
    appVersion: '0.1.0-test',
  };
  const services = createServices(context, createStationSession(Date.now()), { now: Date.now });
  const call = async (channel: string, payload: unknown): Promise<Outcome> => (await dispatch(services, channel, payload)) as Outcome;
  const manager = await signInTestOperator(services, db, 'Maria', role);
  const packer = await addTestOperator(db, 'Tomek', 'packer');
  return { db, call, manager, packer };
}

function operatorEvents(db: ReturnType<typeof openTestStore>) {
  return listAllEvents(db)
    .filter((event) => event.type.startsWith('operator-') || event.type === 'idle-lock-changed')
    .map((event) => ({ type: event.type, operatorId: event.operatorId, payload: JSON.parse(event.payload) as Record<string, unknown> }));
}

describe('operator management history', () => {
  const tempDir = useTempDir();

  it('records a created operator', async () => {
    const { db, call, manager } = await managedStation(tempDir(), 'admin');

    const created = await call('operators.create', { name: 'Nina', role: 'prep', pin: '583920' });

    expect(created.ok).toBe(true);
    expect(operatorEvents(db)).toEqual([{ type: 'operator-created', operatorId: manager.id, payload: { operatorId: created.value.operatorId, name: 'Nina', role: 'prep' } }]);
  });

  it('records role change and deactivation', async () => {
    const { db, call, manager, packer } = await managedStation(tempDir(), 'supervisor');

    await call('operators.update', { operatorId: packer.id, role: 'prep', active: false });

    expect(operatorEvents(db)).toEqual([
      { type: 'operator-role-changed', operatorId: manager.id, payload: { operatorId: packer.id, name: 'Tomek', previousRole: 'packer', role: 'prep' } },
      { type: 'operator-deactivated', operatorId: manager.id, payload: { operatorId: packer.id, name: 'Tomek', role: 'prep' } },
    ]);
  });

  it('records reactivation alone', async () => {
    const { db, call, manager, packer } = await managedStation(tempDir(), 'supervisor');
    await call('operators.update', { operatorId: packer.id, role: 'packer', active: false });

    await call('operators.update', { operatorId: packer.id, role: 'packer', active: true });

    expect(operatorEvents(db).map((event) => [event.type, event.operatorId])).toEqual([
      ['operator-deactivated', manager.id],
      ['operator-activated', manager.id],
    ]);
  });

  it('records nothing for an unchanged update', async () => {
    const { db, call, packer } = await managedStation(tempDir(), 'supervisor');

    const updated = await call('operators.update', { operatorId: packer.id, role: 'packer', active: true });

    expect(updated.ok).toBe(true);
    expect(operatorEvents(db)).toEqual([]);
  });

  it('records PIN reset and badge issue', async () => {
    const { db, call, manager, packer } = await managedStation(tempDir(), 'admin');

    await call('operators.setPin', { operatorId: packer.id, pin: '904172' });
    await call('operators.issueBadge', { operatorId: packer.id });

    expect(operatorEvents(db)).toEqual([
      { type: 'operator-pin-reset', operatorId: manager.id, payload: { operatorId: packer.id, name: 'Tomek' } },
      { type: 'operator-badge-issued', operatorId: manager.id, payload: { operatorId: packer.id, name: 'Tomek' } },
    ]);
  });

  it('records an idle lock change', async () => {
    const { db, call, manager } = await managedStation(tempDir(), 'admin');

    await call('operators.setIdleLock', { seconds: 600 });
    await call('operators.setIdleLock', { seconds: 600 });

    expect(operatorEvents(db)).toEqual([{ type: 'idle-lock-changed', operatorId: manager.id, payload: { previousSeconds: 300, seconds: 600 } }]);
  });

  it('keeps PIN and badge out of history', async () => {
    const { db, call, packer } = await managedStation(tempDir(), 'admin');
    const newPin = '731955';
    const createdPin = '864213';

    await call('operators.create', { name: 'Nina', role: 'packer', pin: createdPin });
    await call('operators.setPin', { operatorId: packer.id, pin: newPin });
    const badge = await call('operators.issueBadge', { operatorId: packer.id });
    const secrets = db.prepare<[number], { pin_hash: string; badge_hash: string }>('SELECT pin_hash, badge_hash FROM operators WHERE id = ?').get(packer.id);

    const history = JSON.stringify(listAllEvents(db));
    expect(typeof badge.value.badgeCode).toBe('string');
    expect(history).not.toContain(badge.value.badgeCode);
    expect(history).not.toContain(newPin);
    expect(history).not.toContain(createdPin);
    expect(history).not.toContain(secrets?.pin_hash);
    expect(history).not.toContain(secrets?.badge_hash);
  });

  it('writes no event when rejected', async () => {
    const { db, call, packer } = await managedStation(tempDir(), 'packer');

    const updated = await call('operators.update', { operatorId: packer.id, role: 'admin', active: true });
    const idle = await call('operators.setIdleLock', { seconds: 900 });

    expect(updated.error.code).toBe('permission-denied');
    expect(idle.error.code).toBe('permission-denied');
    expect(operatorEvents(db)).toEqual([]);
  });

  it('keeps the history chain intact', async () => {
    const { db, call, packer } = await managedStation(tempDir(), 'admin');

    await call('operators.create', { name: 'Nina', role: 'prep', pin: '583920' });
    await call('operators.update', { operatorId: packer.id, role: 'supervisor', active: true });
    await call('operators.setIdleLock', { seconds: 120 });

    expect(verifyEventChain(db)).toMatchObject({ ok: true, value: { eventCount: 3 } });
  });
});
