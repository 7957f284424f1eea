import { describe, expect, it } from 'vitest';
import { closeReceipt } from '../../../main/receiving/close-receipt';
import { createReceipt, type ExpectedLine } from '../../../main/receiving/create-receipt';
import { buildDiscrepancyReport, writeDiscrepancyCsv } from '../../../main/receiving/discrepancies';
import { handleReceiveScan } from '../../../main/receiving/receive-scan';
import { findReceiptById, listReceiptLines, type ReceiptRow } from '../../../main/receiving/receipts';
import { setProductSerialSource } from '../../../main/receiving/receiving-products';
import { setClientSerialPattern } from '../../../main/receiving/serial-assignment';
import { listAllEvents } from '../../../main/store/events';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture, type TrackingFixture } from '../../support/tracking-fixture';

function openReceipt(fixture: TrackingFixture, lines: ReadonlyArray<Omit<ExpectedLine, 'productId' | 'sku'> & { readonly productId?: number }>): ReceiptRow {
  const created = inWriteTransaction(fixture.db, () =>
    createReceipt(fixture.db, fixture.actor, {
      clientId: fixture.clientId,
      reference: 'ASN-1',
      source: 'asn-import',
      lines: lines.map((line) => ({ ...line, productId: line.productId ?? fixture.cameraId, sku: 'CAM-1' })),
    }),
  );
  if (!created.ok) {
    throw new Error(JSON.stringify(created.error));
  }
  return created.value;
}

function scan(fixture: TrackingFixture, receipt: ReceiptRow, raw: string, pendingProductId: number | null = null) {
  return inWriteTransaction(fixture.db, () => handleReceiveScan(fixture.db, fixture.actor, { receiptId: receipt.id, raw, pendingProductId }));
}

