import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { recordScan } from '../../../main/packing/scan-pipeline';
import { serviceErrorOfStoreFailure } from '../../../main/safety/store-failure';
import type { Services } from '../../../main/api/services';
import { createLookupAndImportServices } from '../../../main/api/services/lookup-and-import-services';
import { openStore } from '../../../main/store/database';
import { ensureStation } from '../../../main/store/station';
import { verifyEventChain } from '../../../main/store/event-chain';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir('packtrace-disk-full-');

/** Row counts of every table a scan or an import writes. */
function rowCounts(db: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of ['units', 'cartons', 'events', 'scan_gestures', 'clients', 'products', 'shipments', 'shipment_lines']) {
    counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return counts;
}

/** Caps the database at its current size, as a disk with no free space left would. */
function fillDatabase(db: Database.Database): void {
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages}`);
}

/**
 * Opens a store in `dir` with the real import service behind dispatch. The service is called
 * without the sign-in guard, which is tested elsewhere; here only the store's failure matters.
 */
function openImportStation(dir: string): { readonly db: Database.Database; readonly services: Services } {
  const opened = openStore(join(dir, 'packtrace.sqlite'));
  if (!opened.ok) throw new Error(opened.error.code);
  const db = opened.value;
  const station = ensureStation(db);
  const context = { db, stationId: station.id, dataDir: dir, labelsDir: join(dir, 'labels'), transport: 'browser', appVersion: 'test' } as const;
  return { db, services: createLookupAndImportServices(context) as Services };
}

function productCsv(rows: number): string {
  const lines = ['client,client_name,sku,title,serial_tracked'];
  for (let index = 0; index < rows; index += 1) {
    lines.push(`FULL,Full Disk Ltd,SKU-${index},${'A long product title that takes space '.repeat(3)}${index},yes`);
  }
  return `${lines.join('\n')}\n`;
}

describe('a full disk during a scan', () => {
  it('rolls the scan back and loses nothing', () => {
    const fixture = createPackingFixture(tempDir());
    const shipment = fixture.addShipment('SO-FULL', [{ productId: fixture.cameraId, quantity: 900 }]);
    fixture.scan(shipment, 'SN000001');
    fillDatabase(fixture.db);

    let failure: unknown = null;
    let before: Record<string, number> = {};
    let serial = 2;
    for (; serial < 900 && failure === null; serial += 1) {
      before = rowCounts(fixture.db);
      try {
        recordScan(fixture.db, fixture.actor, { shipmentId: shipment, raw: `SN${String(serial).padStart(6, '0')}`, gestureId: `full-${serial}`, source: 'keyboard' });
      } catch (error) {
        failure = error;
      }
    }

    expect(failure).not.toBeNull();
    expect(serviceErrorOfStoreFailure(failure)).toEqual({ code: 'disk-full', message: { key: 'safety:errors.diskFull', params: {} } });
    expect(fixture.db.inTransaction).toBe(false);
    expect(rowCounts(fixture.db)).toEqual(before);
    expect(verifyEventChain(fixture.db).ok).toBe(true);

    fixture.db.pragma('max_page_count = 1073741823');
    const failedSerial = serial - 1;
    const retried = recordScan(fixture.db, fixture.actor, { shipmentId: shipment, raw: `SN${String(failedSerial).padStart(6, '0')}`, gestureId: `full-${failedSerial}`, source: 'keyboard' });
    expect(retried).toMatchObject({ ok: true, value: { outcome: 'accepted' } });
    fixture.db.close();
  });
});

describe('a full disk during an import', () => {
  it('returns disk-full and writes nothing', async () => {
    const dir = tempDir();
    const station = openImportStation(dir);
    fillDatabase(station.db);
    const before = rowCounts(station.db);
    const request = { fileName: 'products.csv', contentBase64: Buffer.from(productCsv(2000)).toString('base64') };

    const reply = await dispatch(station.services, 'imports.file', request);

    expect(reply).toEqual({ ok: false, error: { code: 'disk-full', message: { key: 'safety:errors.diskFull', params: {} } } });
    expect(rowCounts(station.db)).toEqual(before);

    station.db.pragma('max_page_count = 1073741823');
    const retried = await dispatch(station.services, 'imports.file', request);
    expect(retried).toMatchObject({ ok: true, value: { products: 2000 } });
    station.db.close();
  });
});

/**
 * Mounts a real tmpfs of `sizeKib`, or returns null where mounting is not allowed (not root, or
 * no mount namespace rights), so the test is skipped there.
 */
function mountTmpfs(dir: string, sizeKib: number): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKib}k`, 'tmpfs', dir], { stdio: 'pipe' });
    return dir;
  } catch {
    return null;
  }
}

