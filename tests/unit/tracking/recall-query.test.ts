import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { selectRecallUnits } from '../../../main/tracking/recall';
import { buildRecallQuery, iterateRecallUnits, listRecallUnits, type RecallSelection } from '../../../main/tracking/recall-query';
import { searchUnits } from '../../../main/tracking/search';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture, type TrackingFixture } from '../../support/tracking-fixture';
import { insertUnitRow } from '../../support/unit-rows';

/**
 * Inserts camera units of lot L7 in every place a unit can be (stock, carton, shipped, received
 * on receipt RC-1, on hold), a camera of lot L8, and lens units of lot L7. Cameras and lenses
 * alternate, so id order and product order differ.
 */
function recallScenario(fixture: TrackingFixture): void {
  fixture.insertUnitInState('SN000001', 'in-stock');
  insertUnitRow(fixture.db, { productId: fixture.lensId, serial: 'LX-0001', serialFolded: 'LX-0001', lot: 'L7', expiry: '2027-05-31', status: 'in-stock', cartonId: null, shipmentId: null }, 't');
  fixture.insertUnitInState('SN000002', 'packed');
  fixture.insertUnitInState('SN000003', 'shipped');
  const received = fixture.insertUnitInState('SN000004', 'received');
  fixture.insertUnitInState('SN000005', 'hold');
  fixture.insertUnitInState('SN000009', 'in-stock');
  insertUnitRow(fixture.db, { productId: fixture.lensId, serial: 'LX-0002', serialFolded: 'LX-0002', lot: 'L7', expiry: null, status: 'disposed', cartonId: null, shipmentId: null }, 't');

  fixture.db.prepare("UPDATE units SET lot = 'L7', expiry = '2027-03-31' WHERE serial LIKE 'SN%' AND serial <> 'SN000009'").run();
  fixture.db.prepare("UPDATE units SET lot = 'L8', expiry = '2027-09-30' WHERE serial = 'SN000009'").run();
  const receipt = fixture.db.prepare("INSERT INTO receipts (client_id, reference, source, created_at) VALUES (?, 'RC-1', 'on-the-spot', 't')").run(fixture.clientId);
  fixture.db.prepare('UPDATE units SET receipt_id = ? WHERE id = ?').run(receipt.lastInsertRowid, received);
}

function queryPlan(db: Database.Database, selection: RecallSelection): ReadonlyArray<string> {
  const query = buildRecallQuery(selection);
  return db
    .prepare<string[], { detail: string }>(`EXPLAIN QUERY PLAN ${query.sql}`)
    .all(...query.parameters)
    .map((row) => row.detail);
}

/** Selections and how many units of the scenario each matches. */
const selections: ReadonlyArray<readonly [RecallSelection, number]> = [
  [{ lot: 'L7' }, 7],
  [{ lot: 'L7', sku: 'LENS-2' }, 2],
  [{ lot: 'L7', clientCode: 'acme' }, 7],
  [{ sku: 'CAM-1' }, 6],
  [{ clientCode: 'ACME' }, 8],
  [{ clientCode: 'OTHER' }, 0],
  [{ expiryFrom: '2027-04-01', expiryTo: '2027-12-31' }, 2],
  [{ expiryTo: '2027-03-31' }, 5],
  [{ serials: ['sn000002', ' SN000009', 'LX-0002', 'SN999999'] }, 3],
  [{ receiptReference: 'RC-1' }, 1],
  [{ receiptReference: 'RC-404' }, 0],
  [{ lot: 'L7', sku: 'CAM-1', expiryFrom: '2027-01-01', serials: ['SN000003', 'SN000004'] }, 2],
];

describe('iterateRecallUnits', () => {
  const tempDir = useTempDir();

  it.each(selections)('matches unit search for %j', (selection, count) => {
    const fixture = createTrackingFixture(tempDir());
    recallScenario(fixture);

    const recalled = [...iterateRecallUnits(fixture.db, selection)];

    // A negative LIMIT is no limit in SQLite, so the search lists every match too.
    expect(recalled).toEqual(searchUnits(fixture.db, { ...selection, limit: -1 }));
    expect(recalled).toHaveLength(count);
    expect(listRecallUnits(fixture.db, selection)).toEqual(recalled);
    fixture.db.close();
  });

  it('lists lot in unit order', () => {
    const fixture = createTrackingFixture(tempDir());
    recallScenario(fixture);

    const recalled = [...iterateRecallUnits(fixture.db, { lot: 'L7' })];

    expect(recalled.map((unit) => unit.serial)).toEqual(['SN000001', 'LX-0001', 'SN000002', 'SN000003', 'SN000004', 'SN000005', 'LX-0002']);
    expect(recalled.map((unit) => unit.unitId)).toEqual([...recalled.map((unit) => unit.unitId)].sort((a, b) => a - b));
    fixture.db.close();
  });

  it('frees statement when iteration stops', () => {
    const fixture = createTrackingFixture(tempDir());
    recallScenario(fixture);

    const iterator = iterateRecallUnits(fixture.db, { lot: 'L7' });
    const first = iterator.next();
    iterator.return?.();
    const again = selectRecallUnits(fixture.db, { lot: 'L7' });

    expect(first.done).toBe(false);
    expect(again.ok ? again.value.length : null).toBe(7);
    fixture.db.close();
  });
});

describe('buildRecallQuery', () => {
  const tempDir = useTempDir();

  it('reads a lot from its index alone, in unit order', () => {
    const fixture = createTrackingFixture(tempDir());

    const plan = queryPlan(fixture.db, { lot: 'L7' });

    expect(plan).toContain('SEARCH pu USING COVERING INDEX units_by_lot_rows (lot=?)');
    // No table read of the units and no sort: the index contains every column in (lot, id) order.
    expect(plan.filter((detail) => /\b(pu|u) USING INTEGER PRIMARY KEY|^SCAN (pu|u)\b|TEMP B-TREE/.test(detail))).toEqual([]);
    fixture.db.close();
  });

  it.each([
    [{ lot: 'L7', sku: 'CAM-1' }, 'units_by_lot_rows'],
    [{ serials: ['SN000001'] }, 'units_by_folded_serial'],
    [{ receiptReference: 'RC-1' }, 'units_by_receipt'],
    [{ sku: 'CAM-1' }, 'units_one_per_folded_serial'],
    [{ clientCode: 'ACME' }, 'units_one_per_folded_serial'],
  ] as const)('searches %j through an index', (selection, index) => {
    const fixture = createTrackingFixture(tempDir());

    const plan = queryPlan(fixture.db, selection);

    expect(plan.some((detail) => detail.startsWith(`SEARCH pu USING COVERING INDEX ${index} `))).toBe(true);
    expect(plan.filter((detail) => /^SCAN (pu|u)\b/.test(detail))).toEqual([]);
    fixture.db.close();
  });

  it('sorts only unit ids without a lot', () => {
    const fixture = createTrackingFixture(tempDir());

    const plan = queryPlan(fixture.db, { sku: 'CAM-1' });

    // The one sort is inside the materialised id list, and the outer ORDER BY follows its order.
    expect(plan.filter((detail) => detail.startsWith('USE TEMP B-TREE'))).toEqual(['USE TEMP B-TREE FOR ORDER BY']);
    expect(plan.indexOf('USE TEMP B-TREE FOR ORDER BY')).toBeLessThan(plan.indexOf('SCAN x'));
    expect(plan).toContain('SEARCH u USING INTEGER PRIMARY KEY (rowid=?)');
    fixture.db.close();
  });
});
