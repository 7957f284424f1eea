import { describe, expect, it } from 'vitest';
import { listAllEvents } from '../../../main/store/events';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { holdRecalledUnits, selectRecallUnits, writeRecallCsv } from '../../../main/tracking/recall';
import { findTrackedUnit } from '../../../main/tracking/tracked-units';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture, type TrackingFixture } from '../../support/tracking-fixture';

/** Lot L7 has units in stock, packed, shipped and received; SN000009 is in lot L8. */
function lotScenario(fixture: TrackingFixture): Readonly<Record<string, number>> {
  const ids = {
    stock: fixture.insertUnitInState('SN000001', 'in-stock'),
    packed: fixture.insertUnitInState('SN000002', 'packed'),
    shipped: fixture.insertUnitInState('SN000003', 'shipped'),
    received: fixture.insertUnitInState('SN000004', 'received'),
    otherLot: fixture.insertUnitInState('SN000009', 'in-stock'),
  };
  fixture.db.prepare("UPDATE units SET lot = 'L7', expiry = '2027-03-31' WHERE serial <> 'SN000009'").run();
  fixture.db.prepare("UPDATE units SET lot = 'L8', expiry = '2027-09-30' WHERE serial = 'SN000009'").run();
  return ids;
}

describe('recall', () => {
  const tempDir = useTempDir();

  it.each([
    [{ lot: 'L7' }, ['SN000001', 'SN000002', 'SN000003', 'SN000004']],
    [{ sku: 'CAM-1', lot: 'L8' }, ['SN000009']],
    [{ expiryFrom: '2027-04-01', expiryTo: '2027-12-31' }, ['SN000009']],
    [{ serials: ['sn000002', 'SN000009', 'SN999999'] }, ['SN000002', 'SN000009']],
    [{ sku: 'LENS-2' }, []],
  ] as const)('selects units by %j', (selection, serials) => {
    const fixture = createTrackingFixture(tempDir());
    lotScenario(fixture);

    const selected = selectRecallUnits(fixture.db, selection);

    expect(selected.ok ? selected.value.map((unit) => unit.serial) : null).toEqual(serials);
    fixture.db.close();
  });

  it('rejects an empty selection', () => {
    const fixture = createTrackingFixture(tempDir());

    expect(selectRecallUnits(fixture.db, { lot: '' })).toEqual({ ok: false, error: { code: 'recall-selection-empty' } });
    fixture.db.close();
  });

  it('shows carton, shipment and recipient', () => {
    const fixture = createTrackingFixture(tempDir());
    lotScenario(fixture);

    const selected = selectRecallUnits(fixture.db, { serials: ['SN000003'] });

    expect(selected.ok ? selected.value[0] : null).toMatchObject({
      status: 'shipped',
      cartonSscc: '109506000000000019',
      shipmentReference: 'ORD-FIXTURE',
      recipient: 'Jan Kowalski',
    });
    fixture.db.close();
  });

  it('holds warehouse units in one action', () => {
    const fixture = createTrackingFixture(tempDir());
    const ids = lotScenario(fixture);
    const eventsBefore = listAllEvents(fixture.db).length;

    const result = inWriteTransaction(fixture.db, () =>
      holdRecalledUnits(fixture.db, fixture.actor, { reference: 'RC-1', reason: 'supplier recall', selection: { lot: 'L7' } }),
    );

    expect(result.ok ? [result.value.held, result.value.alreadyHeld, result.value.outsideWarehouse] : null).toEqual([3, 0, 1]);
    for (const unitId of [ids.stock, ids.packed, ids.received]) {
      expect(findTrackedUnit(fixture.db, unitId ?? 0)).toMatchObject({ status: 'hold', holdReason: 'recall' });
    }
    expect(findTrackedUnit(fixture.db, ids.shipped ?? 0)?.status).toBe('shipped');
    expect(findTrackedUnit(fixture.db, ids.otherLot ?? 0)?.status).toBe('in-stock');
    const added = listAllEvents(fixture.db).slice(eventsBefore);
    expect(added.map((event) => event.type)).toEqual(['unit-held', 'unit-held', 'unit-held', 'recall-issued']);
    expect(new Set(added.filter((event) => event.unitId !== null).map((event) => event.unitId)).size).toBe(3);
    fixture.db.close();
  });

  it('rolls back every hold on failure', () => {
    const fixture = createTrackingFixture(tempDir());
    lotScenario(fixture);
    fixture.db.exec(`CREATE TEMP TRIGGER fail_recall_event BEFORE INSERT ON events
      WHEN NEW.type = 'recall-issued' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);

    expect(() =>
      inWriteTransaction(fixture.db, () => holdRecalledUnits(fixture.db, fixture.actor, { reference: 'RC-1', reason: 'recall', selection: { lot: 'L7' } })),
    ).toThrow(/disk full/);
    expect(fixture.db.prepare("SELECT count(*) AS n FROM units WHERE status = 'hold'").get()).toEqual({ n: 0 });
    expect(listAllEvents(fixture.db).filter((event) => event.type === 'unit-held')).toEqual([]);
    fixture.db.close();
  });

  it('writes the recall CSV', () => {
    const fixture = createTrackingFixture(tempDir());
    lotScenario(fixture);
    const selected = selectRecallUnits(fixture.db, { serials: ['SN000003'] });

    const csv = writeRecallCsv(selected.ok ? selected.value : []);

    expect(csv.split('\r\n')[1]).toBe('"SN000003","ACME","CAM-1","L7","2027-03-31","shipped","","","109506000000000019","ORD-FIXTURE","Jan Kowalski",""');
    fixture.db.close();
  });
});