const tmpfsProbe = mkdtempSync(join(tmpdir(), 'packtrace-tmpfs-probe-'));
const canMount = process.platform === 'linux' && process.getuid?.() === 0 && mountTmpfs(tmpfsProbe, 64) !== null;
if (canMount) {
  execFileSync('umount', [tmpfsProbe]);
}
rmSync(tmpfsProbe, { recursive: true, force: true });

describe.skipIf(!canMount)('a full tmpfs disk (needs root)', () => {
  it('fails the import clearly and keeps the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'packtrace-tmpfs-'));
    if (mountTmpfs(dir, 3072) === null) throw new Error('mount failed after the probe worked');
    try {
      const station = openImportStation(dir);
      const first = await dispatch(station.services, 'imports.file', { fileName: 'a.csv', contentBase64: Buffer.from(productCsv(50)).toString('base64') });
      expect(first.ok).toBe(true);
      const before = rowCounts(station.db);

      // Fill what is left of the disk, so the next WAL append fails with ENOSPC.
      const filler = join(dir, 'filler.bin');
      try {
        writeFileSync(filler, Buffer.alloc(3072 * 1024));
      } catch {
        // The write stops at the full disk, which is the point.
      }
      const request = { fileName: 'b.csv', contentBase64: Buffer.from(productCsv(3000)).toString('base64') };
      const reply = await dispatch(station.services, 'imports.file', request);

      expect(reply.ok).toBe(false);
      expect(reply).toMatchObject({ ok: false, error: { code: 'disk-full' } });
      expect(rowCounts(station.db)).toEqual(before);
      expect(station.db.pragma('quick_check', { simple: true })).toBe('ok');

      rmSync(filler);
      const retried = await dispatch(station.services, 'imports.file', request);
      expect(retried.ok).toBe(true);
      // The second file repeats the first file's 50 SKUs, which it updates.
      expect(rowCounts(station.db).products).toBe(3000);
      station.db.close();
    } finally {
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails a scan clearly and keeps the store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'packtrace-tmpfs-'));
    if (mountTmpfs(dir, 3072) === null) throw new Error('mount failed after the probe worked');
    try {
      const fixture = createPackingFixture(dir);
      const shipment = fixture.addShipment('SO-TMPFS', [{ productId: fixture.cameraId, quantity: 5000 }]);
      fixture.scan(shipment, 'SN000001');
      const filler = join(dir, 'filler.bin');
      try {
        writeFileSync(filler, Buffer.alloc(3072 * 1024));
      } catch {
        // The write stops at the full disk, which is the point.
      }

      let failure: unknown = null;
      let before: Record<string, number> = {};
      let serial = 2;
      for (; serial < 5000 && failure === null; serial += 1) {
        before = rowCounts(fixture.db);
        try {
          recordScan(fixture.db, fixture.actor, { shipmentId: shipment, raw: `SN${String(serial).padStart(6, '0')}`, gestureId: `tmpfs-${serial}`, source: 'keyboard' });
        } catch (error) {
          failure = error;
        }
      }

      expect(serviceErrorOfStoreFailure(failure)).toMatchObject({ code: 'disk-full' });
      expect(fixture.db.inTransaction).toBe(false);
      expect(rowCounts(fixture.db)).toEqual(before);
      expect(verifyEventChain(fixture.db).ok).toBe(true);

      rmSync(filler);
      const failedSerial = serial - 1;
      const retried = recordScan(fixture.db, fixture.actor, { shipmentId: shipment, raw: `SN${String(failedSerial).padStart(6, '0')}`, gestureId: `tmpfs-${failedSerial}`, source: 'keyboard' });
      expect(retried).toMatchObject({ ok: true, value: { outcome: 'accepted' } });
      fixture.db.close();
    } finally {
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
