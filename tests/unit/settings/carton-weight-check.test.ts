import { describe, expect, it } from 'vitest';
import { checkOpenCartonWeight } from '../../../main/settings/carton-weight-check';
import { cartonWeightSettingsSchema } from '../../../main/settings/station-settings-schema';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

const checkOn = cartonWeightSettingsSchema.parse({ checkExpectedWeight: true, packagingGrams: 200, toleranceGrams: 50, tolerancePercent: 5 });

describe('checkOpenCartonWeight', () => {
  const tempDir = useTempDir();

  function packedCarton() {
    const fixture = createPackingFixture(tempDir());
    fixture.db.prepare('UPDATE products SET weight_grams = 450 WHERE id = ?').run(fixture.cameraId);
    const shipmentId = fixture.addShipment('SO-W1', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipmentId, '0109506000123455' + '21SN000451');
    fixture.scan(shipmentId, '0109506000123455' + '21SN000452');
    return { fixture, shipmentId };
  }

  it('passes a weight within tolerance', () => {
    const { fixture, shipmentId } = packedCarton();

    const check = checkOpenCartonWeight(fixture.db, shipmentId, 1130, checkOn);

    expect(check).toEqual({ checked: true, expectedGrams: 1100, toleranceGrams: 55, withinTolerance: true, unitsWithoutWeight: 0 });
  });

  it('asks for recheck outside tolerance', () => {
    const { fixture, shipmentId } = packedCarton();

    const check = checkOpenCartonWeight(fixture.db, shipmentId, 1600, checkOn);

    expect(check.withinTolerance).toBe(false);
    expect(check.expectedGrams).toBe(1100);
  });

  it('skips the check when turned off', () => {
    const { fixture, shipmentId } = packedCarton();

    const check = checkOpenCartonWeight(fixture.db, shipmentId, 9999, { ...checkOn, checkExpectedWeight: false });

    expect(check).toMatchObject({ checked: false, withinTolerance: true });
  });

  it('leaves units without weight undecided', () => {
    const { fixture, shipmentId } = packedCarton();
    fixture.db.prepare('UPDATE products SET weight_grams = NULL WHERE id = ?').run(fixture.cameraId);

    const check = checkOpenCartonWeight(fixture.db, shipmentId, 9999, checkOn);

    expect(check).toMatchObject({ checked: false, withinTolerance: true, unitsWithoutWeight: 2 });
  });
});
