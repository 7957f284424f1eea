import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { packUnit, type PackOverride } from '../../../main/packing/pack-unit';
import { findShipmentById, listShipmentLines } from '../../../main/store/shipments';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import type { UnitStatus } from '../../../main/tracking/unit-states';
import { countEvents, createPackingFixture, type PackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { insertUnitRow } from '../../support/unit-rows';

const serial = 'SN000451';
const holdOverride: PackOverride = { refusals: ['unit-on-hold'], record: { approvedBy: 7, reason: 'checked by hand' } };

/** Inserts the camera unit in `status`. A held unit records `heldFrom` as the state it returns to. */
function addCamera(fixture: PackingFixture, status: UnitStatus, heldFrom: UnitStatus | null = null): number {
  const unitId = insertUnitRow(fixture.db, { productId: fixture.cameraId, serial, serialFolded: serial, lot: null, expiry: null, status, cartonId: null, shipmentId: null }, 't');
  if (heldFrom !== null) {
    fixture.db.prepare("UPDATE units SET hold_reason = 'quarantine', held_status = ? WHERE id = ?").run(heldFrom, unitId);
  }
  return unitId;
}

function packCamera(fixture: PackingFixture, override: PackOverride | null = null): ReturnType<typeof packUnit> {
  const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
  const shipment = findShipmentById(fixture.db, shipmentId);
  const line = listShipmentLines(fixture.db, shipmentId)[0];
  if (shipment === undefined || line === undefined) {
    throw new Error('the test shipment was not stored');
  }
  return inWriteTransaction(fixture.db, () => packUnit(fixture.db, fixture.actor, shipment, { line, serial, lot: null, expiry: null }, 'gesture-1', override));
}

function unitState(db: Database.Database, unitId: number): { status: string; carton_id: number | null; held_status: string | null } | undefined {
  return db.prepare<[number], { status: string; carton_id: number | null; held_status: string | null }>('SELECT status, carton_id, held_status FROM units WHERE id = ?').get(unitId);
}

function eventTypesOf(db: Database.Database, unitId: number): ReadonlyArray<string> {
  return db.prepare<[number], { type: string }>('SELECT type FROM events WHERE unit_id = ? ORDER BY seq').all(unitId).map((row) => row.type);
}

describe('packUnit', () => {
  const tempDir = useTempDir();

  it('rejects shipped unit without writing', () => {
    const fixture = createPackingFixture(tempDir());
    const unitId = addCamera(fixture, 'shipped');

    const packed = packCamera(fixture);

    expect(packed.ok ? '' : packed.error.code).toBe('already-shipped');
    expect(unitState(fixture.db, unitId)?.status).toBe('shipped');
    expect(countEvents(fixture.db)).toBe(0);
    expect(fixture.db.prepare('SELECT count(*) AS n FROM cartons').get()).toEqual({ n: 0 });
  });

  it.each(['received', 'returned', 'graded', 'disposed', 'missing'] as const)('rejects %s unit as not in stock', (status) => {
    const fixture = createPackingFixture(tempDir());
    const unitId = addCamera(fixture, status);

    const packed = packCamera(fixture);

    expect(packed.ok ? '' : packed.error.code).toBe('unit-not-in-stock');
    expect(unitState(fixture.db, unitId)?.status).toBe(status);
    expect(countEvents(fixture.db)).toBe(0);
  });

  it('rejects held unit without override', () => {
    const fixture = createPackingFixture(tempDir());
    const unitId = addCamera(fixture, 'hold', 'in-stock');

    const packed = packCamera(fixture);

    expect(packed.ok ? '' : packed.error.code).toBe('unit-on-hold');
    expect(unitState(fixture.db, unitId)?.status).toBe('hold');
    expect(countEvents(fixture.db)).toBe(0);
  });

  it('override releases held unit first', () => {
    const fixture = createPackingFixture(tempDir());
    const unitId = addCamera(fixture, 'hold', 'in-stock');

    const packed = packCamera(fixture, holdOverride);

    expect(packed.ok).toBe(true);
    expect(unitState(fixture.db, unitId)).toMatchObject({ status: 'packed', held_status: null });
    expect(eventTypesOf(fixture.db, unitId)).toEqual(['unit-released', 'unit-packed']);
    const released = fixture.db.prepare<[], { payload: string }>("SELECT payload FROM events WHERE type = 'unit-released'").get();
    expect(JSON.parse(released?.payload ?? '{}')).toMatchObject({ from: 'hold', to: 'in-stock', override: holdOverride.record });
  });

  it('override rejects unit held outside stock', () => {
    const fixture = createPackingFixture(tempDir());
    const unitId = addCamera(fixture, 'hold', 'received');

    const packed = packCamera(fixture, holdOverride);

    expect(packed.ok ? '' : packed.error.code).toBe('unit-not-in-stock');
    expect(unitState(fixture.db, unitId)).toMatchObject({ status: 'hold', held_status: 'received' });
    expect(countEvents(fixture.db)).toBe(0);
  });

  it('packs in-stock unit with one event', () => {
    const fixture = createPackingFixture(tempDir());
    const unitId = addCamera(fixture, 'in-stock');

    const packed = packCamera(fixture);

    expect(packed.ok).toBe(true);
    expect(unitState(fixture.db, unitId)?.status).toBe('packed');
    expect(eventTypesOf(fixture.db, unitId)).toEqual(['unit-packed']);
  });
});
