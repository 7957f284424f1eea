import { describe, expect, it } from 'vitest';
import { closeOpenCarton } from '../../../main/packing/carton-actions';
import { removeUnitFromCarton } from '../../../main/packing/remove-unit';
import { recordScan } from '../../../main/packing/scan-pipeline';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { countEvents, createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

function unitIdOf(fixture: ReturnType<typeof createPackingFixture>, serial: string): number {
  const row = fixture.db.prepare<[string], { id: number }>('SELECT id FROM units WHERE serial = ?').get(serial);
  if (row === undefined) throw new Error(`no unit ${serial}`);
  return row.id;
}

describe('removing units', () => {
  const tempDir = useTempDir();

  it('removes a unit with reason', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipmentId, 'SN000451');

    const removed = inWriteTransaction(fixture.db, () => removeUnitFromCarton(fixture.db, fixture.actor, shipmentId, unitIdOf(fixture, 'SN000451'), 'scratched'));

    expect(removed.ok).toBe(true);
    expect(fixture.db.prepare('SELECT status, carton_id, shipment_id FROM units').get()).toEqual({ status: 'in-stock', carton_id: null, shipment_id: null });
    expect(fixture.db.prepare('SELECT quantity_packed FROM shipment_lines').get()).toEqual({ quantity_packed: 0 });
    const event = fixture.db.prepare<[], { payload: string }>("SELECT payload FROM events WHERE type = 'unit-removed'").get();
    expect(JSON.parse(event?.payload ?? '{}')).toMatchObject({ reason: 'scratched', serial: 'SN000451' });
  });

  it('packs a removed unit again', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipmentId, 'SN000451');
    inWriteTransaction(fixture.db, () => removeUnitFromCarton(fixture.db, fixture.actor, shipmentId, unitIdOf(fixture, 'SN000451'), 'recheck'));

    const verdict = fixture.scan(shipmentId, 'SN000451');

    expect(verdict).toMatchObject({ outcome: 'accepted', code: 'unit-packed' });
    expect(fixture.db.prepare('SELECT count(*) AS n FROM units').get()).toEqual({ n: 1 });
  });

  it('rejects removal from closed carton', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipmentId, 'SN000451');
    inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 900));

    const removed = inWriteTransaction(fixture.db, () => removeUnitFromCarton(fixture.db, fixture.actor, shipmentId, unitIdOf(fixture, 'SN000451'), 'x'));

    expect(removed.ok ? '' : removed.error.code).toBe('carton-closed');
    expect(countEvents(fixture.db, 'unit-removed')).toBe(0);
  });

  it('rejects a unit of another shipment', () => {
    const fixture = createPackingFixture(tempDir());
    const first = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    const second = fixture.addShipment('ORD-1002', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(first, 'SN000451');

    const removed = inWriteTransaction(fixture.db, () => removeUnitFromCarton(fixture.db, fixture.actor, second, unitIdOf(fixture, 'SN000451'), 'x'));

    expect(removed.ok ? '' : removed.error.code).toBe('unit-not-in-shipment');
  });

  // The row keeps its carton and shipment, so only the state machine's refusal stops the removal.
  it.each(['shipped', 'hold'] as const)('rejects %s unit in the carton', (status) => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipmentId, 'SN000451');
    const unitId = unitIdOf(fixture, 'SN000451');
    fixture.db.prepare("UPDATE units SET status = ?, held_status = CASE WHEN ? = 'hold' THEN 'packed' END WHERE id = ?").run(status, status, unitId);

    const removed = inWriteTransaction(fixture.db, () => removeUnitFromCarton(fixture.db, fixture.actor, shipmentId, unitId, 'x'));

    expect(removed.ok ? '' : removed.error.code).toBe('unit-not-in-shipment');
    expect(fixture.db.prepare('SELECT status FROM units WHERE id = ?').get(unitId)).toEqual({ status });
    expect(fixture.db.prepare('SELECT quantity_packed FROM shipment_lines').get()).toEqual({ quantity_packed: 1 });
    expect(countEvents(fixture.db, 'unit-removed')).toBe(0);
  });

  it('undoes the last scan of this station', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    fixture.scan(shipmentId, 'SN000451');
    fixture.scan(shipmentId, 'SN000452');

    const first = fixture.scan(shipmentId, '#PT:UNDO');
    const second = fixture.scan(shipmentId, '#PT:UNDO');
    const third = fixture.scan(shipmentId, '#PT:UNDO');

    expect(first).toMatchObject({ outcome: 'accepted', code: 'unit-removed' });
    expect(first.message.params).toMatchObject({ serial: 'SN000452' });
    expect(second.message.params).toMatchObject({ serial: 'SN000451' });
    expect(third).toMatchObject({ outcome: 'rejected', code: 'nothing-to-undo' });
    const reasons = fixture.db
      .prepare<[], { payload: string }>("SELECT payload FROM events WHERE type = 'unit-removed' ORDER BY seq")
      .all()
      .map((row) => (JSON.parse(row.payload) as { reason: string }).reason);
    expect(reasons).toEqual(['undo', 'undo']);
  });

  it('leaves other stations units on undo', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    fixture.scan(shipmentId, 'SN000451');

    const otherStation = { stationId: 'another-station', operatorId: fixture.actor.operatorId };
    const undo = recordScan(fixture.db, otherStation, { shipmentId, raw: '#PT:UNDO', gestureId: 'other-station-undo', source: 'hid' });

    expect(undo.ok && undo.value.code).toBe('nothing-to-undo');
  });
});
