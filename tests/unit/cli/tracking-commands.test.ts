import { describe, expect, it } from 'vitest';
import { selectRecallUnits } from '../../../main/tracking/recall';
import { runCliCaptured } from '../../support/cli';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';
import { createTrackingFixture } from '../../support/tracking-fixture';
import { insertUnitRow } from '../../support/unit-rows';

describe('packtrace recall', () => {
  const tempDir = useTempDir();

  function prepareLot(): string {
    const dataDir = tempDir();
    const fixture = createTrackingFixture(dataDir);
    fixture.insertUnitInState('SN000001', 'in-stock');
    fixture.insertUnitInState('SN000002', 'shipped');
    fixture.insertUnitInState('SN000003', 'in-stock');
    fixture.db.prepare("UPDATE units SET lot = 'L7' WHERE serial IN ('SN000001', 'SN000002')").run();
    fixture.db.close();
    return dataDir;
  }

  it('prints the lot as JSON', async () => {
    const dataDir = prepareLot();

    const run = await runCliCaptured(['recall', '--lot', 'L7', '--product', 'CAM-1', '--json', '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { lot: string; units: Array<{ serial: string; status: string; shipmentReference: string | null; recipient: string | null }> };
    expect(output.lot).toBe('L7');
    expect(output.units.map((unit) => [unit.serial, unit.status, unit.shipmentReference, unit.recipient])).toEqual([
      ['SN000001', 'in-stock', null, null],
      ['SN000002', 'shipped', 'ORD-FIXTURE', 'Jan Kowalski'],
    ]);
  });

  it('streams a large lot as one JSON', async () => {
    const dataDir = tempDir();
    const fixture = createTrackingFixture(dataDir);
    for (let index = 1; index <= 700; index += 1) {
      const serial = `SN${String(index).padStart(6, '0')}`;
      insertUnitRow(fixture.db, { productId: fixture.cameraId, serial, serialFolded: serial, lot: 'L9', expiry: null, status: 'in-stock', cartonId: null, shipmentId: null }, 't');
    }
    const selected = selectRecallUnits(fixture.db, { lot: 'L9' });
    fixture.db.close();

    const run = await runCliCaptured(['recall', '--lot', 'L9', '--json', '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    // 700 units are several 64 KiB chunks, and the text must still be what JSON.stringify writes.
    expect(run.stdout.length).toBeGreaterThan(2 * 64 * 1024);
    expect(run.stdout).toBe(`${JSON.stringify({ lot: 'L9', product: null, client: null, units: selected.ok ? selected.value : null })}\n`);
  });

  it('exits 1 for an empty lot', async () => {
    const dataDir = prepareLot();

    const run = await runCliCaptured(['recall', '--lot', 'L9', '--data-dir', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('No unit in lot L9.\n');
  });

  it('requires --lot', async () => {
    const run = await runCliCaptured(['recall', '--product', 'CAM-1', '--data-dir', tempDir()]);

    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('missing --lot');
  });

  it('holds nothing', async () => {
    const dataDir = prepareLot();

    await runCliCaptured(['recall', '--lot', 'L7', '--data-dir', dataDir]);
    const run = await runCliCaptured(['recall', '--lot', 'L7', '--json', '--data-dir', dataDir]);

    const output = JSON.parse(run.stdout) as { units: Array<{ status: string }> };
    expect(output.units.map((unit) => unit.status)).toEqual(['in-stock', 'shipped']);
  });
});

describe('packtrace serial-pattern', () => {
  const tempDir = useTempDir();

  it('sets the pattern and marks SKUs', async () => {
    const dataDir = tempDir();
    createTrackingFixture(dataDir).db.close();

    const run = await runCliCaptured(['serial-pattern', '--client', 'acme', '--pattern', 'ACME-{n:6}', 'CAM-1', '--data-dir', dataDir]);
    const invalid = await runCliCaptured(['serial-pattern', '--client', 'ACME', '--pattern', 'ACME', '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Client ACME assigns serials as ACME-{n:6} for CAM-1.\n');
    expect(invalid.code).toBe(1);
    const db = openTestStore(dataDir);
    expect(db.prepare("SELECT serial_source FROM products WHERE sku = 'CAM-1'").get()).toEqual({ serial_source: 'assigned' });
    expect(db.prepare('SELECT pattern, next_number FROM client_serial_patterns').get()).toEqual({ pattern: 'ACME-{n:6}', next_number: 1 });
    db.close();
  });
});
