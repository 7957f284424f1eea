import { describe, expect, it } from 'vitest';
import { putUnitInLocation } from '../../../main/locations/put-away';
import { closeOpenCarton } from '../../../main/packing/carton-actions';
import { finishShipment } from '../../../main/packing/shipment-completion';
import { createReceipt } from '../../../main/receiving/create-receipt';
import { handleReceiveScan } from '../../../main/receiving/receive-scan';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { applyUnitTransition } from '../../../main/tracking/apply-transition';
import { buildSerialPages } from '../../../main/tracking/serial-page';
import { findUnitByScan } from '../../../main/tracking/unit-scan';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture, type TrackingFixture } from '../../support/tracking-fixture';

function requireOk<T>(result: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown }): T {
  if (!result.ok) {
    throw new Error(JSON.stringify(result.error));
  }
  return result.value;
}

/** Receives SN000001 on ASN-1, puts it away to A-01, packs it on ORD-9, closes the carton and ships. */
function runLifecycle(fixture: TrackingFixture): void {
  const { db, actor } = fixture;
  const receipt = requireOk(
    inWriteTransaction(db, () =>
      createReceipt(db, actor, {
        clientId: fixture.clientId,
        reference: 'ASN-1',
        source: 'on-the-spot',
        lines: [{ productId: fixture.cameraId, sku: 'CAM-1', quantity: 1, lot: null, expiry: null, serials: [] }],
      }),
    ),
  );
  requireOk(inWriteTransaction(db, () => handleReceiveScan(db, actor, { receiptId: receipt.id, raw: '(01)09506000123455(21)SN000001(10)L7', pendingProductId: null })));
  const unit = requireOk(findUnitByScan(db, 'SN000001'));
  requireOk(inWriteTransaction(db, () => putUnitInLocation(db, actor, unit, fixture.shelfA, { reason: '' })));

  const shipmentId = fixture.addShipment('ORD-9', [{ productId: fixture.cameraId, quantity: 1 }]);
  expect(fixture.scan(shipmentId, '(01)09506000123455(21)SN000001').outcome).toBe('accepted');
  requireOk(inWriteTransaction(db, () => closeOpenCarton(db, actor, shipmentId, 1200)));
  requireOk(inWriteTransaction(db, () => finishShipment(db, actor, shipmentId)));
}

describe('buildSerialPages', () => {
  const tempDir = useTempDir();

  it('shows the whole timeline', () => {
    const fixture = createTrackingFixture(tempDir());
    runLifecycle(fixture);

    const [page] = buildSerialPages(fixture.db, 'sn000001');

    expect(page).toMatchObject({ serial: 'SN000001', status: 'shipped', clientCode: 'ACME', sku: 'CAM-1', lot: 'L7', shipmentReference: 'ORD-9', recipient: 'Jan Kowalski', receiptReference: 'ASN-1', locationCode: null });
    expect(page?.timeline.map((entry) => entry.type)).toEqual(['unit-received', 'unit-put-away', 'unit-packed', 'carton-closed', 'unit-shipped']);
    expect(page?.timeline.every((entry) => entry.operatorName === 'Anna')).toBe(true);
    expect(page?.timeline.find((entry) => entry.type === 'carton-closed')).toMatchObject({ viaCarton: true, shipmentReference: 'ORD-9' });
    expect(page?.timeline.find((entry) => entry.type === 'unit-put-away')?.message).toMatchObject({ key: 'pack:timeline.unit-put-away', params: { locationCode: 'A-01', operator: 'Anna' } });
    fixture.db.close();
  });

  it('refuses packing a received unit', () => {
    const fixture = createTrackingFixture(tempDir());
    fixture.insertUnitInState('SN000001', 'received');
    const shipmentId = fixture.addShipment('ORD-9', [{ productId: fixture.cameraId, quantity: 1 }]);

    const verdict = fixture.scan(shipmentId, '(01)09506000123455(21)SN000001');

    expect(verdict).toMatchObject({ outcome: 'rejected', code: 'unit-not-in-stock' });
    fixture.db.close();
  });

  it('blocks shipping a held packed unit', () => {
    const fixture = createTrackingFixture(tempDir());
    const shipmentId = fixture.addShipment('ORD-9', [{ productId: fixture.cameraId, quantity: 1 }]);
    fixture.scan(shipmentId, '(01)09506000123455(21)SN000001');
    requireOk(inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, shipmentId, 900)));
    const unit = requireOk(findUnitByScan(fixture.db, 'SN000001'));
    requireOk(inWriteTransaction(fixture.db, () => applyUnitTransition(fixture.db, fixture.actor, unit.id, { event: 'unit-held', holdReason: 'quarantine' })));

    const finished = inWriteTransaction(fixture.db, () => finishShipment(fixture.db, fixture.actor, shipmentId));

    expect(finished.ok ? null : finished.error.code).toBe('unit-on-hold');
    fixture.db.close();
  });
});
