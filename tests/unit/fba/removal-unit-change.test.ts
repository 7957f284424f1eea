import { describe, expect, it } from 'vitest';
import { inspectRemovalUnit } from '../../../main/fba/removal-receiving';
import { verifyEventChain } from '../../../main/store/event-chain';
import { findUnitsByFoldedSerial } from '../../../main/store/units';
import { insertUnitRow } from '../../support/unit-rows';
import type { UnitStatus } from '../../../main/tracking/unit-states';
import { countEvents, type PackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { createRemovalFixture, removalTracking } from './removal-test-fixture';

const cameraFnsku = 'X00ABC1234';

interface EventRecord {
  type: string;
  operator_id: number;
  payload: string;
}

function unitEvents(fixture: PackingFixture, unitId: number): ReadonlyArray<{ type: string; operatorId: number; payload: Record<string, unknown> }> {
  return fixture.db
    .prepare<[number], EventRecord>('SELECT type, operator_id, payload FROM events WHERE unit_id = ? ORDER BY id')
    .all(unitId)
    .map((row) => ({ type: row.type, operatorId: row.operator_id, payload: JSON.parse(row.payload) as Record<string, unknown> }));
}

function addCamera(fixture: PackingFixture, serial: string, status: UnitStatus): number {
  const unit = { productId: fixture.cameraId, serial, serialFolded: serial, lot: null, expiry: null, status, cartonId: null, shipmentId: null };
  return insertUnitRow(fixture.db, unit, '2026-11-01T10:00:00.000Z');
}

function unitStatus(fixture: PackingFixture, unitId: number): string | undefined {
  return fixture.db.prepare<[number], { status: string }>('SELECT status FROM units WHERE id = ?').get(unitId)?.status;
}

describe('removal unit change', () => {
  const tempDir = useTempDir();

  const decisions = [
    { decision: 'restock', status: 'in-stock', last: 'unit-restocked' },
    { decision: 'rework', status: 'in-refurbishment', last: 'unit-sent-for-refurbishment' },
    { decision: 'dispose', status: 'disposed', last: 'unit-disposed' },
    { decision: 'return-to-client', status: 'returned-to-vendor', last: 'unit-returned-to-vendor' },
  ] as const;

  for (const { decision, status, last } of decisions) {
    it(`${decision} moves shipped unit to ${status}`, () => {
      const fixture = createRemovalFixture(tempDir());
      const unitId = addCamera(fixture, 'SN000451', 'shipped');

      const result = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: removalTracking, fnsku: cameraFnsku, serial: 'SN000451', decision });
      expect(result.ok).toBe(true);

      expect(unitStatus(fixture, unitId)).toBe(status);
      const events = unitEvents(fixture, unitId);
      expect(events.map((event) => event.type)).toEqual(['unit-returned', 'unit-graded', last]);
      for (const event of events) {
        expect(event.operatorId).toBe(fixture.actor.operatorId);
        expect(event.payload).toMatchObject({ removalOrderId: 'RMV-1001', trackingNumber: removalTracking, decision });
      }
      expect(verifyEventChain(fixture.db).ok).toBe(true);
    });
  }

  it('graded unit takes one event', () => {
    const fixture = createRemovalFixture(tempDir());
    const unitId = addCamera(fixture, 'SN000451', 'graded');

    inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: removalTracking, fnsku: cameraFnsku, serial: 'SN000451', decision: 'dispose' });

    expect(unitEvents(fixture, unitId).map((event) => event.type)).toEqual(['unit-disposed']);
    expect(unitStatus(fixture, unitId)).toBe('disposed');
  });

  it('restock receives unknown serial', () => {
    const fixture = createRemovalFixture(tempDir());

    const result = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: removalTracking, fnsku: 'x00abc1234', serial: 'SN000999', decision: 'restock' });
    expect(result.ok).toBe(true);

    const units = findUnitsByFoldedSerial(fixture.db, 'SN000999');
    expect(units).toHaveLength(1);
    expect(units[0]?.productId).toBe(fixture.cameraId);
    expect(units[0]?.status).toBe('received');
    const events = unitEvents(fixture, units[0]?.id ?? -1);
    expect(events.map((event) => event.type)).toEqual(['unit-received']);
    expect(events[0]?.operatorId).toBe(fixture.actor.operatorId);
    expect(events[0]?.payload).toMatchObject({ serial: 'SN000999', sku: 'CAM-1', removalOrderId: 'RMV-1001', trackingNumber: removalTracking });
    expect(verifyEventChain(fixture.db).ok).toBe(true);
  });

  it('rejects serial outside product pattern', () => {
    const fixture = createRemovalFixture(tempDir());

    const result = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: removalTracking, fnsku: cameraFnsku, serial: 'LX-1234', decision: 'restock' });

    expect(result).toEqual({ ok: false, error: { code: 'removal-serial-invalid', serial: 'LX-1234', sku: 'CAM-1' } });
    expect(findUnitsByFoldedSerial(fixture.db, 'LX-1234')).toHaveLength(0);
    expect(fixture.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM removal_inspections').get()?.n).toBe(0);
    expect(countEvents(fixture.db)).toBe(0);
  });

  it('unknown serial disposal creates no unit', () => {
    const fixture = createRemovalFixture(tempDir());

    const result = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: removalTracking, fnsku: cameraFnsku, serial: 'SN000999', decision: 'dispose' });
    expect(result.ok).toBe(true);

    expect(findUnitsByFoldedSerial(fixture.db, 'SN000999')).toHaveLength(0);
    expect(countEvents(fixture.db)).toBe(0);
  });

  it('rejects serial of another product', () => {
    const fixture = createRemovalFixture(tempDir());
    const lensUnit = insertUnitRow(
      fixture.db,
      { productId: fixture.lensId, serial: 'SN000451', serialFolded: 'SN000451', lot: null, expiry: null, status: 'shipped', cartonId: null, shipmentId: null },
      '2026-11-01T10:00:00.000Z',
    );
    const inspectionsBefore = fixture.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM removal_inspections').get()?.n;

    const result = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: removalTracking, fnsku: cameraFnsku, serial: 'SN000451', decision: 'restock' });

    expect(result).toEqual({ ok: false, error: { code: 'removal-serial-other-product', serial: 'SN000451', sku: 'LENS-2' } });
    expect(fixture.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM removal_inspections').get()?.n).toBe(inspectionsBefore);
    expect(countEvents(fixture.db)).toBe(0);
    expect(unitStatus(fixture, lensUnit)).toBe('shipped');
    expect(findUnitsByFoldedSerial(fixture.db, 'SN000451')).toHaveLength(1);
  });

  it('rejects unit in stock', () => {
    const fixture = createRemovalFixture(tempDir());
    const unitId = addCamera(fixture, 'SN000451', 'in-stock');

    const result = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: removalTracking, fnsku: cameraFnsku, serial: 'SN000451', decision: 'dispose' });

    expect(result).toEqual({ ok: false, error: { code: 'removal-unit-state-invalid', serial: 'SN000451', status: 'in-stock', decision: 'dispose' } });
    expect(unitStatus(fixture, unitId)).toBe('in-stock');
    expect(countEvents(fixture.db)).toBe(0);
  });

  it('non-serial inspection changes no unit', () => {
    const fixture = createRemovalFixture(tempDir());

    const result = inspectRemovalUnit(fixture.db, fixture.actor, { trackingNumber: removalTracking, fnsku: 'X002K3ZQ9L', decision: 'restock' });
    expect(result.ok).toBe(true);

    expect(fixture.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM units').get()?.n).toBe(0);
    expect(countEvents(fixture.db)).toBe(0);
  });
});
