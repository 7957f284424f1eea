import { describe, expect, it } from 'vitest';
import { closeOpenCarton } from '../../../main/packing/carton-actions';
import { removeUnitFromCarton } from '../../../main/packing/remove-unit';
import { finishShipment } from '../../../main/packing/shipment-completion';
import { lookupUnitsBySerial } from '../../../main/store/unit-lookup';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { countEvents, createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

describe('serial field cases', () => {
  const tempDir = useTempDir();

  it('rejects a shipped serial on a new shipment', () => {
    const fixture = createPackingFixture(tempDir());
    const { db, actor } = fixture;
    const first = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 7 }]);
    // Cartons 1 to 6 hold other units, so SN000455 ends up in carton 7.
    for (let carton = 1; carton <= 6; carton += 1) {
      fixture.scan(first, `SN00010${carton}`);
      inWriteTransaction(db, () => closeOpenCarton(db, actor, first, 500));
    }
    fixture.scan(first, 'SN000455');
    inWriteTransaction(db, () => closeOpenCarton(db, actor, first, 500));
    inWriteTransaction(db, () => finishShipment(db, actor, first));
    const second = fixture.addShipment('ORD-1002', [{ productId: fixture.cameraId, quantity: 1 }]);
    const historyBefore = lookupUnitsBySerial(db, 'SN000455')[0]?.timeline.length;

    const verdict = fixture.scan(second, 'SN000455');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'already-shipped', sound: 'duplicate' });
    expect(verdict.message).toEqual({
      key: 'pack:verdict.already-shipped.message',
      params: { serial: 'SN000455', reference: 'ORD-1001', cartonNumber: 7, sscc: '109506000000000078' },
    });
    const [unit] = lookupUnitsBySerial(db, 'SN000455');
    expect(unit?.status).toBe('shipped');
    expect(unit?.shipmentReference).toBe('ORD-1001');
    expect(unit?.timeline.length).toBe(historyBefore);
  });

  it('records one row for a double delivery', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);

    // The same label read by the wedge and the HID input: two gestures, milliseconds apart.
    const wedge = fixture.scan(shipmentId, 'SN000456', 'wedge-gesture-1');
    const hid = fixture.scan(shipmentId, 'SN000456', 'hid-gesture-1');

    expect(wedge.code).toBe('unit-packed-new-carton');
    expect(hid).toMatchObject({ outcome: 'rejected', code: 'duplicate-in-carton' });
    expect(fixture.db.prepare("SELECT count(*) AS n FROM units WHERE serial = 'SN000456'").get()).toEqual({ n: 1 });
    expect(countEvents(fixture.db, 'unit-packed')).toBe(1);
  });

  it('resolves whitespace variants to one unit', () => {
    const fixture = createPackingFixture(tempDir());
    const { db, actor } = fixture;
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipmentId, 'SN000457');
    const unitId = db.prepare<[], { id: number }>('SELECT id FROM units').get()?.id ?? 0;
    inWriteTransaction(db, () => removeUnitFromCarton(db, actor, shipmentId, unitId, 'recheck'));

    const verdicts = ['SN000457 ', 'SN000457\r', ' SN000457', 'SN000457\u00a0'].map((raw) => fixture.scan(shipmentId, raw));

    expect(verdicts[0]).toMatchObject({ outcome: 'accepted', code: 'unit-packed' });
    for (const verdict of verdicts.slice(1)) {
      expect(verdict).toMatchObject({ outcome: 'rejected', code: 'duplicate-in-carton' });
    }
    expect(db.prepare('SELECT serial FROM units').all()).toEqual([{ serial: 'SN000457' }]);
  });

  it('flags a case-only duplicate', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipmentId, 'SN000457');

    const bare = fixture.scan(shipmentId, 'sn000457');
    fixture.scan(shipmentId, 'CAM-1');
    const afterProduct = fixture.scan(shipmentId, 'sn000457');
    const gs1 = fixture.scan(shipmentId, '(01)09506000123455(21)sn000457');

    for (const verdict of [bare, afterProduct, gs1]) {
      expect(verdict).toMatchObject({ outcome: 'rejected', code: 'case-only-duplicate', sound: 'duplicate' });
      expect(verdict.message.params).toMatchObject({ serial: 'sn000457', existingSerial: 'SN000457' });
    }
    expect(fixture.db.prepare('SELECT serial FROM units').all()).toEqual([{ serial: 'SN000457' }]);
  });

  it('finds folded serials in lookup', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipmentId, 'SN000457');

    const found = lookupUnitsBySerial(fixture.db, ' sn000457\u00a0');

    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ serial: 'SN000457', sku: 'CAM-1', clientCode: 'ACME', status: 'packed', shipmentReference: 'ORD-1001', cartonNumber: 1 });
    expect(found[0]?.timeline.map((entry) => entry.message.key)).toEqual(['pack:timeline.unit-packed']);
    expect(found[0]?.timeline[0]).toMatchObject({ operatorName: 'Anna', shipmentReference: 'ORD-1001', cartonSscc: '109506000000000016' });
  });
});
