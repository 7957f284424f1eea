import { describe, expect, it } from 'vitest';
import { gradeReturnUnit, type GradeRequest } from '../../../main/returns/grade-unit';
import { findReturnById } from '../../../main/returns/returns-store';
import { parseReturnConfig, saveReturnConfig } from '../../../main/returns/return-configs';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { findTrackedUnit } from '../../../main/tracking/tracked-units';
import { useTempDir } from '../../support/temp-dir';
import { sealedAnswers, takeIn } from './grading-helpers';
import { createReturnsFixture, requireOk, snapshotStore, type ReturnsFixture } from './returns-fixture';

let gestures = 0;

function grade(fixture: ReturnsFixture, request: Partial<GradeRequest> & { readonly returnUnitId: number }) {
  gestures += 1;
  return inWriteTransaction(fixture.db, () =>
    gradeReturnUnit(fixture.db, fixture.actor, {
      answers: sealedAnswers,
      grade: 'A',
      disposition: null,
      overrideReason: null,
      locationId: null,
      gestureId: `grade-gesture-${gestures}`,
      ...request,
    }),
  );
}

function unitEvents(fixture: ReturnsFixture, serial: string): ReadonlyArray<string> {
  return fixture.db
    .prepare<[number], { type: string }>('SELECT type FROM events WHERE unit_id = ? ORDER BY seq')
    .all(fixture.unitId(serial))
    .map((row) => row.type);
}

