import { describe, expect, it } from 'vitest';
import { closeOpenCarton } from '../../../main/packing/carton-actions';
import { reopenShippedCarton } from '../../../main/packing/reopen-shipped-carton';
import { finishShipment, shortShipShipment } from '../../../main/packing/shipment-completion';
import { createTranslator } from '../../../main/core/translator';
import { verifyEventChain } from '../../../main/store/event-chain';
import { lookupUnitsBySerial } from '../../../main/store/unit-lookup';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { countEvents, createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

/** Packs SN000451 and SN000452 of a three-camera shipment into carton 1 and closes it. */
function packedShipment(dir: string) {
  const fixture = createPackingFixture(dir);
  const shipmentId = fixture.addShipment('ORD-5001', [{ productId: fixture.cameraId, quantity: 3 }]);
  fixture.scan(shipmentId, 'SN000451');
  fixture.scan(shipmentId, 'SN000452');
  inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 1800));
  const cartonId = fixture.db.prepare<[], { id: number }>('SELECT id FROM cartons').get()?.id ?? 0;
  return { fixture, shipmentId, cartonId };
}

describe('reopenShippedCarton', () => {
  const tempDir = useTempDir();

  it('reopens a short-shipped shipment', () => {
    const { fixture, shipmentId, cartonId } = packedShipment(tempDir());
    inWriteTransaction(fixture.db, () => shortShipShipment(fixture.db, fixture.actor, shipmentId, 'Third camera damaged'));

    const reopened = inWriteTransaction(fixture.db, () => reopenShippedCarton(fixture.db, fixture.actor, cartonId, 'Camera replaced'));

    expect(reopened.ok).toBe(true);
    expect(fixture.db.prepare('SELECT status, short_ship_reason, finished_at FROM shipments').get()).toEqual({ status: 'open', short_ship_reason: null, finished_at: null });
    expect(fixture.db.prepare('SELECT DISTINCT status FROM units').all()).toEqual([{ status: 'packed' }]);
    expect(countEvents(fixture.db, 'unit-unshipped')).toBe(2);
    const reopenedEvent = fixture.db.prepare<[], { payload: string }>(`SELECT payload FROM events WHERE type = 'shipment-reopened'`).get();
    expect(JSON.parse(reopenedEvent?.payload ?? '{}')).toMatchObject({ previousStatus: 'short-shipped', reason: 'Camera replaced' });
    expect(verifyEventChain(fixture.db).ok).toBe(true);
  });

  it('rejects a carton with a returned unit', () => {
    const { fixture, shipmentId, cartonId } = packedShipment(tempDir());
    inWriteTransaction(fixture.db, () => shortShipShipment(fixture.db, fixture.actor, shipmentId, 'Third camera damaged'));
    fixture.db.prepare(`UPDATE units SET status = 'returned' WHERE serial = 'SN000452'`).run();
    const eventsBefore = countEvents(fixture.db);

    const reopened = inWriteTransaction(fixture.db, () => reopenShippedCarton(fixture.db, fixture.actor, cartonId, 'Camera replaced'));

    expect(reopened.ok).toBe(false);
    expect(reopened.ok ? undefined : reopened.error.code).toBe('unit-not-shipped');
    expect(reopened.ok ? undefined : reopened.error.message.params).toMatchObject({ serial: 'SN000452', status: 'returned', cartonNumber: 1 });
    expect(countEvents(fixture.db)).toBe(eventsBefore);
    expect(fixture.db.prepare('SELECT status FROM shipments').get()).toEqual({ status: 'short-shipped' });
    expect(fixture.db.prepare(`SELECT status FROM units WHERE serial = 'SN000451'`).get()).toEqual({ status: 'shipped' });
  });

  it('reopens an open shipment plainly', () => {
    const { fixture, cartonId } = packedShipment(tempDir());

    const reopened = inWriteTransaction(fixture.db, () => reopenShippedCarton(fixture.db, fixture.actor, cartonId, 'Forgot the manual'));

    expect(reopened.ok).toBe(true);
    expect(countEvents(fixture.db, 'carton-reopened')).toBe(1);
    expect(countEvents(fixture.db, 'shipment-reopened')).toBe(0);
    expect(countEvents(fixture.db, 'unit-unshipped')).toBe(0);
  });

  it('rejects an unknown carton', () => {
    const { fixture } = packedShipment(tempDir());

    const reopened = inWriteTransaction(fixture.db, () => reopenShippedCarton(fixture.db, fixture.actor, 9999, 'Wrong box'));

    expect(reopened.ok ? undefined : reopened.error.code).toBe('carton-not-found');
  });

  it('ships only the reopened carton again', () => {
    const { fixture, shipmentId, cartonId } = packedShipment(tempDir());
    fixture.scan(shipmentId, 'SN000453');
    inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 900));
    inWriteTransaction(fixture.db, () => finishShipment(fixture.db, fixture.actor, shipmentId));
    inWriteTransaction(fixture.db, () => reopenShippedCarton(fixture.db, fixture.actor, cartonId, 'Check the seal'));
    inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 1800));

    const finished = inWriteTransaction(fixture.db, () => finishShipment(fixture.db, fixture.actor, shipmentId));

    expect(finished).toEqual({ ok: true, value: { unitsShipped: 2 } });
    expect(countEvents(fixture.db, 'unit-shipped')).toBe(5);
    expect(countEvents(fixture.db, 'shipment-finished')).toBe(2);
  });

  it('shows unshipping in the unit timeline', () => {
    const { fixture, shipmentId, cartonId } = packedShipment(tempDir());
    inWriteTransaction(fixture.db, () => shortShipShipment(fixture.db, fixture.actor, shipmentId, 'Third camera damaged'));
    inWriteTransaction(fixture.db, () => reopenShippedCarton(fixture.db, fixture.actor, cartonId, 'Camera replaced'));
    const translate = createTranslator('en');

    const [unit] = lookupUnitsBySerial(fixture.db, 'SN000451');
    const lines = (unit?.timeline ?? []).map((entry) => translate(entry.message.key, entry.message.params));

    expect(lines.at(-1)).toBe('Taken back from shipment ORD-5001 into carton 1 by Anna: Camera replaced.');
  });
});
