import { describe, expect, it } from 'vitest';
import { readPackView } from '../../../main/packing/pack-view';
import { insertProduct } from '../../../main/store/products';
import { countEvents, createPackingFixture, productFields } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

const cameraGtin = '09506000123455';
const lensGtin = '09506000134352';

describe('recordScan', () => {
  const tempDir = useTempDir();

  it('packs product barcode then serial', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);

    const product = fixture.scan(shipmentId, cameraGtin);
    const unit = fixture.scan(shipmentId, 'SN000451');

    expect(product).toMatchObject({ outcome: 'accepted', code: 'product-identified', sound: 'accept' });
    expect(product.nextStep?.key).toBe('pack:verdict.product-identified.nextStep');
    expect(unit).toMatchObject({ outcome: 'accepted', code: 'unit-packed-new-carton', sound: 'accept' });
    expect(unit.message.params).toMatchObject({ serial: 'SN000451', sku: 'CAM-1', cartonNumber: 1, remaining: 1 });
    const view = readPackView(fixture.db, fixture.actor.stationId, shipmentId);
    expect(view?.openCarton?.sscc).toBe('109506000000000016');
    expect(view?.openCartonUnits.map((entry) => entry.serial)).toEqual(['SN000451']);
    expect(view?.lines[0]?.quantityPacked).toBe(1);
    expect(view?.pendingProduct).toBeNull();
  });

  it('shows the pending product in the view', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);

    fixture.scan(shipmentId, 'CAM-1');

    expect(readPackView(fixture.db, fixture.actor.stationId, shipmentId)?.pendingProduct).toMatchObject({ sku: 'CAM-1' });
  });

  it('packs a GS1 code with lot and expiry', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);

    const verdict = fixture.scan(shipmentId, `(01)${cameraGtin}(10)LOT7A(17)270300(21)SN000451`);

    expect(verdict.code).toBe('unit-packed-new-carton');
    const unit = fixture.db.prepare('SELECT serial, lot, expiry, status FROM units').get();
    expect(unit).toEqual({ serial: 'SN000451', lot: 'LOT7A', expiry: '2027-03-31', status: 'packed' });
  });

  it('packs a bare serial of one product', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [
      { productId: fixture.cameraId, quantity: 1 },
      { productId: fixture.lensId, quantity: 1 },
    ]);

    const lens = fixture.scan(shipmentId, 'LX-1234');
    const camera = fixture.scan(shipmentId, 'SN000452');

    expect(lens.message.params).toMatchObject({ sku: 'LENS-2' });
    expect(camera.message.params).toMatchObject({ sku: 'CAM-1' });
  });

  it('asks for the product on ambiguous serial', () => {
    const fixture = createPackingFixture(tempDir());
    const anyId = insertProduct(fixture.db, fixture.clientId, productFields('ANY-9'), '2026-01-05T08:00:00.000Z');
    const shipmentId = fixture.addShipment('ORD-1001', [
      { productId: fixture.cameraId, quantity: 1 },
      { productId: anyId, quantity: 1 },
    ]);

    const verdict = fixture.scan(shipmentId, 'SN000451');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'ambiguous-serial', sound: 'error' });
    expect(verdict.message.params).toMatchObject({ serial: 'SN000451', skus: 'ANY-9, CAM-1' });
    expect(countEvents(fixture.db)).toBe(0);
  });

  it('rejects a product not on shipment', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);

    const byGtin = fixture.scan(shipmentId, lensGtin);
    const byGs1 = fixture.scan(shipmentId, `(01)${lensGtin}(21)LX-1234`);
    const bySku = fixture.scan(shipmentId, 'LENS-2');

    for (const verdict of [byGtin, byGs1, bySku]) {
      expect(verdict).toMatchObject({ outcome: 'rejected', code: 'not-on-shipment', sound: 'wrong-item' });
      expect(verdict.message.params).toMatchObject({ sku: 'LENS-2' });
    }
  });

  it('rejects an unknown GTIN as wrong item', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);

    const verdict = fixture.scan(shipmentId, '9506000101040');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'unknown-product', sound: 'wrong-item' });
  });

  it('rejects an over-pack', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.scan(shipmentId, 'SN000451');

    const bare = fixture.scan(shipmentId, 'SN000452');
    const product = fixture.scan(shipmentId, cameraGtin);
    const gs1 = fixture.scan(shipmentId, `(01)${cameraGtin}(21)SN000453`);

    for (const verdict of [bare, product, gs1]) {
      expect(verdict).toMatchObject({ outcome: 'rejected', code: 'over-pack', sound: 'over-pack' });
    }
    expect(countEvents(fixture.db, 'unit-packed')).toBe(1);
  });

  it('rejects a serial already in carton', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    fixture.scan(shipmentId, 'SN000451');

    const verdict = fixture.scan(shipmentId, 'SN000451');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'duplicate-in-carton', sound: 'duplicate' });
    expect(verdict.message.params).toMatchObject({ serial: 'SN000451', cartonNumber: 1 });
  });

  it('names the other carton of a duplicate', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    fixture.scan(shipmentId, 'SN000451');
    fixture.db.prepare("UPDATE cartons SET status = 'closed', weight_grams = 900").run();
    fixture.scan(shipmentId, '#PT:NEW-CARTON');

    const verdict = fixture.scan(shipmentId, `(01)${cameraGtin}(21)SN000451`);

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'in-other-carton', sound: 'duplicate' });
    expect(verdict.message.params).toMatchObject({ serial: 'SN000451', cartonNumber: 1, sscc: '109506000000000016' });
  });

  it('names the other shipment of a duplicate', () => {
    const fixture = createPackingFixture(tempDir());
    const first = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    const second = fixture.addShipment('ORD-1002', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.scan(first, 'SN000451');

    const verdict = fixture.scan(second, 'SN000451');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'on-other-shipment', sound: 'duplicate' });
    expect(verdict.message.params).toMatchObject({ reference: 'ORD-1001' });
  });

  it('rejects a serial off the pattern', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.scan(shipmentId, 'CAM-1');

    const verdict = fixture.scan(shipmentId, 'SN45');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'serial-pattern-mismatch', sound: 'error' });
    expect(verdict.message.params).toMatchObject({ serial: 'SN45', sku: 'CAM-1', pattern: 'SN\\d{6}' });
    expect(fixture.db.prepare('SELECT count(*) AS n FROM units').get()).toEqual({ n: 0 });
  });

  it('rejects a unit on hold', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.db
      .prepare("INSERT INTO units (product_id, serial, serial_folded, status, created_at, updated_at) VALUES (?, 'SN000451', 'SN000451', 'hold', 't', 't')")
      .run(fixture.cameraId);

    const verdict = fixture.scan(shipmentId, 'SN000451');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'unit-on-hold', sound: 'error' });
  });

  it('maps decode errors to their keys', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);

    const verdict = fixture.scan(shipmentId, '0950600012346');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'decode-error', sound: 'error' });
    expect(verdict.message).toEqual({ key: 'scan:invalid-check-digit', params: { part: '0950600012346' } });
  });

  it('keeps the pending product after misreads', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.scan(shipmentId, 'CAM-1');

    fixture.scan(shipmentId, '0950600012346');
    const verdict = fixture.scan(shipmentId, '00451');

    // Without the pending product this bare serial would match no pattern.
    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'serial-pattern-mismatch' });
  });

  it('rejects a scanned carton label', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);

    const verdict = fixture.scan(shipmentId, '109506000000000429');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'carton-label-scanned', sound: 'error' });
  });

  it('rejects scans on a finished shipment', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.db.prepare("UPDATE shipments SET status = 'finished'").run();

    const verdict = fixture.scan(shipmentId, 'SN000451');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'shipment-not-open' });
  });

  it('opens a carton on the first unit', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);

    fixture.scan(shipmentId, 'SN000451');
    const second = fixture.scan(shipmentId, 'SN000452');

    expect(second.code).toBe('unit-packed');
    expect(countEvents(fixture.db, 'carton-opened')).toBe(1);
    const opened = fixture.db.prepare<[], { payload: string }>("SELECT payload FROM events WHERE type = 'carton-opened'").get();
    expect(JSON.parse(opened?.payload ?? '{}')).toMatchObject({ cause: 'first-unit', number: 1 });
  });

  it('rejects a client without GS1 prefix', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.db.prepare('UPDATE clients SET gs1_company_prefix = NULL').run();

    const verdict = fixture.scan(shipmentId, 'SN000451');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'sscc-unavailable' });
    expect(verdict.message.params).toMatchObject({ client: 'ACME', reason: 'no-company-prefix' });
    expect(countEvents(fixture.db)).toBe(0);
  });

  it('replays a gesture without recording', () => {
    const fixture = createPackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);

    const first = fixture.scan(shipmentId, 'SN000451', 'gesture-aaaa');
    const again = fixture.scan(shipmentId, 'SN000451', 'gesture-aaaa');
    const rejectedFirst = fixture.scan(shipmentId, 'XYZ', 'gesture-bbbb');
    const rejectedAgain = fixture.scan(shipmentId, 'XYZ', 'gesture-bbbb');

    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ...first, replayed: true });
    expect(rejectedFirst.outcome).toBe('rejected');
    expect(rejectedAgain).toEqual({ ...rejectedFirst, replayed: true });
    expect(countEvents(fixture.db, 'unit-packed')).toBe(1);
    expect(fixture.db.prepare('SELECT count(*) AS n FROM scan_gestures').get()).toEqual({ n: 2 });
  });
});
