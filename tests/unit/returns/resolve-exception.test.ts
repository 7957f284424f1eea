import { describe, expect, it } from 'vitest';
import { resolveException } from '../../../main/returns/resolve-exception';
import { gradeReturnUnit } from '../../../main/returns/grade-unit';
import { intakeReturnedUnit } from '../../../main/returns/intake-unit';
import { findReturnById, listReturnLines } from '../../../main/returns/returns-store';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { holdRecalledUnits } from '../../../main/tracking/recall';
import { findTrackedUnit } from '../../../main/tracking/tracked-units';
import { useTempDir } from '../../support/temp-dir';
import { sealedAnswers, takeIn } from './grading-helpers';
import { createReturnsFixture, requireOk, snapshotStore, type ReturnsFixture } from './returns-fixture';

function resolve(fixture: ReturnsFixture, returnUnitId: number, resolution: 'accept' | 'reject' | 'return-to-sender', reason = 'checked in person') {
  return inWriteTransaction(fixture.db, () => resolveException(fixture.db, fixture.supervisor, { returnUnitId, resolution, reason }));
}

function resolvedEvent(fixture: ReturnsFixture): Record<string, unknown> {
  const row = fixture.db.prepare<[], { payload: string; operator_id: number }>("SELECT payload, operator_id FROM events WHERE type = 'return-exception-resolved'").get();
  return { ...(JSON.parse(row?.payload ?? '{}') as Record<string, unknown>), operatorId: row?.operator_id };
}

describe('resolveException', () => {
  const tempDir = useTempDir();

  it('accept returns the unit', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnId, returnUnitId } = takeIn(fixture, 'SN000451', 'ORD-WRONG');

    const resolved = requireOk(resolve(fixture, returnUnitId, 'accept'));

    expect(resolved).toMatchObject({ stage: 'accepted', resolution: 'accept', resolutionReason: 'checked in person', resolvedBy: fixture.supervisor.operatorId });
    expect(findTrackedUnit(fixture.db, fixture.unitId('SN000451'))?.status).toBe('returned');
    expect(listReturnLines(fixture.db, returnId)[0]?.quantityReceived).toBe(1);
    expect(resolvedEvent(fixture)).toMatchObject({ resolution: 'accept', takenInBy: 'Anna', resolvedBy: 'Bea', flags: ['other-order'], operatorId: fixture.supervisor.operatorId });
    fixture.db.close();
  });

  it('accept holds a recalled unit', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.db
      .prepare("INSERT INTO recalls (reference, criteria_json, reason, held_units, created_at) VALUES ('RC-9', ?, 'battery', 0, '2026-01-06T00:00:00Z')")
      .run(JSON.stringify({ serials: ['SN000451'] }));
    const { returnUnitId } = takeIn(fixture, 'SN000451');

    requireOk(resolve(fixture, returnUnitId, 'accept'));

    const unit = findTrackedUnit(fixture.db, fixture.unitId('SN000451'));
    expect(unit).toMatchObject({ status: 'hold', holdReason: 'recall', heldStatus: 'returned' });
    fixture.db.close();
  });

  it('accept holds a unit recalled meanwhile', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451', 'ORD-WRONG');
    // The recall comes while the unit waits in the queue, still shipped, so the recall cannot hold it.
    requireOk(
      inWriteTransaction(fixture.db, () =>
        holdRecalledUnits(fixture.db, fixture.supervisor, { reference: 'RC-10', reason: 'battery', selection: { serials: ['SN000451'] } }),
      ),
    );

    requireOk(resolve(fixture, returnUnitId, 'accept'));

    const unit = findTrackedUnit(fixture.db, fixture.unitId('SN000451'));
    expect(unit).toMatchObject({ status: 'hold', holdReason: 'recall', heldStatus: 'returned' });
    fixture.db.close();
  });

  it('reject leaves the unit unchanged', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451', 'ORD-WRONG');
    const unitBefore = JSON.stringify(fixture.db.prepare('SELECT * FROM units').all());

    const resolved = requireOk(resolve(fixture, returnUnitId, 'reject'));

    expect(resolved.stage).toBe('rejected');
    expect(JSON.stringify(fixture.db.prepare('SELECT * FROM units').all())).toBe(unitBefore);
    fixture.db.close();
  });

  it('return to sender leaves the unit unchanged', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451', 'ORD-WRONG');
    const unitBefore = JSON.stringify(fixture.db.prepare('SELECT * FROM units').all());

    expect(requireOk(resolve(fixture, returnUnitId, 'return-to-sender')).stage).toBe('returned-to-sender');
    expect(JSON.stringify(fixture.db.prepare('SELECT * FROM units').all())).toBe(unitBefore);
    fixture.db.close();
  });

  it('closes a finished return on rejection', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnId, returnUnitId } = takeIn(fixture, 'SN000451');
    fixture.ship('ORD-EXTRA', ['SN000452']);
    const extra = requireOk(inWriteTransaction(fixture.db, () => intakeReturnedUnit(fixture.db, fixture.actor, { returnId, raw: 'SN000452', gestureId: 'extra-unit' })));
    requireOk(
      inWriteTransaction(fixture.db, () =>
        gradeReturnUnit(fixture.db, fixture.actor, { returnUnitId, answers: sealedAnswers, grade: 'A', disposition: null, overrideReason: null, locationId: fixture.shelfB.id, gestureId: 'grade-first' }),
      ),
    );
    expect(findReturnById(fixture.db, returnId)?.status).toBe('in-progress');

    requireOk(resolve(fixture, extra.kind === 'exception' ? extra.returnUnit.id : 0, 'return-to-sender'));

    expect(findReturnById(fixture.db, returnId)?.status).toBe('closed');
    fixture.db.close();
  });

  it('requires a reason', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451', 'ORD-WRONG');
    const before = snapshotStore(fixture.db);

    const result = resolve(fixture, returnUnitId, 'accept', '   ');

    expect(result.ok ? 'ok' : result.error.code).toBe('reason-required');
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects a second decision', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451', 'ORD-WRONG');
    requireOk(resolve(fixture, returnUnitId, 'reject'));
    const before = snapshotStore(fixture.db);

    const result = resolve(fixture, returnUnitId, 'accept');

    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'exception-already-resolved', returnUnitId, stage: 'rejected' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects a unit not in the queue', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnUnitId } = takeIn(fixture, 'SN000451');

    const result = resolve(fixture, returnUnitId, 'accept');

    expect(result.ok ? 'ok' : result.error.code).toBe('exception-already-resolved');
    fixture.db.close();
  });
});
