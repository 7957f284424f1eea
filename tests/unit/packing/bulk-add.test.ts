import { describe, expect, it } from 'vitest';
import { bulkAddSerials, bulkGestureId } from '../../../main/packing/bulk-add';
import { readPackView } from '../../../main/packing/pack-view';
import { countEvents, createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

const cameraGtin = '09506000123455';

describe('bulkAddSerials', () => {
  const tempDir = useTempDir();

  it('judges like product scan then serial', () => {
    // The same serials, once through bulk add and once as GTIN scan + serial scan pairs, on two
    // identical stores: every verdict code must match.
    const serials = ['SN000451', 'LX-0001', 'SN000452', 'SN000451', 'SN000453'];
    const bulkFixture = createPackingFixture(tempDir());
    const scanFixture = createPackingFixture(tempDir());
    const bulkShipment = bulkFixture.addShipment('ORD-1001', [{ productId: bulkFixture.cameraId, quantity: 2 }]);
    const scanShipment = scanFixture.addShipment('ORD-1001', [{ productId: scanFixture.cameraId, quantity: 2 }]);

    const bulkCodes: string[] = [];
    for (const [index, serial] of serials.entries()) {
      // One serial per request, because a list with SN000451 twice is rejected as a whole.
      const added = bulkAddSerials(bulkFixture.db, bulkFixture.actor, { shipmentId: bulkShipment, productId: bulkFixture.cameraId, serials: [serial], gestureId: `request-${index}` });
      bulkCodes.push(added.ok ? (added.value[0]?.verdict.code ?? 'none') : `failed:${added.error.code}`);
    }
    const scanCodes = serials.map((serial) => {
      const product = scanFixture.scan(scanShipment, cameraGtin);
      return product.outcome === 'accepted' ? scanFixture.scan(scanShipment, serial).code : product.code;
    });

    expect(scanCodes).toEqual(['unit-packed-new-carton', 'serial-pattern-mismatch', 'unit-packed', 'over-pack', 'over-pack']);
    expect(bulkCodes).toEqual(scanCodes);
  });

  it('returns one verdict per serial', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    fixture.scan(shipmentId, `(01)${cameraGtin}(21)SN000460`);

    const added = bulkAddSerials(fixture.db, fixture.actor, {
      shipmentId,
      productId: fixture.cameraId,
      serials: ['SN000460', 'SN000461', 'XX1', 'SN000462', 'SN000463'],
      gestureId: 'request-0001',
    });

    expect(added.ok).toBe(true);
    const codes = added.ok ? added.value.map((result) => [result.serial, result.verdict.code]) : [];
    expect(codes).toEqual([
      ['SN000460', 'duplicate-in-carton'],
      ['SN000461', 'unit-packed'],
      ['XX1', 'serial-pattern-mismatch'],
      ['SN000462', 'unit-packed'],
      ['SN000463', 'over-pack'],
    ]);
    expect(readPackView(fixture.db, fixture.actor.stationId, shipmentId)?.lines[0]?.quantityPacked).toBe(3);
  });

  it('records nothing twice on repeat', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
    const request = { shipmentId, productId: fixture.cameraId, serials: ['SN000460', 'SN000461', 'SN000462'], gestureId: 'request-0001' };

    const first = bulkAddSerials(fixture.db, fixture.actor, request);
    const eventsAfterFirst = countEvents(fixture.db);
    const gesturesAfterFirst = fixture.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM scan_gestures').get()?.n;
    const second = bulkAddSerials(fixture.db, fixture.actor, request);

    expect(first.ok && first.value.map((result) => result.verdict.replayed)).toEqual([false, false, false]);
    expect(second.ok && second.value.map((result) => result.verdict.replayed)).toEqual([true, true, true]);
    expect(second.ok && second.value.map((result) => result.verdict.code)).toEqual(first.ok && first.value.map((result) => result.verdict.code));
    expect(countEvents(fixture.db)).toBe(eventsAfterFirst);
    expect(countEvents(fixture.db, 'unit-packed')).toBe(2);
    expect(fixture.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM scan_gestures').get()?.n).toBe(gesturesAfterFirst);
  });

  it('derives gesture ids per serial', () => {
    expect(bulkGestureId('request-0001', 0, 'AB-100')).toBe('bulk/request-0001/1/AB-100');
    expect(bulkGestureId('request-0001', 1, 'AB-100')).not.toBe(bulkGestureId('request-0001', 0, 'AB-100'));
  });

  it('rejects a product off the shipment', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);

    const added = bulkAddSerials(fixture.db, fixture.actor, { shipmentId, productId: fixture.lensId, serials: ['LX-0001'], gestureId: 'request-0001' });

    expect(added).toMatchObject({ ok: false, error: { code: 'not-on-shipment', message: { params: { sku: 'LENS-2' } } } });
    expect(countEvents(fixture.db, 'unit-packed')).toBe(0);
  });

  it('rejects a list with duplicates', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);

    const added = bulkAddSerials(fixture.db, fixture.actor, { shipmentId, productId: fixture.cameraId, serials: ['SN000460', 'SN000460'], gestureId: 'request-0001' });

    expect(added).toMatchObject({ ok: false, error: { code: 'bulk-duplicate-serial', message: { key: 'pack:bulk.error.duplicate-serial' } } });
    expect(countEvents(fixture.db, 'unit-packed')).toBe(0);
  });
});
