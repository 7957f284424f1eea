import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyEventChain } from '../../../main/store/event-chain';
import { insertUnitRow } from '../../support/unit-rows';
import { buildChildScript } from '../../support/build-child-script';
import { startNodeChild } from '../../support/child-process';
import { countEvents, createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';

describe('double scan across connections', () => {
  const tempDir = useTempDir();
  let childScript = '';

  beforeAll(async () => {
    childScript = await buildChildScript('pack-child.ts', join(tempDir(), 'bundle'));
  }, 60_000);

  it('records one unit for two racing stations', async () => {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 5 }]);
    const file = join(dir, 'packtrace.sqlite');
    const goFile = join(dir, 'go');

    const children = ['wedge', 'hid'].map((prefix) =>
      startNodeChild(childScript, [file, String(shipmentId), prefix, 'SN000456'], { PACK_CHILD_WAIT_FILE: goFile, PACKTRACE_LOG_LEVEL: 'error' }),
    );
    await Promise.all(children.map((child) => child.waitForLine((line) => line === 'READY')));
    writeFileSync(goFile, '');
    const exits = await Promise.all(children.map((child) => child.exited));

    expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
    const codes = children.flatMap((child) => child.lines.filter((line) => line.startsWith('ACK')).map((line) => line.split(' ')[2])).sort();
    expect(codes).toEqual(['duplicate-in-carton', 'unit-packed-new-carton']);
    expect(fixture.db.prepare("SELECT count(*) AS n FROM units WHERE serial = 'SN000456'").get()).toEqual({ n: 1 });
    expect(countEvents(fixture.db, 'unit-packed')).toBe(1);
    expect(countEvents(fixture.db, 'carton-opened')).toBe(1);
    expect(verifyEventChain(fixture.db).ok).toBe(true);
  }, 60_000);

  it('enforces one unit row by UNIQUE', () => {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    const second = openTestStore(dir);
    const unit = { productId: fixture.cameraId, serial: 'SN000456', serialFolded: 'SN000456', lot: null, expiry: null, status: 'in-stock' as const, cartonId: null, shipmentId: null };

    insertUnitRow(fixture.db, unit, 't');

    expect(() => insertUnitRow(second, unit, 't')).toThrow(/UNIQUE constraint failed: units.product_id, units.serial/);
    expect(() => insertUnitRow(second, { ...unit, serial: 'sn000456' }, 't')).toThrow(/UNIQUE constraint failed: units.product_id, units.serial_folded/);
    second.close();
  });
});
