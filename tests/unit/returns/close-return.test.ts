import { describe, expect, it } from 'vitest';
import { closeReturn } from '../../../main/returns/close-return';
import { resolveException } from '../../../main/returns/resolve-exception';
import { findReturnById } from '../../../main/returns/returns-store';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { countEvents } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { takeIn } from './grading-helpers';
import { createReturnsFixture, requireOk, snapshotStore, type ReturnsFixture } from './returns-fixture';

function close(fixture: ReturnsFixture, returnId: number, reason = 'customer sent only one') {
  return inWriteTransaction(fixture.db, () => closeReturn(fixture.db, fixture.actor, returnId, reason));
}

describe('closeReturn', () => {
  const tempDir = useTempDir();

  it('rejects a return with a unit in the queue', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnId } = takeIn(fixture, 'SN000451', 'ORD-WRONG');
    const before = snapshotStore(fixture.db);

    const result = close(fixture, returnId);

    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'return-has-open-units', returnId, openUnits: 1 });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('closes once the queue is resolved', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnId, returnUnitId } = takeIn(fixture, 'SN000451', 'ORD-WRONG');
    requireOk(inWriteTransaction(fixture.db, () => resolveException(fixture.db, fixture.supervisor, { returnUnitId, resolution: 'reject', reason: 'not ours' })));

    const closed = requireOk(close(fixture, returnId));

    expect(closed).toMatchObject({ status: 'closed' });
    expect(closed.closedAt).not.toBeNull();
    expect(countEvents(fixture.db, 'return-closed')).toBe(1);
    const payload = fixture.db.prepare<[], { payload: string }>("SELECT payload FROM events WHERE type = 'return-closed'").get()?.payload ?? '{}';
    expect(JSON.parse(payload)).toMatchObject({ returnId, trigger: 'operator', reason: 'customer sent only one', unitsExpected: 1, unitsDispositioned: 0 });
    fixture.db.close();
  });

  it('rejects closing twice', () => {
    const fixture = createReturnsFixture(tempDir());
    const { returnId, returnUnitId } = takeIn(fixture, 'SN000451', 'ORD-WRONG');
    requireOk(inWriteTransaction(fixture.db, () => resolveException(fixture.db, fixture.supervisor, { returnUnitId, resolution: 'reject', reason: 'not ours' })));
    requireOk(close(fixture, returnId));

    const again = close(fixture, returnId);

    expect(again.ok ? 'ok' : again.error).toEqual({ code: 'return-already-closed', returnId, reference: 'RMA-SN000451' });
    expect(findReturnById(fixture.db, returnId)?.status).toBe('closed');
    fixture.db.close();
  });

  it('rejects an unknown return', () => {
    const fixture = createReturnsFixture(tempDir());

    const result = close(fixture, 404);

    expect(result.ok ? 'ok' : result.error).toEqual({ code: 'return-not-found', returnId: 404 });
    fixture.db.close();
  });
});
