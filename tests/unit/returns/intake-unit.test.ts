import { describe, expect, it } from 'vitest';
import { intakeReturnedUnit } from '../../../main/returns/intake-unit';
import { openReturn, type OpenReturnRequest } from '../../../main/returns/open-return';
import { findReturnById, listReturnLines } from '../../../main/returns/returns-store';
import { listReturnUnits } from '../../../main/returns/return-units-store';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { applyUnitTransition } from '../../../main/tracking/apply-transition';
import { findTrackedUnit } from '../../../main/tracking/tracked-units';
import { countEvents } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { createReturnsFixture, requireOk, snapshotStore, type ReturnsFixture } from './returns-fixture';

function open(fixture: ReturnsFixture, request: Partial<OpenReturnRequest>): number {
  return requireOk(
    inWriteTransaction(fixture.db, () =>
      openReturn(fixture.db, fixture.actor, {
        clientId: fixture.clientId,
        referenceKind: 'rma',
        reference: 'RMA-1',
        orderReference: null,
        trackingNumber: null,
        source: 'on-the-spot',
        lines: [],
        ...request,
      }),
    ),
  );
}

function intake(fixture: ReturnsFixture, returnId: number | null, raw: string, gestureId = `gesture-${raw}-${returnId}`) {
  return requireOk(inWriteTransaction(fixture.db, () => intakeReturnedUnit(fixture.db, fixture.actor, { returnId, raw, gestureId })));
}