describe('gradeReturnUnit', () => {
  const tempDir = useTempDir();

  it('restocks a sealed grade A unit as new', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnId, returnUnitId } = takeIn(fixture, 'SN000451');

    const outcome = requireOk(grade(fixture, { returnUnitId, locationId: fixture.shelfB.id }));

    expect(outcome).toMatchObject({ amazonCondition: 'New', disposition: 'restock-new', overridden: false, labels: ['serial'], returnClosed: true, replayed: false });
    expect(outcome.returnUnit).toMatchObject({ stage: 'dispositioned', grade: 'A', suggestedDisposition: 'restock-new', answers: sealedAnswers });
    expect(findTrackedUnit(fixture.db, fixture.unitId('SN000451'))).toMatchObject({ status: 'in-stock', grade: 'A', locationId: fixture.shelfB.id });
    expect(unitEvents(fixture, 'SN000451').slice(-3)).toEqual(['unit-returned', 'unit-graded', 'unit-restocked']);
    expect(findReturnById(fixture.db, returnId)?.status).toBe('closed');
    fixture.db.close();
  });

  it('rejects a restock without location', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');
    const before = snapshotStore(fixture.db);

    const result = grade(fixture, { returnUnitId });

    expect(result.ok ? 'ok' : result.error.code).toBe('restock-location-required');
    expect(snapshotStore(fixture.db)).toEqual(before);
    fixture.db.close();
  });

  it('disposes a grade D unit', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');

    const outcome = requireOk(grade(fixture, { returnUnitId, grade: 'D', answers: { ...sealedAnswers, cosmetic: 'broken' } }));

    expect(outcome).toMatchObject({ amazonCondition: 'Unsellable', disposition: 'dispose', labels: ['grade'] });
    expect(findTrackedUnit(fixture.db, fixture.unitId('SN000451'))?.status).toBe('disposed');
    fixture.db.close();
  });

  it('restocks sealed unit as used', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');

    // The seal is intact, but the technician sells the unit as used, so Amazon must not list it as New.
    const outcome = requireOk(grade(fixture, { returnUnitId, disposition: 'restock-used', overrideReason: 'box dented in transit', locationId: fixture.shelfB.id }));

    expect(outcome.amazonCondition).toBe('Used - Like New');
    expect(outcome.returnUnit.amazonCondition).toBe('Used - Like New');
    const payload = fixture.db.prepare<[], { payload: string }>("SELECT payload FROM events WHERE type = 'unit-restocked'").get()?.payload ?? '{}';
    expect(JSON.parse(payload)).toMatchObject({ disposition: 'restock-used', amazonCondition: 'Used - Like New' });
    fixture.db.close();
  });

  it('records liquidation as disposal', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');

    const outcome = requireOk(grade(fixture, { returnUnitId, grade: 'C', disposition: 'liquidate', overrideReason: 'lot sale this week' }));

    expect(outcome).toMatchObject({ disposition: 'liquidate', suggestion: { disposition: 'restock-used' }, overridden: true, labels: ['grade'] });
    const payload = fixture.db.prepare<[], { payload: string }>("SELECT payload FROM events WHERE type = 'unit-disposed'").get()?.payload ?? '{}';
    expect(JSON.parse(payload)).toMatchObject({ disposition: 'liquidate', suggestedDisposition: 'restock-used', overrideReason: 'lot sale this week' });
    fixture.db.close();
  });

  it('requires a reason for an override', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');
    const before = snapshotStore(fixture.db);

    const result = grade(fixture, { returnUnitId, disposition: 'refurbish', overrideReason: ' ' });

    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'override-reason-required', suggested: 'restock-new', chosen: 'refurbish' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects restock as new unless New', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');
    const before = snapshotStore(fixture.db);

    const result = grade(fixture, { returnUnitId, grade: 'B', disposition: 'restock-new', overrideReason: 'looks new' });

    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'restock-new-needs-new-condition', amazonCondition: 'Used - Very Good' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects a missing answer', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');
    const before = snapshotStore(fixture.db);

    const result = grade(fixture, { returnUnitId, answers: { packaging: 'sealed' } });

    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'answer-missing', questionId: 'accessories' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects an option the question lacks', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');

    const result = grade(fixture, { returnUnitId, answers: { ...sealedAnswers, cosmetic: 'shiny' } });

    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'answer-invalid', questionId: 'cosmetic', optionId: 'shiny' });
    fixture.db.close();
  });

  it('rejects a location for disposal', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');

    const result = grade(fixture, { returnUnitId, grade: 'D', locationId: fixture.shelfA.id });

    expect(result.ok ? 'ok' : result.error.code).toBe('location-only-for-restock');
    fixture.db.close();
  });

  it('rejects a unit in the exception queue', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451', 'ORD-WRONG');
    const before = snapshotStore(fixture.db);

    const result = grade(fixture, { returnUnitId });

    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'return-unit-not-accepted', returnUnitId, stage: 'exception' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('follows the client rules first', () => {
    const fixture = createReturnsFixture(tempDir());
    const config = requireOk(parseReturnConfig({ dispositionRules: [{ grades: ['B'], answers: { 'functional-test': ['passed'] }, disposition: 'return-to-vendor' }] }));
    inWriteTransaction(fixture.db, () => saveReturnConfig(fixture.db, fixture.actor, { id: fixture.clientId, code: 'ACME' }, config));
    const { returnUnitId } = takeIn(fixture, 'SN000451');

    const outcome = requireOk(grade(fixture, { returnUnitId, grade: 'B' }));

    expect(outcome).toMatchObject({ disposition: 'return-to-vendor', suggestion: { rule: { source: 'client', index: 0 } }, labels: ['return-to-vendor'] });
    expect(findTrackedUnit(fixture.db, fixture.unitId('SN000451'))?.status).toBe('returned-to-vendor');
    fixture.db.close();
  });

  it('rejects a gesture of another unit', () => {
    const fixture = createReturnsFixture(tempDir());
    const first = takeIn(fixture, 'SN000451');
    const second = takeIn(fixture, 'SN000452');
    requireOk(grade(fixture, { returnUnitId: first.returnUnitId, grade: 'B', gestureId: 'grade-shared', locationId: fixture.shelfB.id }));
    const before = snapshotStore(fixture.db);

    const result = grade(fixture, { returnUnitId: second.returnUnitId, grade: 'B', gestureId: 'grade-shared', locationId: fixture.shelfB.id });

    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'gesture-already-used', gestureId: 'grade-shared' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('replays a repeated grading gesture', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');
    requireOk(grade(fixture, { returnUnitId, grade: 'B', gestureId: 'grade-once', locationId: fixture.shelfB.id }));
    const after = snapshotStore(fixture.db);

    const again = requireOk(grade(fixture, { returnUnitId, grade: 'B', gestureId: 'grade-once', locationId: fixture.shelfB.id }));

    expect(again).toMatchObject({ replayed: true, disposition: 'restock-used', amazonCondition: 'Used - Very Good' });
    expect(snapshotStore(fixture.db)).toBe(after);
    fixture.db.close();
  });

  it('keeps the return open until all expected units', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnId, returnUnitId } = takeIn(fixture, 'SN000451', 'ORD-SN000451', 2);

    expect(requireOk(grade(fixture, { returnUnitId, locationId: fixture.shelfB.id })).returnClosed).toBe(false);
    expect(findReturnById(fixture.db, returnId)?.status).toBe('in-progress');
    fixture.db.close();
  });

  it('rejects grading a held unit', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');
    fixture.db.prepare("UPDATE units SET status = 'hold', hold_reason = 'quarantine', held_status = 'returned' WHERE serial = 'SN000451'").run();

    const result = grade(fixture, { returnUnitId });

    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'unit-on-hold', serial: 'SN000451', holdReason: 'quarantine' });
    fixture.db.close();
  });
});
