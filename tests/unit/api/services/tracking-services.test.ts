import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../main/api/create-services';
import { dispatch } from '../../../../main/api/dispatch';
import type { StationContext } from '../../../../main/api/station-context';
import { setProductSerialSource } from '../../../../main/receiving/receiving-products';
import { setClientSerialPattern } from '../../../../main/receiving/serial-assignment';
import { listAllEvents } from '../../../../main/store/events';
import { ensureStation } from '../../../../main/store/station';
import type { OperatorRole } from '../../../../main/operators/roles';
import { signInTestOperator } from '../../../support/operators';
import { useTempDir } from '../../../support/temp-dir';
import { createTrackingFixture } from '../../../support/tracking-fixture';

type CallOutcome = { ok: boolean; value?: any; error?: any };

async function trackingStation(dir: string, role: OperatorRole) {
  const fixture = createTrackingFixture(dir);
  const context: StationContext = {
    db: fixture.db,
    stationId: ensureStation(fixture.db).id,
    dataDir: dir,
    labelsDir: join(dir, 'labels'),
    transport: 'browser',
    appVersion: '0.1.0-test',
  };
  const services = createServices(context);
  await signInTestOperator(services, fixture.db, 'Anna', role);
  const call = async (channel: string, payload: unknown): Promise<CallOutcome> => (await dispatch(services, channel, payload)) as CallOutcome;
  return { fixture, call };
}

describe('tracking services', () => {
  const tempDir = useTempDir();

  it('prints a label for an assigned serial', async () => {
    const { fixture, call } = await trackingStation(tempDir(), 'packer');
    setProductSerialSource(fixture.db, fixture.cameraId, 'assigned');
    fixture.db.prepare('UPDATE products SET serial_pattern = NULL').run();
    setClientSerialPattern(fixture.db, fixture.clientId, 'ACME-{n:4}');
    const receipt = await call('receipts.create', { clientCode: 'ACME', reference: 'RCV-1', lines: [{ sku: 'CAM-1', quantity: 1 }] });

    const scanned = await call('receipts.scan', { receiptId: receipt.value.receiptId, raw: '09506000123455', pendingProductId: null, gestureId: 'gesture-0001' });
    const repeated = await call('receipts.scan', { receiptId: receipt.value.receiptId, raw: '09506000123455', pendingProductId: null, gestureId: 'gesture-0001' });

    expect(scanned.value).toMatchObject({ outcome: 'unit', serial: 'ACME-0001', serialLabel: { fileName: expect.stringMatching(/^serial-\d+\.pdf$/) } });
    expect(repeated.value.message.key).toBe('tracking:receive.alreadyRecorded');
    expect(listAllEvents(fixture.db).map((event) => event.type)).toEqual(['receipt-opened', 'unit-received', 'unit-label-printed']);
    fixture.db.close();
  });

  it('returns rejections as translated errors', async () => {
    const { fixture, call } = await trackingStation(tempDir(), 'packer');
    fixture.insertUnitInState('SN000001', 'shipped');
    const receipt = await call('receipts.create', { clientCode: 'ACME', reference: 'RCV-1', lines: [] });

    const scanned = await call('receipts.scan', { receiptId: receipt.value.receiptId, raw: '(01)09506000123455(21)SN000001', pendingProductId: null, gestureId: 'gesture-0002' });

    expect(scanned.error).toEqual({
      code: 'return-not-receipt',
      message: { key: 'tracking:error.return-not-receipt', params: { serial: 'SN000001', sku: 'CAM-1' } },
    });
    fixture.db.close();
  });

  it('lets only supervisors hold a recall', async () => {
    const packer = await trackingStation(tempDir(), 'packer');
    packer.fixture.insertUnitInState('SN000001', 'in-stock');

    const denied = await packer.call('recall.hold', { reference: 'RC-1', reason: 'supplier', selection: { sku: 'CAM-1' } });

    expect(denied.ok).toBe(false);
    expect(packer.fixture.db.prepare("SELECT count(*) AS n FROM units WHERE status = 'hold'").get()).toEqual({ n: 0 });
    packer.fixture.db.close();

    const supervisor = await trackingStation(tempDir(), 'supervisor');
    supervisor.fixture.insertUnitInState('SN000001', 'in-stock');
    const held = await supervisor.call('recall.hold', { reference: 'RC-1', reason: 'supplier', selection: { sku: 'CAM-1' } });
    expect(held.value).toMatchObject({ held: 1, units: [{ serial: 'SN000001', status: 'hold' }] });
    supervisor.fixture.db.close();
  });

  it('puts away by location barcode', async () => {
    const { fixture, call } = await trackingStation(tempDir(), 'packer');
    fixture.insertUnitInState('SN000001', 'received');

    const placed = await call('putaway.scan', { locationCode: 'LOC:B-02', raw: 'SN000001', gestureId: 'gesture-0003' });
    const page = await call('units.serialPage', { serial: 'SN000001' });

    expect(placed.value).toMatchObject({ serial: 'SN000001', locationCode: 'B-02' });
    expect(page.value[0]).toMatchObject({ status: 'in-stock', locationCode: 'B-02' });
    fixture.db.close();
  });

  it('lets only supervisors book count differences', async () => {
    const { fixture, call } = await trackingStation(tempDir(), 'packer');
    fixture.insertUnitInState('SN000001', 'in-stock');
    const count = await call('counts.start', { locationCode: 'LOC:A-01' });

    const adjusted = await call('counts.close', { countId: count.value.countId, adjust: true, reason: 'weekly' });
    const closed = await call('counts.close', { countId: count.value.countId, adjust: false, reason: '' });

    expect(adjusted.error.code).toBe('adjustment-needs-supervisor');
    expect(closed.value).toMatchObject({ missing: [{ serial: 'SN000001' }] });
    expect(fixture.db.prepare("SELECT status FROM units WHERE serial = 'SN000001'").get()).toEqual({ status: 'in-stock' });
    fixture.db.close();
  });
});