describe('intakeReturnedUnit', () => {
  const tempDir = useTempDir();

  it('accepts a clean shipped unit', () => {
    const fixture = createReturnsFixture(tempDir());
    const [unitId] = fixture.ship('ORD-1', ['SN000451']);
    const returnId = open(fixture, { orderReference: 'ORD-1', lines: [{ productId: fixture.cameraId, sku: 'CAM-1', fnsku: null, expectedSerial: null, quantityExpected: 1 }] });

    const outcome = intake(fixture, returnId, 'SN000451');

    expect(outcome.kind).toBe('accepted');
    expect(findTrackedUnit(fixture.db, unitId!)?.status).toBe('returned');
    expect(listReturnUnits(fixture.db, returnId).map((row) => row.stage)).toEqual(['accepted']);
    expect(listReturnLines(fixture.db, returnId)[0]?.quantityReceived).toBe(1);
    expect(findReturnById(fixture.db, returnId)?.status).toBe('in-progress');
    const event = fixture.db.prepare<[], { payload: string; idempotency_key: string }>("SELECT payload, idempotency_key FROM events WHERE type = 'unit-returned'").get();
    expect(JSON.parse(event?.payload ?? '{}')).toMatchObject({ returnId, reference: 'RMA-1', from: 'shipped', to: 'returned' });
    expect(event?.idempotency_key).toBe(`gesture-SN000451-${returnId}`);
    fixture.db.close();
  });

  it('rejects intake clashing with client reference', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    const withoutClient = open(fixture, { clientId: null, reference: 'RMA-9' });
    // A store written before references were unique across clients and client-less returns.
    fixture.db
      .prepare("INSERT INTO returns (client_id, reference_kind, reference, source, status, created_at) VALUES (?, 'rma', 'RMA-9', 'on-the-spot', 'awaiting-intake', '2026-01-05T08:00:00.000Z')")
      .run(fixture.clientId);
    const before = snapshotStore(fixture.db);

    const taken = inWriteTransaction(fixture.db, () => intakeReturnedUnit(fixture.db, fixture.actor, { returnId: withoutClient, raw: 'SN000451', gestureId: 'clash' }));

    expect(taken.ok ? 'ok' : taken.error).toMatchObject({ code: 'return-exists', reference: 'RMA-9' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects unknown serial writing nothing', () => {
    const fixture = createReturnsFixture(tempDir());
    const returnId = open(fixture, {});
    const before = snapshotStore(fixture.db);

    const outcome = intake(fixture, returnId, 'SN999999');

    expect(outcome.kind).toBe('refused');
    expect(outcome.kind === 'refused' && outcome.check.outcome === 'refuse' && outcome.check.refusal.code).toBe('serial-unknown');
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects unknown serial without return writing nothing', () => {
    const fixture = createReturnsFixture(tempDir());
    const before = snapshotStore(fixture.db);

    const outcome = intake(fixture, null, 'SN999999');

    expect(outcome.kind).toBe('refused');
    expect(snapshotStore(fixture.db)).toBe(before);
    expect(fixture.db.prepare('SELECT count(*) AS n FROM returns').get()).toEqual({ n: 0 });
    fixture.db.close();
  });

  it('rejects never shipped unit naming its place', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.insertUnitInState('SN000700', 'in-stock');
    const returnId = open(fixture, {});
    const before = snapshotStore(fixture.db);

    const outcome = intake(fixture, returnId, 'SN000700');

    expect(outcome.kind === 'refused' && outcome.check.outcome === 'refuse' && outcome.check.refusal).toEqual({
      code: 'unit-not-shipped',
      params: { serial: 'SN000700', status: 'in-stock', location: 'A-01' },
    });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects second return of a unit', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    const first = open(fixture, { reference: 'RMA-1' });
    intake(fixture, first, 'SN000451');
    const second = open(fixture, { reference: 'RMA-2' });
    const before = snapshotStore(fixture.db);

    const outcome = intake(fixture, second, 'SN000451');

    expect(outcome.kind === 'refused' && outcome.check.outcome === 'refuse' && outcome.check.refusal.code).toBe('unit-already-returned');
    expect(outcome.kind === 'refused' && outcome.check.outcome === 'refuse' && outcome.check.refusal.params).toMatchObject({ reference: 'RMA-1', returnId: first });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects unit returned by removal receiving', () => {
    const fixture = createReturnsFixture(tempDir());
    const [unitId] = fixture.ship('ORD-1', ['SN000451']);
    requireOk(inWriteTransaction(fixture.db, () => applyUnitTransition(fixture.db, fixture.actor, unitId!, { event: 'unit-returned', context: { removalOrderId: 'RMV-77' } })));
    const before = snapshotStore(fixture.db);

    const outcome = intake(fixture, null, 'SN000451');

    expect(outcome.kind === 'refused' && outcome.check.outcome === 'refuse' && outcome.check.refusal).toMatchObject({ code: 'unit-already-returned', params: { reference: 'RMV-77' } });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects unit waiting in exception queue', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    const first = open(fixture, { reference: 'RMA-1', orderReference: 'ORD-OTHER' });
    expect(intake(fixture, first, 'SN000451').kind).toBe('exception');
    const before = snapshotStore(fixture.db);

    const outcome = intake(fixture, null, 'SN000451', 'gesture-again');

    expect(outcome.kind === 'refused' && outcome.check.outcome === 'refuse' && outcome.check.refusal.params).toMatchObject({ reference: 'RMA-1', stage: 'exception' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('accepts a unit shipped again after restock', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    const first = open(fixture, { reference: 'RMA-1' });
    intake(fixture, first, 'SN000451');
    const unitId = fixture.unitId('SN000451');
    fixture.db.prepare("UPDATE units SET status = 'in-stock' WHERE id = ?").run(unitId);
    fixture.db.prepare("UPDATE return_units SET stage = 'rejected' WHERE unit_id = ?").run(unitId);
    fixture.ship('ORD-2', ['SN000451']);
    const second = open(fixture, { reference: 'RMA-2', orderReference: 'ORD-2' });

    expect(intake(fixture, second, 'SN000451').kind).toBe('accepted');
    fixture.db.close();
  });

  it('flags a unit shipped on another order', () => {
    const fixture = createReturnsFixture(tempDir());
    const [unitId] = fixture.ship('ORD-1', ['SN000451']);
    const returnId = open(fixture, { orderReference: 'ORD-2' });
    const unitBefore = JSON.stringify(fixture.db.prepare('SELECT * FROM units WHERE id = ?').get(unitId));

    const outcome = intake(fixture, returnId, 'SN000451');

    expect(outcome.kind).toBe('exception');
    expect(outcome.kind === 'exception' && outcome.returnUnit.flags).toEqual([{ code: 'other-order', params: { serial: 'SN000451', shippedOn: 'ORD-1', returnOrder: 'ORD-2' } }]);
    expect(JSON.stringify(fixture.db.prepare('SELECT * FROM units WHERE id = ?').get(unitId))).toBe(unitBefore);
    expect(countEvents(fixture.db, 'return-unit-flagged')).toBe(1);
    expect(countEvents(fixture.db, 'unit-returned')).toBe(0);
    fixture.db.close();
  });

  it('flags a unit shipped for another client', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('BETA-ORD-1', ['BX1'], { clientId: fixture.betaClientId, productId: fixture.betaCameraId, gtin: '09506000111117' });
    const returnId = open(fixture, {});

    const outcome = intake(fixture, returnId, 'BX1');

    expect(outcome.kind === 'exception' && outcome.returnUnit.flags.map((flag) => flag.code)).toEqual(['other-client']);
    expect(outcome.kind === 'exception' && outcome.returnUnit.flags[0]?.params).toMatchObject({ shippedFor: 'BETA', returnClient: 'ACME' });
    fixture.db.close();
  });

  it('flags a different product than the lines', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    const returnId = open(fixture, { lines: [{ productId: fixture.lensId, sku: 'LENS-2', fnsku: null, expectedSerial: null, quantityExpected: 1 }] });

    const outcome = intake(fixture, returnId, 'SN000451');

    expect(outcome.kind === 'exception' && outcome.returnUnit.flags).toEqual([{ code: 'other-product', params: { serial: 'SN000451', sku: 'CAM-1', expectedSkus: 'LENS-2' } }]);
    fixture.db.close();
  });

  it('flags a swapped serial', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451', 'SN000452']);
    const returnId = open(fixture, { orderReference: 'ORD-1', lines: [{ productId: fixture.cameraId, sku: 'CAM-1', fnsku: null, expectedSerial: 'SN000451', quantityExpected: 1 }] });

    const outcome = intake(fixture, returnId, 'SN000452');

    expect(outcome.kind === 'exception' && outcome.returnUnit.flags).toEqual([{ code: 'other-serial', params: { serial: 'SN000452', sku: 'CAM-1', expectedSerials: 'SN000451' } }]);
    fixture.db.close();
  });

  it('flags more units than expected', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451', 'SN000452']);
    const returnId = open(fixture, { lines: [{ productId: fixture.cameraId, sku: 'CAM-1', fnsku: null, expectedSerial: null, quantityExpected: 1 }] });
    expect(intake(fixture, returnId, 'SN000451').kind).toBe('accepted');

    const outcome = intake(fixture, returnId, 'SN000452');

    expect(outcome.kind === 'exception' && outcome.returnUnit.flags.map((flag) => flag.code)).toEqual(['more-than-expected']);
    fixture.db.close();
  });

  it('flags a unit matching a recall', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    fixture.db
      .prepare("INSERT INTO recalls (reference, criteria_json, reason, held_units, created_at) VALUES ('RC-1', ?, 'battery', 0, '2026-01-06T00:00:00Z')")
      .run(JSON.stringify({ sku: 'CAM-1', serials: ['sn000451'] }));
    const returnId = open(fixture, {});

    const outcome = intake(fixture, returnId, 'SN000451');

    expect(outcome.kind === 'exception' && outcome.returnUnit.flags).toEqual([{ code: 'recall-hold', params: { serial: 'SN000451', recall: 'RC-1' } }]);
    fixture.db.close();
  });

  it('ignores a recall of another lot', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    fixture.db
      .prepare("INSERT INTO recalls (reference, criteria_json, reason, held_units, created_at) VALUES ('RC-1', ?, 'battery', 0, '2026-01-06T00:00:00Z')")
      .run(JSON.stringify({ sku: 'CAM-1', lot: 'L-OTHER' }));

    expect(intake(fixture, open(fixture, {}), 'SN000451').kind).toBe('accepted');
    fixture.db.close();
  });

  it('opens a return for a unit without reference', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);

    const outcome = intake(fixture, null, 'SN000451');

    expect(outcome.kind).toBe('accepted');
    const returnId = outcome.kind === 'accepted' ? outcome.returnUnit.returnId : 0;
    expect(findReturnById(fixture.db, returnId)).toMatchObject({ referenceKind: 'none', reference: '', clientId: fixture.clientId, orderReference: 'ORD-1', status: 'in-progress' });
    expect(listReturnLines(fixture.db, returnId)).toMatchObject([{ sku: 'CAM-1', expectedSerial: 'SN000451', quantityExpected: 1, quantityReceived: 1 }]);
    expect(countEvents(fixture.db, 'return-opened')).toBe(1);
    fixture.db.close();
  });

  it('replays a repeated gesture once', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    const returnId = open(fixture, {});
    const first = intake(fixture, returnId, 'SN000451', 'gesture-1');
    const after = snapshotStore(fixture.db);

    const again = intake(fixture, returnId, 'SN000451', 'gesture-1');

    expect(again.kind).toBe('replayed');
    expect(again.kind === 'replayed' && again.returnUnit.id).toBe(first.kind === 'accepted' ? first.returnUnit.id : -1);
    expect(snapshotStore(fixture.db)).toBe(after);
    fixture.db.close();
  });

  it('replays a double read on its return', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    const returnId = open(fixture, {});
    // Wedge and HID input both active: one physical scan arrives twice, with two gesture ids.
    const first = intake(fixture, returnId, 'SN000451', 'gesture-wedge');
    const after = snapshotStore(fixture.db);

    const again = intake(fixture, returnId, '(01)09506000123455(21)SN000451', 'gesture-hid');

    expect(again.kind).toBe('replayed');
    expect(again.kind === 'replayed' && again.returnUnit.id).toBe(first.kind === 'accepted' ? first.returnUnit.id : -1);
    expect(snapshotStore(fixture.db)).toBe(after);
    fixture.db.close();
  });

  it('rejects a gesture of another return', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451', 'SN000452']);
    const first = open(fixture, { reference: 'RMA-1' });
    const second = open(fixture, { reference: 'RMA-2' });
    intake(fixture, first, 'SN000451', 'gesture-shared');
    const before = snapshotStore(fixture.db);

    const taken = inWriteTransaction(fixture.db, () => intakeReturnedUnit(fixture.db, fixture.actor, { returnId: second, raw: 'SN000452', gestureId: 'gesture-shared' }));

    expect(taken.ok ? 'ok' : taken.error).toEqual({ code: 'gesture-already-used', gestureId: 'gesture-shared' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects intake on a closed return', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.ship('ORD-1', ['SN000451']);
    const returnId = open(fixture, {});
    fixture.db.prepare("UPDATE returns SET status = 'closed' WHERE id = ?").run(returnId);
    const before = snapshotStore(fixture.db);

    const result = inWriteTransaction(fixture.db, () => intakeReturnedUnit(fixture.db, fixture.actor, { returnId, raw: 'SN000451', gestureId: 'gesture-closed' }));

    expect(result.ok ? 'ok' : result.error.code).toBe('return-closed');
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });
});
