import { describe, expect, it } from 'vitest';
import { closeCycleCount, recordCountedUnit, startCycleCount, type CycleCountRow } from '../../../main/locations/cycle-count';
import { listAllEvents } from '../../../main/store/events';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { findTrackedUnit } from '../../../main/tracking/tracked-units';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture, type TrackingFixture } from '../../support/tracking-fixture';

/** Shelf A-01 records SN1 and SN2; SN3 sits in B-02; SN4 was received and never put away. */
function countScenario(fixture: TrackingFixture): { readonly count: CycleCountRow; readonly ids: Readonly<Record<string, number>> } {
  const ids = {
    SN1: fixture.insertUnitInState('SN000001', 'in-stock'),
    SN2: fixture.insertUnitInState('SN000002', 'in-stock'),
    SN3: fixture.insertUnitInState('SN000003', 'in-stock'),
    SN4: fixture.insertUnitInState('SN000004', 'received'),
  };
  fixture.db.prepare('UPDATE units SET location_id = ? WHERE id = ?').run(fixture.shelfB.id, ids.SN3);
  const started = inWriteTransaction(fixture.db, () => startCycleCount(fixture.db, fixture.actor, fixture.shelfA.id));
  if (!started.ok) {
    throw new Error(JSON.stringify(started.error));
  }
  for (const unitId of [ids.SN1, ids.SN3, ids.SN4]) {
    recordCountedUnit(fixture.db, started.value, unitId);
  }
  return { count: started.value, ids };
}

describe('cycle count', () => {
  const tempDir = useTempDir();

  it('reports missing, misplaced and unexpected', () => {
    const fixture = createTrackingFixture(tempDir());
    const { count } = countScenario(fixture);

    const closed = inWriteTransaction(fixture.db, () => closeCycleCount(fixture.db, fixture.actor, count.id, { adjust: false, reason: '' }));

    expect(closed.ok).toBe(true);
    const report = closed.ok ? closed.value : null;
    expect(report?.missing.map((unit) => unit.serial)).toEqual(['SN000002']);
    expect(report?.misplaced.map((unit) => [unit.serial, unit.recordedLocationCode])).toEqual([['SN000003', 'B-02']]);
    expect(report?.unexpected.map((unit) => [unit.serial, unit.status])).toEqual([['SN000004', 'received']]);
    expect(report).toMatchObject({ counted: 3, expected: 2, locationCode: 'A-01' });
    fixture.db.close();
  });

  it('requires a reason to adjust', () => {
    const fixture = createTrackingFixture(tempDir());
    const { count } = countScenario(fixture);

    const closed = inWriteTransaction(fixture.db, () => closeCycleCount(fixture.db, fixture.actor, count.id, { adjust: true, reason: ' ' }));

    expect(closed).toEqual({ ok: false, error: { code: 'adjustment-reason-required' } });
    fixture.db.close();
  });

  it('records each adjustment as an event', () => {
    const fixture = createTrackingFixture(tempDir());
    const { count, ids } = countScenario(fixture);

    inWriteTransaction(fixture.db, () => closeCycleCount(fixture.db, fixture.actor, count.id, { adjust: true, reason: 'weekly count' }));

    expect(findTrackedUnit(fixture.db, ids.SN2 ?? 0)?.status).toBe('missing');
    expect(findTrackedUnit(fixture.db, ids.SN3 ?? 0)).toMatchObject({ status: 'in-stock', locationId: fixture.shelfA.id });
    expect(findTrackedUnit(fixture.db, ids.SN4 ?? 0)).toMatchObject({ status: 'in-stock', locationId: fixture.shelfA.id });
    const types = listAllEvents(fixture.db).map((event) => event.type);
    expect(types).toEqual(['cycle-count-started', 'unit-marked-missing', 'unit-moved', 'unit-put-away', 'cycle-count-closed']);
    const reasons = listAllEvents(fixture.db)
      .filter((event) => event.unitId !== null)
      .map((event) => (JSON.parse(event.payload) as { reason: string }).reason);
    expect(reasons).toEqual(['weekly count', 'weekly count', 'weekly count']);
    fixture.db.close();
  });

  it('allows one open count per location', () => {
    const fixture = createTrackingFixture(tempDir());
    countScenario(fixture);

    const second = inWriteTransaction(fixture.db, () => startCycleCount(fixture.db, fixture.actor, fixture.shelfA.id));

    expect(second).toEqual({ ok: false, error: { code: 'count-already-open', locationCode: 'A-01' } });
    fixture.db.close();
  });
});