describe('receiving', () => {
  const tempDir = useTempDir();

  it('receives a GS1 unit in one scan', () => {
    const fixture = createTrackingFixture(tempDir());
    const receipt = openReceipt(fixture, [{ quantity: 2, lot: null, expiry: null, serials: [] }]);

    const outcome = scan(fixture, receipt, '(01)09506000123455(21)SN000001(10)LOT7(17)270131');

    expect(outcome.ok).toBe(true);
    const unit = fixture.db.prepare('SELECT serial, lot, expiry, status, receipt_id FROM units').get();
    expect(unit).toEqual({ serial: 'SN000001', lot: 'LOT7', expiry: '2027-01-31', status: 'received', receipt_id: receipt.id });
    expect(listAllEvents(fixture.db).map((event) => event.type)).toEqual(['receipt-opened', 'unit-received']);
    fixture.db.close();
  });

  it('receives product then serial', () => {
    const fixture = createTrackingFixture(tempDir());
    const receipt = openReceipt(fixture, [{ quantity: 1, lot: 'L1', expiry: '2027-05-31', serials: [] }]);

    const product = scan(fixture, receipt, '09506000123455');
    const unit = scan(fixture, receipt, 'SN000002', fixture.cameraId);

    expect(product).toEqual({ ok: true, value: { kind: 'product', productId: fixture.cameraId, sku: 'CAM-1' } });
    expect(unit.ok && unit.value.kind === 'unit' ? unit.value.received.serial : null).toBe('SN000002');
    expect(fixture.db.prepare('SELECT lot, expiry FROM units').get()).toEqual({ lot: 'L1', expiry: '2027-05-31' });
    expect(listReceiptLines(fixture.db, receipt.id)[0]?.quantityReceived).toBe(1);
    fixture.db.close();
  });

  it('flags a serial not expected', () => {
    const fixture = createTrackingFixture(tempDir());
    const receipt = openReceipt(fixture, [{ quantity: 2, lot: null, expiry: null, serials: ['SN000001', 'SN000002'] }]);

    const outcome = scan(fixture, receipt, '(01)09506000123455(21)SN000009');

    expect(outcome.ok && outcome.value.kind === 'unit' ? outcome.value.received.unexpectedSerial : null).toBe(true);
    const report = buildDiscrepancyReport(fixture.db, receipt);
    expect(report.discrepancies.map((item) => item.kind).sort()).toEqual(['missing-serial', 'missing-serial', 'short', 'unexpected-serial']);
    fixture.db.close();
  });

  it('rejects a serial received twice', () => {
    const fixture = createTrackingFixture(tempDir());
    const receipt = openReceipt(fixture, [{ quantity: 2, lot: null, expiry: null, serials: [] }]);
    scan(fixture, receipt, '(01)09506000123455(21)SN000001');

    const again = scan(fixture, receipt, '(01)09506000123455(21)SN000001');

    expect(again).toEqual({ ok: false, error: { code: 'received-twice', serial: 'SN000001', sku: 'CAM-1' } });
    expect(fixture.db.prepare('SELECT count(*) AS n FROM units').get()).toEqual({ n: 1 });
    expect(buildDiscrepancyReport(fixture.db, receipt).discrepancies.map((item) => item.kind)).toContain('received-twice');
    fixture.db.close();
  });

  it('calls a shipped serial a return', () => {
    const fixture = createTrackingFixture(tempDir());
    fixture.insertUnitInState('SN000001', 'shipped');
    const receipt = openReceipt(fixture, [{ quantity: 1, lot: null, expiry: null, serials: [] }]);

    const outcome = scan(fixture, receipt, '(01)09506000123455(21)SN000001');

    expect(outcome).toEqual({ ok: false, error: { code: 'return-not-receipt', serial: 'SN000001', sku: 'CAM-1' } });
    expect(fixture.db.prepare("SELECT status FROM units WHERE serial = 'SN000001'").get()).toEqual({ status: 'shipped' });
    fixture.db.close();
  });

  it('rejects a serial known elsewhere', () => {
    const fixture = createTrackingFixture(tempDir());
    fixture.insertUnitInState('SN000001', 'in-stock');
    const receipt = openReceipt(fixture, [{ quantity: 1, lot: null, expiry: null, serials: [] }]);

    const outcome = scan(fixture, receipt, '(01)09506000123455(21)SN000001');

    expect(outcome).toEqual({ ok: false, error: { code: 'known-elsewhere', serial: 'SN000001', sku: 'CAM-1', status: 'in-stock' } });
    fixture.db.close();
  });

  it('reports short and over lines', () => {
    const fixture = createTrackingFixture(tempDir());
    const receipt = openReceipt(fixture, [{ quantity: 1, lot: null, expiry: null, serials: [] }]);
    scan(fixture, receipt, '(01)09506000123455(21)SN000001');
    scan(fixture, receipt, '(01)09506000123455(21)SN000002');
    scan(fixture, receipt, '(01)09506000134352(21)LX-0001');

    const report = buildDiscrepancyReport(fixture.db, receipt);

    expect(report.unitsExpected).toBe(1);
    expect(report.unitsReceived).toBe(3);
    expect(report.discrepancies).toEqual([
      { kind: 'over', sku: 'CAM-1', lot: null, expected: 1, received: 2 },
      { kind: 'over', sku: 'LENS-2', lot: null, expected: 0, received: 1 },
    ]);
    fixture.db.close();
  });

  it('closes with report and event', () => {
    const fixture = createTrackingFixture(tempDir());
    const receipt = openReceipt(fixture, [{ quantity: 3, lot: 'L1', expiry: null, serials: [] }]);
    scan(fixture, receipt, '(01)09506000123455(21)SN000001');

    const closed = inWriteTransaction(fixture.db, () => closeReceipt(fixture.db, fixture.actor, receipt.id));
    const after = scan(fixture, receipt, '(01)09506000123455(21)SN000002');

    expect(closed.ok ? closed.value.discrepancies : null).toEqual([{ kind: 'short', sku: 'CAM-1', lot: 'L1', expected: 3, received: 1 }]);
    expect(findReceiptById(fixture.db, receipt.id)?.status).toBe('closed');
    expect(after).toEqual({ ok: false, error: { code: 'receipt-not-open', reference: 'ASN-1' } });
    expect(listAllEvents(fixture.db).at(-1)?.type).toBe('receipt-closed');
    fixture.db.close();
  });

  it('writes the discrepancy CSV', () => {
    const fixture = createTrackingFixture(tempDir());
    const receipt = openReceipt(fixture, [{ quantity: 2, lot: null, expiry: null, serials: ['=SN1', 'SN000002'] }]);

    const csv = writeDiscrepancyCsv(buildDiscrepancyReport(fixture.db, receipt));

    expect(csv.split('\r\n')).toEqual([
      '\uFEFF"receipt","discrepancy","sku","lot","serial","expected","received","recorded_at"',
      '"ASN-1","short","CAM-1","","","2","0",""',
      `"ASN-1","missing-serial","CAM-1","","'=SN1","","",""`,
      '"ASN-1","missing-serial","CAM-1","","SN000002","","",""',
      '',
    ]);
    fixture.db.close();
  });

  it('assigns serials from the client pattern', () => {
    const fixture = createTrackingFixture(tempDir());
    setProductSerialSource(fixture.db, fixture.cameraId, 'assigned');
    fixture.db.prepare('UPDATE products SET serial_pattern = NULL WHERE id = ?').run(fixture.cameraId);
    expect(setClientSerialPattern(fixture.db, fixture.clientId, 'ACME-{n:5}').ok).toBe(true);
    const receipt = openReceipt(fixture, [{ quantity: 2, lot: null, expiry: null, serials: [] }]);

    const first = scan(fixture, receipt, '09506000123455');
    const second = scan(fixture, receipt, '09506000123455');

    expect(first.ok && first.value.kind === 'unit' ? first.value.received : null).toMatchObject({ serial: 'ACME-00001', serialAssigned: true });
    expect(second.ok && second.value.kind === 'unit' ? second.value.received.serial : null).toBe('ACME-00002');
    fixture.db.close();
  });

  it('needs a pattern to assign serials', () => {
    const fixture = createTrackingFixture(tempDir());
    setProductSerialSource(fixture.db, fixture.cameraId, 'assigned');
    const receipt = openReceipt(fixture, [{ quantity: 1, lot: null, expiry: null, serials: [] }]);

    const outcome = scan(fixture, receipt, '09506000123455');

    expect(outcome).toEqual({ ok: false, error: { code: 'serial-pattern-missing', clientId: fixture.clientId } });
    fixture.db.close();
  });
});
