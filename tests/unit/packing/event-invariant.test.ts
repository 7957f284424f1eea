import { describe, expect, it } from 'vitest';
import { closeOpenCarton, reopenCarton } from '../../../main/packing/carton-actions';
import { removeUnitFromCarton } from '../../../main/packing/remove-unit';
import { finishShipment } from '../../../main/packing/shipment-completion';
import { verifyEventChain } from '../../../main/store/event-chain';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

/** Types of the events written since `afterSeq`, oldest first. */
function eventTypesAfter(db: ReturnType<typeof createPackingFixture>['db'], afterSeq: number): ReadonlyArray<string> {
  return db.prepare<[number], { type: string }>('SELECT type FROM events WHERE seq > ? ORDER BY seq').all(afterSeq).map((row) => row.type);
}

function lastSeq(db: ReturnType<typeof createPackingFixture>['db']): number {
  return db.prepare<[], { seq: number | null }>('SELECT max(seq) AS seq FROM events').get()?.seq ?? 0;
}

describe('one event per change', () => {
  const tempDir = useTempDir();

  it('writes exactly the expected events', () => {
    const fixture = createPackingFixture(tempDir());
    const { db, actor } = fixture;
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    const unitId = (serial: string): number => db.prepare<[string], { id: number }>('SELECT id FROM units WHERE serial = ?').get(serial)?.id ?? 0;
    const cartonId = (): number => db.prepare<[], { id: number }>('SELECT id FROM cartons ORDER BY id LIMIT 1').get()?.id ?? 0;

    const steps: ReadonlyArray<{ readonly name: string; readonly run: () => unknown; readonly expected: ReadonlyArray<string> }> = [
      { name: 'product scan', run: () => fixture.scan(shipmentId, 'CAM-1'), expected: [] },
      { name: 'first unit', run: () => fixture.scan(shipmentId, 'SN000451'), expected: ['carton-opened', 'unit-packed'] },
      { name: 'rejected duplicate', run: () => fixture.scan(shipmentId, 'SN000451'), expected: [] },
      { name: 'second unit', run: () => fixture.scan(shipmentId, 'SN000452'), expected: ['unit-packed'] },
      { name: 'undo', run: () => fixture.scan(shipmentId, '#PT:UNDO'), expected: ['unit-removed'] },
      { name: 'repack', run: () => fixture.scan(shipmentId, 'SN000452'), expected: ['unit-packed'] },
      { name: 'remove', run: () => inWriteTransaction(db, () => removeUnitFromCarton(db, actor, shipmentId, unitId('SN000452'), 'dent')), expected: ['unit-removed'] },
      { name: 'repack again', run: () => fixture.scan(shipmentId, 'SN000452'), expected: ['unit-packed'] },
      { name: 'close command', run: () => fixture.scan(shipmentId, '#PT:CLOSE-CARTON'), expected: [] },
      { name: 'close', run: () => inWriteTransaction(db, () => closeOpenCarton(db, actor, shipmentId, 1800)), expected: ['carton-closed'] },
      { name: 'reopen', run: () => inWriteTransaction(db, () => reopenCarton(db, actor, cartonId(), 'recount')), expected: ['carton-reopened'] },
      { name: 'close again', run: () => inWriteTransaction(db, () => closeOpenCarton(db, actor, shipmentId, 1800)), expected: ['carton-closed'] },
      { name: 'finish', run: () => inWriteTransaction(db, () => finishShipment(db, actor, shipmentId)), expected: ['unit-shipped', 'unit-shipped', 'shipment-finished'] },
    ];

    for (const step of steps) {
      const before = lastSeq(db);
      step.run();
      expect(eventTypesAfter(db, before), step.name).toEqual(step.expected);
    }
    expect(verifyEventChain(db).ok).toBe(true);
  });

  it('records packed quantities matching events', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    for (const raw of ['SN000451', 'SN000452', '#PT:UNDO', 'SN000453', 'SN000451']) {
      fixture.scan(shipmentId, raw);
    }

    const events = fixture.db
      .prepare<[], { packed: number; removed: number }>(
        "SELECT sum(type = 'unit-packed') AS packed, sum(type = 'unit-removed') AS removed FROM events",
      )
      .get();
    const line = fixture.db.prepare<[], { quantity_packed: number }>('SELECT quantity_packed FROM shipment_lines').get();
    const inCartons = fixture.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM units WHERE status = 'packed'").get();

    expect(events).toEqual({ packed: 3, removed: 1 });
    expect(line?.quantity_packed).toBe(2);
    expect(inCartons?.n).toBe(2);
  });
});
