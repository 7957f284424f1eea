import { describe, expect, it } from 'vitest';
import { searchUnits } from '../../../main/tracking/search';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture } from '../../support/tracking-fixture';

describe('searchUnits', () => {
  const tempDir = useTempDir();

  it('filters by each criterion', () => {
    const fixture = createTrackingFixture(tempDir());
    fixture.insertUnitInState('SN000001', 'in-stock');
    fixture.insertUnitInState('SN000002', 'packed');
    fixture.insertUnitInState('SN000003', 'received');
    fixture.db.prepare("UPDATE units SET updated_at = '2026-02-10T09:00:00.000Z' WHERE serial = 'SN000003'").run();
    const serials = (search: Parameters<typeof searchUnits>[1]): ReadonlyArray<string> => searchUnits(fixture.db, search).map((unit) => unit.serial);

    expect(serials({ clientCode: 'acme' })).toEqual(['SN000001', 'SN000002', 'SN000003']);
    expect(serials({ status: 'packed' })).toEqual(['SN000002']);
    expect(serials({ locationCode: 'a-01' })).toEqual(['SN000001']);
    expect(serials({ shipmentReference: 'ORD-FIXTURE' })).toEqual(['SN000002']);
    expect(serials({ sku: 'LENS-2' })).toEqual([]);
    expect(serials({ changedFrom: '2026-02-10', changedTo: '2026-02-10' })).toEqual(['SN000003']);
    expect(serials({ limit: 1 })).toEqual(['SN000001']);
    fixture.db.close();
  });
});
