import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { StartStationOptions, StationHandle } from '../../main/station/start-station';
import { signIn } from './support/station-page';

// The station runs on a real 3 MiB tmpfs, which needs root to mount; elsewhere the test is
// skipped. The data folder fills up during an import, and the screen must say so.
const builtStationEntry = join(resolve(__dirname, '..', '..'), 'out', 'main', 'station.js');

function mountTmpfs(dir: string, sizeKib: number): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKib}k`, 'tmpfs', dir], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

function productCsv(rows: number): Buffer {
  const lines = ['client,sku,title,serial_tracked'];
  for (let index = 0; index < rows; index += 1) {
    lines.push(`DEMO,FULL-${index},${'A long product title that takes space '.repeat(3)}${index},true`);
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

test('a full disk during an import shows disk-full', async ({ page }) => {
  test.skip(process.platform !== 'linux' || process.getuid?.() !== 0, 'mounting a tmpfs needs root on Linux');
  const dataDir = mkdtempSync(join(tmpdir(), 'packtrace-e2e-disk-'));
  const mounted = mountTmpfs(dataDir, 3072);
  if (!mounted) {
    rmSync(dataDir, { recursive: true, force: true });
  }
  test.skip(!mounted, 'mount -t tmpfs is not allowed here');

  const requireBuilt = createRequire(__filename);
  const { startStation } = requireBuilt(builtStationEntry) as { startStation: (options: StartStationOptions) => Promise<StationHandle> };
  const station = await startStation({ dataDir, port: 0 });
  try {
    await page.goto(station.url);
    await signIn(page, 'Fiona Full');
    await page.getByTestId('demo-load').click();
    await page.getByTestId('nav-import').click();

    const filler = join(dataDir, 'filler.bin');
    try {
      writeFileSync(filler, Buffer.alloc(3072 * 1024));
    } catch {
      // The write stops at the full disk, which is the point.
    }
    const file = { name: 'many-products.csv', mimeType: 'text/csv', buffer: productCsv(3000) };
    await page.getByTestId('import-file').setInputFiles(file);
    await expect(page.getByTestId('import-error')).toContainText("The station's disk is full, so nothing was saved.");

    rmSync(filler);
    await page.getByTestId('import-file').setInputFiles({ ...file, name: 'many-products-again.csv' });
    await expect(page.getByTestId('import-summary')).toContainText('products-csv');
  } finally {
    await station.close();
    execFileSync('umount', ['-l', dataDir]);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
