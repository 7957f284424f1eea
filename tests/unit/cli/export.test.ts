import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPackingFixture } from '../../support/packing-fixture';
import { runCliCaptured } from '../../support/cli';
import { useTempDir } from '../../support/temp-dir';

/** Creates a station folder with shipment ORD-1001 and one camera packed in carton 1. */
function packedStation(dataDir: string): void {
  const fixture = createPackingFixture(dataDir);
  const shipmentId = fixture.addShipment('ORD-1001', [{ productId: fixture.cameraId, quantity: 2 }]);
  fixture.scan(shipmentId, '(01)09506000123455(21)SN000451');
  fixture.db.close();
}

describe('packtrace export manifest', () => {
  const tempDir = useTempDir();

  it('writes the CSV manifest', async () => {
    const dataDir = tempDir();
    packedStation(dataDir);
    const out = join(dataDir, 'manifest.csv');

    const run = await runCliCaptured(['export', 'manifest', '--shipment', 'ORD-1001', '--format', 'csv', '--out', out, '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}`);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[1]).toBe('"ORD-1001","1","109506000000000016","CAM-1","09506000123455","SN000451","",""');
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('writes the XLSX manifest', async () => {
    const dataDir = tempDir();
    packedStation(dataDir);
    const out = join(dataDir, 'manifest.xlsx');

    const run = await runCliCaptured(['--data-dir', dataDir, 'export', 'manifest', '--shipment', 'ORD-1001', '--format', 'xlsx', '--out', out]);

    expect(run.code).toBe(0);
    // An XLSX file is a ZIP archive, which starts with "PK".
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('fails for an unknown shipment', async () => {
    const dataDir = tempDir();
    packedStation(dataDir);

    const run = await runCliCaptured(['export', 'manifest', '--shipment', 'ORD-9999', '--format', 'csv', '--out', join(dataDir, 'x.csv'), '--data-dir', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ORD-9999');
  });

  it('rejects an unknown format', async () => {
    const dataDir = tempDir();

    const run = await runCliCaptured(['export', 'manifest', '--shipment', 'ORD-1001', '--format', 'ods', '--out', 'x', '--data-dir', dataDir]);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--format must be csv or xlsx');
  });
});
