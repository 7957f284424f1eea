import { describe, expect, it } from 'vitest';
import { listUnitEvents } from '../../../main/store/events';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { applyUnitTransition, type TransitionRequest } from '../../../main/tracking/apply-transition';
import { findTrackedUnit } from '../../../main/tracking/tracked-units';
import type { UnitStatus } from '../../../main/tracking/unit-states';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture, type TrackingFixture } from '../../support/tracking-fixture';

type RequestFor = (fixture: TrackingFixture) => TransitionRequest;

/** One allowed change per row: start state, request, resulting status and location code. */
const changes: ReadonlyArray<readonly [UnitStatus, RequestFor, UnitStatus, string | null]> = [
  ['received', (f) => ({ event: 'unit-put-away', locationId: f.shelfB.id }), 'in-stock', 'B-02'],
  ['in-stock', (f) => ({ event: 'unit-moved', locationId: f.shelfB.id }), 'in-stock', 'B-02'],
  ['shipped', () => ({ event: 'unit-returned' }), 'returned', null],
  ['returned', () => ({ event: 'unit-graded', grade: 'B' }), 'graded', null],
  ['graded', (f) => ({ event: 'unit-restocked', locationId: f.shelfB.id }), 'in-stock', 'B-02'],
  ['graded', () => ({ event: 'unit-sent-for-refurbishment' }), 'in-refurbishment', null],
  ['graded', () => ({ event: 'unit-returned-to-vendor' }), 'returned-to-vendor', null],
  ['graded', () => ({ event: 'unit-disposed', context: { reason: 'water damage' } }), 'disposed', null],
  ['in-stock', () => ({ event: 'unit-held', holdReason: 'quarantine' }), 'hold', 'A-01'],
  ['hold', () => ({ event: 'unit-released' }), 'in-stock', 'A-01'],
  ['hold', () => ({ event: 'unit-disposed' }), 'disposed', null],
  ['in-stock', () => ({ event: 'unit-marked-missing' }), 'missing', 'A-01'],
  ['missing', (f) => ({ event: 'unit-found', locationId: f.shelfB.id }), 'in-stock', 'B-02'],
];

describe('applyUnitTransition', () => {
  const tempDir = useTempDir();

  it.each(changes)('moves %s unit by request to %s', (from, requestFor, to, locationCode) => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', from);
    const request = requestFor(fixture);

    const applied = inWriteTransaction(fixture.db, () => applyUnitTransition(fixture.db, fixture.actor, unitId, request));

    expect(applied.ok).toBe(true);
    const unit = findTrackedUnit(fixture.db, unitId);
    expect(unit?.status).toBe(to);
    const location = unit?.locationId === null ? null : fixture.db.prepare<[number], { code: string }>('SELECT code FROM locations WHERE id = ?').get(unit?.locationId ?? 0)?.code;
    expect(location).toBe(locationCode);
    const events = listUnitEvents(fixture.db, unitId);
    expect(events).toHaveLength(1);
    expect(events[0]?.type).toBe(request.event);
    expect(events[0]?.operatorId).toBe(fixture.actor.operatorId);
    expect(events[0]?.stationId).toBe(fixture.actor.stationId);
    expect(JSON.parse(events[0]?.payload ?? '{}')).toMatchObject({ serial: 'SN000001', from, to });
    fixture.db.close();
  });

  it('refuses illegal transition without writing', () => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', 'shipped');

    const applied = inWriteTransaction(fixture.db, () => applyUnitTransition(fixture.db, fixture.actor, unitId, { event: 'unit-moved', locationId: fixture.shelfB.id }));

    expect(applied).toEqual({ ok: false, error: { code: 'illegal-transition', event: 'unit-moved', from: 'shipped', allowed: ['unit-returned', 'unit-unshipped'] } });
    expect(findTrackedUnit(fixture.db, unitId)?.status).toBe('shipped');
    expect(listUnitEvents(fixture.db, unitId)).toHaveLength(0);
    fixture.db.close();
  });

  it('releases a held packed unit into its carton', () => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', 'packed');
    const cartonId = findTrackedUnit(fixture.db, unitId)?.cartonId;

    inWriteTransaction(fixture.db, () => applyUnitTransition(fixture.db, fixture.actor, unitId, { event: 'unit-held', holdReason: 'recall' }));
    const held = findTrackedUnit(fixture.db, unitId);
    inWriteTransaction(fixture.db, () => applyUnitTransition(fixture.db, fixture.actor, unitId, { event: 'unit-released' }));
    const released = findTrackedUnit(fixture.db, unitId);

    expect(held).toMatchObject({ status: 'hold', holdReason: 'recall', heldStatus: 'packed', cartonId });
    expect(released).toMatchObject({ status: 'packed', holdReason: null, heldStatus: null, cartonId });
    fixture.db.close();
  });

  it('refuses disposing a held unit in a carton', () => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', 'packed');
    inWriteTransaction(fixture.db, () => applyUnitTransition(fixture.db, fixture.actor, unitId, { event: 'unit-held', holdReason: 'recall' }));

    const disposed = inWriteTransaction(fixture.db, () => applyUnitTransition(fixture.db, fixture.actor, unitId, { event: 'unit-disposed' }));

    expect(disposed.ok ? null : disposed.error.code).toBe('unit-in-carton');
    fixture.db.close();
  });

  it.each([
    ['unit-put-away', 'received', 'location-required'],
    ['unit-moved', 'in-stock', 'same-location'],
    ['unit-held', 'in-stock', 'hold-reason-required'],
    ['unit-graded', 'returned', 'grade-required'],
  ] as const)('rejects %s from %s with %s', (event, from, code) => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', from);
    const request: TransitionRequest = event === 'unit-moved' ? { event, locationId: fixture.shelfA.id } : { event };

    const applied = inWriteTransaction(fixture.db, () => applyUnitTransition(fixture.db, fixture.actor, unitId, request));

    expect(applied.ok ? null : applied.error.code).toBe(code);
    expect(listUnitEvents(fixture.db, unitId)).toHaveLength(0);
    fixture.db.close();
  });

  it('rejects an unknown unit', () => {
    const fixture = createTrackingFixture(tempDir());

    const applied = inWriteTransaction(fixture.db, () => applyUnitTransition(fixture.db, fixture.actor, 999, { event: 'unit-returned' }));

    expect(applied).toEqual({ ok: false, error: { code: 'unit-not-found', unitId: 999 } });
    fixture.db.close();
  });
});
