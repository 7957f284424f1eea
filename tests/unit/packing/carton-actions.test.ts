import { describe, expect, it } from 'vitest';
import { closeOpenCarton, reopenCarton, startNewCarton } from '../../../main/packing/carton-actions';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { countEvents, createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

describe('carton actions', () => {
  const tempDir = useTempDir();

  it('allocates SSCCs from the client counter', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);

    const first = inWriteTransaction(fixture.db, () => startNewCarton(fixture.db, fixture.actor, shipmentId));
    fixture.scan(shipmentId, 'SN000451');
    inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 1500));
    const second = inWriteTransaction(fixture.db, () => startNewCarton(fixture.db, fixture.actor, shipmentId));

    expect(first.ok && first.value.carton.sscc).toBe('109506000000000016');
    expect(second.ok && second.value.carton.sscc).toBe('109506000000000023');
    expect(second.ok && second.value.carton.number).toBe(2);
    expect(fixture.db.prepare('SELECT next_sscc_serial FROM clients').get()).toEqual({ next_sscc_serial: 3 });
  });

  it('returns the open empty carton', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    inWriteTransaction(fixture.db, () => startNewCarton(fixture.db, fixture.actor, shipmentId));

    const again = inWriteTransaction(fixture.db, () => startNewCarton(fixture.db, fixture.actor, shipmentId));

    expect(again.ok && again.value.event).toBeNull();
    expect(countEvents(fixture.db, 'carton-opened')).toBe(1);
  });

  it('rejects a new carton over a filled one', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    fixture.scan(shipmentId, 'SN000451');

    const byCommand = fixture.scan(shipmentId, '#PT:NEW-CARTON');
    const byRequest = inWriteTransaction(fixture.db, () => startNewCarton(fixture.db, fixture.actor, shipmentId));

    expect(byCommand).toMatchObject({ outcome: 'rejected', code: 'carton-still-open' });
    expect(byRequest.ok ? '' : byRequest.error.code).toBe('carton-still-open');
  });

  it('asks for the weight on close command', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    const empty = fixture.scan(shipmentId, '#PT:CLOSE-CARTON');
    fixture.scan(shipmentId, 'SN000451');

    const verdict = fixture.scan(shipmentId, '#PT:CLOSE-CARTON');

    expect(empty).toMatchObject({ outcome: 'rejected', code: 'no-open-carton' });
    expect(verdict).toMatchObject({ outcome: 'accepted', code: 'weight-needed' });
    expect(verdict.nextStep).toEqual({ key: 'pack:verdict.weight-needed.nextStep', params: { cartonNumber: 1 } });
    expect(countEvents(fixture.db, 'carton-closed')).toBe(0);
  });

  it('closes with weight and rejects empty', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    inWriteTransaction(fixture.db, () => startNewCarton(fixture.db, fixture.actor, shipmentId));
    const empty = inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 500));
    fixture.scan(shipmentId, 'SN000451');

    const closed = inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 1250));

    expect(empty.ok ? '' : empty.error.code).toBe('carton-empty');
    expect(closed.ok && closed.value.weightGrams).toBe(1250);
    expect(fixture.db.prepare('SELECT status, weight_grams FROM cartons').get()).toEqual({ status: 'closed', weight_grams: 1250 });
    expect(countEvents(fixture.db, 'carton-closed')).toBe(1);
  });

  it('reopens a closed carton with reason', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    fixture.scan(shipmentId, 'SN000451');
    const closed = inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 1250));
    if (!closed.ok) throw new Error('close failed');

    const reopened = inWriteTransaction(fixture.db, () => reopenCarton(fixture.db, fixture.actor, closed.value.id, 'wrong weight'));
    const twice = inWriteTransaction(fixture.db, () => reopenCarton(fixture.db, fixture.actor, closed.value.id, 'again'));

    expect(reopened.ok && reopened.value.status).toBe('open');
    expect(twice.ok ? '' : twice.error.code).toBe('carton-not-closed');
    const event = fixture.db.prepare<[], { payload: string }>("SELECT payload FROM events WHERE type = 'carton-reopened'").get();
    expect(JSON.parse(event?.payload ?? '{}')).toMatchObject({ reason: 'wrong weight', previousWeightGrams: 1250 });
    expect(fixture.db.prepare('SELECT weight_grams FROM cartons').get()).toEqual({ weight_grams: null });
  });

  it('rejects reopening beside an open carton', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    fixture.scan(shipmentId, 'SN000451');
    const closed = inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 1250));
    if (!closed.ok) throw new Error('close failed');
    fixture.scan(shipmentId, 'SN000452');

    const reopened = inWriteTransaction(fixture.db, () => reopenCarton(fixture.db, fixture.actor, closed.value.id, 'check'));

    expect(reopened.ok ? '' : reopened.error.code).toBe('another-carton-open');
  });
});
