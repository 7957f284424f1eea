import { describe, expect, it } from 'vitest';
import { openReturn, type OpenReturnRequest } from '../../../main/returns/open-return';
import { findReturnById, listReturnLines } from '../../../main/returns/returns-store';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { countEvents } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { createReturnsFixture, snapshotStore, type ReturnsFixture } from './returns-fixture';

function open(fixture: ReturnsFixture, request: Partial<OpenReturnRequest>) {
  return inWriteTransaction(fixture.db, () =>
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
  );
}

describe('openReturn', () => {
  const tempDir = useTempDir();

  it('opens a return with one event', () => {
    const fixture = createReturnsFixture(tempDir());

    const opened = open(fixture, { trackingNumber: ' 1z6v519y5555555555 ', orderReference: ' ' });

    expect(opened.ok).toBe(true);
    expect(findReturnById(fixture.db, opened.ok ? opened.value : 0)).toMatchObject({ status: 'awaiting-intake', trackingNumber: '1Z6V519Y5555555555', orderReference: null });
    expect(countEvents(fixture.db, 'return-opened')).toBe(1);
    fixture.db.close();
  });

  it('rejects a reference used twice', () => {
    const fixture = createReturnsFixture(tempDir());
    const first = open(fixture, {});
    const before = snapshotStore(fixture.db);

    const second = open(fixture, { reference: ' RMA-1 ' });

    expect(second.ok ? 'ok' : second.error).toEqual({ code: 'return-exists', returnId: first.ok ? first.value : 0, reference: 'RMA-1' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('rejects a case-only duplicate reference', () => {
    const fixture = createReturnsFixture(tempDir());
    const first = open(fixture, { referenceKind: 'amazon-return', reference: 'LPNRR100000001' });
    const before = snapshotStore(fixture.db);

    const second = open(fixture, { referenceKind: 'amazon-return', reference: 'lpnrr100000001' });

    expect(second.ok ? 'ok' : second.error).toEqual({ code: 'return-exists', returnId: first.ok ? first.value : 0, reference: 'LPNRR100000001' });
    expect(snapshotStore(fixture.db)).toBe(before);
    fixture.db.close();
  });

  it('strips invisible characters from references', () => {
    const fixture = createReturnsFixture(tempDir());
    const first = open(fixture, {});

    const withZeroWidthSpace = open(fixture, { reference: 'RMA-1\u200b' });
    const withNoBreakSpace = open(fixture, { reference: '\u00a0RMA-2' });

    expect(withZeroWidthSpace.ok ? 'ok' : withZeroWidthSpace.error).toEqual({ code: 'return-exists', returnId: first.ok ? first.value : 0, reference: 'RMA-1' });
    expect(findReturnById(fixture.db, withNoBreakSpace.ok ? withNoBreakSpace.value : 0)?.reference).toBe('RMA-2');
    fixture.db.close();
  });

  it('normalizes expected serials of lines', () => {
    const fixture = createReturnsFixture(tempDir());
    const line = { productId: fixture.cameraId, sku: 'CAM-1', fnsku: null, quantityExpected: 1 };

    const opened = open(fixture, { lines: [{ ...line, expectedSerial: 'SN000451\u200b ' }, { ...line, expectedSerial: '\u200b' }] });

    const lines = listReturnLines(fixture.db, opened.ok ? opened.value : 0);
    expect(lines[0]?.expectedSerial).toBe('SN000451');
    expect(lines[1]?.expectedSerial).toBeNull();
    fixture.db.close();
  });

  it('allows the same reference for another client', () => {
    const fixture = createReturnsFixture(tempDir());
    open(fixture, {});

    expect(open(fixture, { clientId: fixture.betaClientId }).ok).toBe(true);
    fixture.db.close();
  });

  it('rejects a reference held without client', () => {
    const fixture = createReturnsFixture(tempDir());
    const withoutClient = open(fixture, { clientId: null });
    const withClient = open(fixture, { reference: 'RMA-2' });

    const forClient = open(fixture, {});
    const forNoClient = open(fixture, { clientId: null, reference: 'RMA-2' });

    expect(forClient.ok ? 'ok' : forClient.error).toEqual({ code: 'return-exists', returnId: withoutClient.ok ? withoutClient.value : 0, reference: 'RMA-1' });
    expect(forNoClient.ok ? 'ok' : forNoClient.error).toEqual({ code: 'return-exists', returnId: withClient.ok ? withClient.value : 0, reference: 'RMA-2' });
    fixture.db.close();
  });

  it('checks reference against kind', () => {
    const fixture = createReturnsFixture(tempDir());

    const missing = open(fixture, { reference: '  ' });
    const extra = open(fixture, { referenceKind: 'none', reference: 'RMA-9' });

    expect(missing.ok ? 'ok' : missing.error).toEqual({ code: 'reference-required', referenceKind: 'rma' });
    expect(extra.ok ? 'ok' : extra.error).toEqual({ code: 'reference-not-allowed' });
    expect(countEvents(fixture.db, 'return-opened')).toBe(0);
    fixture.db.close();
  });

  it('expects the lines of a removal order', () => {
    const fixture = createReturnsFixture(tempDir());
    fixture.db.prepare('UPDATE products SET fnsku = ? WHERE id = ?').run('X00LENS002', fixture.lensId);
    const orderId = Number(
      fixture.db
        .prepare("INSERT INTO removal_orders (client_id, order_id, order_type, order_status, request_date, imported_at) VALUES (?, 'RMV-1', 'Return', 'Completed', '2026-01-02', '2026-01-03')")
        .run(fixture.clientId).lastInsertRowid,
    );
    const addLine = fixture.db.prepare(
      `INSERT INTO removal_order_lines (removal_order_id, sku, fnsku, disposition, requested_quantity, cancelled_quantity, disposed_quantity, shipped_quantity, in_process_quantity)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    );
    addLine.run(orderId, 'CAM-1', 'X00CAM0001', 'Sellable', 3, 0, 0, 2);
    addLine.run(orderId, 'LENS-OLD-SKU', 'X00LENS002', 'Sellable', 4, 1, 1, 0);
    addLine.run(orderId, 'TRIPOD-9', 'X00TRIP009', 'Unsellable', 1, 1, 0, 0);

    const opened = open(fixture, { referenceKind: 'removal-order', reference: 'RMV-1' });

    const returnId = opened.ok ? opened.value : 0;
    expect(fixture.db.prepare('SELECT removal_order_id AS id FROM returns WHERE id = ?').get(returnId)).toEqual({ id: orderId });
    expect(listReturnLines(fixture.db, returnId).map((line) => [line.sku, line.productId, line.quantityExpected])).toEqual([
      ['CAM-1', fixture.cameraId, 2],
      ['LENS-OLD-SKU', fixture.lensId, 2],
    ]);
    fixture.db.close();
  });
});
