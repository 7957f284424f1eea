import { describe, expect, it } from 'vitest';
import { locationBarcodeData, parseLocationBarcode } from '../../../main/locations/locations';
import { putUnitInLocation } from '../../../main/locations/put-away';
import { listUnitEvents } from '../../../main/store/events';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { findTrackedUnit } from '../../../main/tracking/tracked-units';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture } from '../../support/tracking-fixture';

describe('putUnitInLocation', () => {
  const tempDir = useTempDir();

  it.each([
    ['received', 'unit-put-away'],
    ['in-stock', 'unit-moved'],
    ['missing', 'unit-found'],
  ] as const)('places a %s unit with %s', (status, event) => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', status);
    const unit = findTrackedUnit(fixture.db, unitId);
    if (unit === undefined) {
      throw new Error('unit missing');
    }

    const placed = inWriteTransaction(fixture.db, () => putUnitInLocation(fixture.db, fixture.actor, unit, fixture.shelfB, { reason: 'put-away' }));

    expect(placed.ok).toBe(true);
    expect(findTrackedUnit(fixture.db, unitId)).toMatchObject({ status: 'in-stock', locationId: fixture.shelfB.id });
    const events = listUnitEvents(fixture.db, unitId);
    expect(events.map((stored) => stored.type)).toEqual([event]);
    expect(JSON.parse(events[0]?.payload ?? '{}')).toMatchObject({ locationCode: 'B-02' });
    fixture.db.close();
  });

  it('rejects a shipped unit', () => {
    const fixture = createTrackingFixture(tempDir());
    const unitId = fixture.insertUnitInState('SN000001', 'shipped');
    const unit = findTrackedUnit(fixture.db, unitId);
    if (unit === undefined) {
      throw new Error('unit missing');
    }

    const placed = inWriteTransaction(fixture.db, () => putUnitInLocation(fixture.db, fixture.actor, unit, fixture.shelfB, { reason: 'put-away' }));

    expect(placed.ok ? null : placed.error.code).toBe('illegal-transition');
    expect(listUnitEvents(fixture.db, unitId)).toEqual([]);
    fixture.db.close();
  });

  it('reads location barcodes', () => {
    expect(locationBarcodeData('A-01')).toBe('LOC:A-01');
    expect(parseLocationBarcode(' loc:a-01 ')).toBe('A-01');
    expect(parseLocationBarcode('SN000001')).toBeNull();
    expect(parseLocationBarcode('LOC:A 01')).toBeNull();
  });
});
