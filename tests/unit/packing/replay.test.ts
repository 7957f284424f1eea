import { describe, expect, it } from 'vitest';
import { replayScans } from '../../../main/packing/replay';
import { countEvents, createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

describe('replayScans', () => {
  const tempDir = useTempDir();

  it('returns one verdict per scanned line', () => {
    const fixture = createPackingFixture(tempDir());
    fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);

    const result = replayScans(fixture.db, fixture.actor, 'ORD-1001', ['SN000451', '', 'CAM-1', 'SN000452', 'SN000451', '']);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((line) => [line.lineNumber, line.verdict.code])).toEqual([
      [1, 'unit-packed-new-carton'],
      [3, 'product-identified'],
      [4, 'unit-packed'],
      [5, 'duplicate-in-carton'],
    ]);
  });

  it('records nothing twice on re-run', () => {
    const fixture = createPackingFixture(tempDir());
    fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    const lines = ['SN000451', 'SN000452'];
    replayScans(fixture.db, fixture.actor, 'ORD-1001', lines);

    const again = replayScans(fixture.db, fixture.actor, 'ORD-1001', [...lines, 'SN000453']);

    expect(again.ok && again.value.map((line) => line.verdict.replayed)).toEqual([true, true, false]);
    expect(countEvents(fixture.db, 'unit-packed')).toBe(3);
  });

  it('treats a different file as new', () => {
    const fixture = createPackingFixture(tempDir());
    fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 3 }]);
    replayScans(fixture.db, fixture.actor, 'ORD-1001', ['SN000451']);

    const other = replayScans(fixture.db, fixture.actor, 'ORD-1001', ['SN000452']);

    expect(other.ok && other.value[0]?.verdict).toMatchObject({ code: 'unit-packed', replayed: false });
  });

  it('rejects an unknown shipment reference', () => {
    const fixture = createPackingFixture(tempDir());

    const result = replayScans(fixture.db, fixture.actor, 'ORD-404', ['SN000451']);

    expect(result.ok ? '' : result.error.code).toBe('shipment-not-found');
  });
});
