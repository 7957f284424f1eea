import { describe, expect, it } from 'vitest';
import { readWarehouseOverview } from '../../../main/history/overview';
import { useTempDir } from '../../support/temp-dir';
import { createEpcisFixture } from '../exports/epcis/epcis-fixture';

const now = new Date('2026-06-01T00:00:00.000Z');

function daysBefore(days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

describe('readWarehouseOverview', () => {
  const tempDir = useTempDir();

  it('counts units per client and status', () => {
    const fixture = createEpcisFixture(tempDir());
    fixture.db.prepare(`UPDATE units SET status = 'shipped' WHERE id = ?`).run(fixture.foreignUnitId);

    const overview = readWarehouseOverview(fixture.db, now);
    fixture.db.close();

    expect(overview.unitsByStatus).toEqual([
      { clientCode: 'NORD', status: 'in-stock', units: 2 },
      { clientCode: 'NORD', status: 'shipped', units: 1 },
      { clientCode: 'VELO', status: 'in-stock', units: 1 },
    ]);
  });

  it('buckets warehouse units by age', () => {
    const fixture = createEpcisFixture(tempDir());
    const setCreated = fixture.db.prepare('UPDATE units SET created_at = ? WHERE id = ?');
    setCreated.run(daysBefore(2), fixture.ownUnitId);
    setCreated.run(daysBefore(45), fixture.foreignUnitId);
    setCreated.run(daysBefore(400), fixture.privateUnitId);
    fixture.db.prepare(`UPDATE units SET status = 'disposed', created_at = ? WHERE id = ?`).run(daysBefore(3), fixture.otherClientUnitId);

    const overview = readWarehouseOverview(fixture.db, now);
    fixture.db.close();

    expect(overview.timeInWarehouse.map((bucket) => [bucket.minDays, bucket.maxDays, bucket.units])).toEqual([
      [0, 7, 1],
      [7, 30, 0],
      [30, 90, 1],
      [90, 180, 0],
      [180, 365, 0],
      [365, null, 1],
    ]);
  });

  it('ranks returns per product and lot', () => {
    const fixture = createEpcisFixture(tempDir());
    const setLot = fixture.db.prepare('UPDATE units SET lot = ? WHERE id = ?');
    setLot.run('L-7', fixture.ownUnitId);
    setLot.run('L-8', fixture.foreignUnitId);
    fixture.record('unit-returned', { unitId: fixture.ownUnitId });
    fixture.record('unit-returned', { unitId: fixture.ownUnitId });
    fixture.record('unit-returned', { unitId: fixture.foreignUnitId });
    fixture.record('unit-shipped', { unitId: fixture.privateUnitId });

    const overview = readWarehouseOverview(fixture.db, now);
    fixture.db.close();

    expect(overview.returnsByProduct).toEqual([
      { clientCode: 'NORD', sku: 'CAM-1', lot: null, returns: 2 },
      { clientCode: 'NORD', sku: 'LENS-1', lot: null, returns: 1 },
    ]);
    expect(overview.returnsByLot).toEqual([
      { clientCode: 'NORD', sku: 'CAM-1', lot: 'L-7', returns: 2 },
      { clientCode: 'NORD', sku: 'LENS-1', lot: 'L-8', returns: 1 },
    ]);
  });

  it('reads returns through the partial index', () => {
    const fixture = createEpcisFixture(tempDir());

    const plan = fixture.db
      .prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN SELECT count(*) FROM events e JOIN units u ON u.id = e.unit_id WHERE e.type = 'unit-returned'`)
      .all()
      .map((row) => row.detail)
      .join('\n');
    fixture.db.close();

    expect(plan).toContain('events_unit_returns');
  });
});
