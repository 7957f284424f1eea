import { describe, expect, it } from 'vitest';
import { closeOpenCarton } from '../../../main/packing/carton-actions';
import { finishShipment, shortShipShipment } from '../../../main/packing/shipment-completion';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { countEvents, createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

describe('finishing shipments', () => {
  const tempDir = useTempDir();

  it('finishes a complete shipment', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipmentId, 'SN000451');
    fixture.scan(shipmentId, 'SN000452');
    inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 2000));

    const finished = inWriteTransaction(fixture.db, () => finishShipment(fixture.db, fixture.actor, shipmentId));

    expect(finished).toEqual({ ok: true, value: { unitsShipped: 2 } });
    expect(fixture.db.prepare('SELECT DISTINCT status FROM units').all()).toEqual([{ status: 'shipped' }]);
    expect(fixture.db.prepare('SELECT status FROM shipments').get()).toEqual({ status: 'finished' });
    expect(countEvents(fixture.db, 'unit-shipped')).toBe(2);
    expect(countEvents(fixture.db, 'shipment-finished')).toBe(1);
  });

  it('rejects finishing with missing units', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipmentId, 'SN000451');
    inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 2000));

    const finished = inWriteTransaction(fixture.db, () => finishShipment(fixture.db, fixture.actor, shipmentId));

    expect(finished.ok).toBe(false);
    if (finished.ok) return;
    expect(finished.error.code).toBe('lines-incomplete');
    expect(finished.error.message.params).toMatchObject({ missingUnits: 1, incompleteLines: 1 });
  });

  it('rejects finishing with a carton open', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.scan(shipmentId, 'SN000451');

    const finished = inWriteTransaction(fixture.db, () => finishShipment(fixture.db, fixture.actor, shipmentId));

    expect(finished.ok ? '' : finished.error.code).toBe('carton-still-open');
    expect(countEvents(fixture.db, 'unit-shipped')).toBe(0);
  });

  it('short-ships with a reason', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [
      { productId: fixture.cameraId, quantity: 2 },
      { productId: fixture.lensId, quantity: 1 },
    ]);
    fixture.scan(shipmentId, 'SN000451');
    inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 800));

    const shipped = inWriteTransaction(fixture.db, () => shortShipShipment(fixture.db, fixture.actor, shipmentId, 'lens out of stock'));

    expect(shipped).toEqual({ ok: true, value: { unitsShipped: 1 } });
    expect(fixture.db.prepare('SELECT status, short_ship_reason FROM shipments').get()).toEqual({ status: 'short-shipped', short_ship_reason: 'lens out of stock' });
    const event = fixture.db.prepare<[], { payload: string }>("SELECT payload FROM events WHERE type = 'shipment-short-shipped'").get();
    expect(JSON.parse(event?.payload ?? '{}')).toMatchObject({
      reason: 'lens out of stock',
      missing: [
        { sku: 'CAM-1', missing: 1 },
        { sku: 'LENS-2', missing: 1 },
      ],
    });
  });

  it('rejects short-ship without packed units', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);

    const shipped = inWriteTransaction(fixture.db, () => shortShipShipment(fixture.db, fixture.actor, shipmentId, 'none'));

    expect(shipped.ok ? '' : shipped.error.code).toBe('nothing-packed');
  });

  it('rejects short-ship of complete shipment', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.scan(shipmentId, 'SN000451');
    inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 800));

    const shipped = inWriteTransaction(fixture.db, () => shortShipShipment(fixture.db, fixture.actor, shipmentId, 'why'));

    expect(shipped.ok ? '' : shipped.error.code).toBe('shipment-complete');
  });

  it('rejects finishing twice', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.scan(shipmentId, 'SN000451');
    inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 800));
    inWriteTransaction(fixture.db, () => finishShipment(fixture.db, fixture.actor, shipmentId));

    const again = inWriteTransaction(fixture.db, () => finishShipment(fixture.db, fixture.actor, shipmentId));

    expect(again.ok ? '' : again.error.code).toBe('shipment-not-open');
  });
});
