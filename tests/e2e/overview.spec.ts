import { join } from 'node:path';
import Database from 'better-sqlite3';
import { appendEvent } from '../../main/store/events';
import { inWriteTransaction } from '../../main/store/write-transaction';
import { expect, test } from './support/station-fixture';
import { openShipment, scanAndExpect, signIn } from './support/station-page';

/**
 * Adds received, in-stock, held and returned demo units straight into the station's store, each
 * change with its event, the way receiving and the returns desk would record them. Packing is
 * done through the screen; the other desks have no e2e path of their own here.
 */
function seedLifecycle(dataDir: string): void {
  const db = new Database(join(dataDir, 'packtrace.sqlite'));
  db.pragma('busy_timeout = 5000');
  const stationId = db.prepare<[], { id: string }>('SELECT id FROM station').get()?.id ?? '';
  const productId = (sku: string): number => db.prepare<[string], { id: number }>('SELECT id FROM products WHERE sku = ?').get(sku)?.id ?? 0;
  const day = 86_400_000;
  const units: ReadonlyArray<{ sku: string; serial: string; status: string; ageDays: number; lot: string; returns: number }> = [
    { sku: 'DEMO-SCAN-2D', serial: 'HS100001', status: 'in-stock', ageDays: 3, lot: 'L-2026-01', returns: 0 },
    { sku: 'DEMO-SCAN-2D', serial: 'HS100002', status: 'in-stock', ageDays: 40, lot: 'L-2026-01', returns: 0 },
    { sku: 'DEMO-SCAN-2D', serial: 'HS100003', status: 'returned', ageDays: 120, lot: 'L-2025-11', returns: 2 },
    { sku: 'DEMO-DOCK', serial: 'DK100001', status: 'received', ageDays: 1, lot: 'L-2026-02', returns: 0 },
    { sku: 'DEMO-DOCK', serial: 'DK100002', status: 'returned', ageDays: 200, lot: 'L-2025-06', returns: 3 },
    { sku: 'DEMO-PRINTER', serial: 'LP-00001', status: 'returned', ageDays: 400, lot: 'L-2024-12', returns: 1 },
  ];
  inWriteTransaction(db, () => {
    for (const unit of units) {
      const createdAt = new Date(Date.now() - unit.ageDays * day).toISOString();
      const unitId = Number(
        db
          .prepare(`INSERT INTO units (product_id, serial, serial_folded, lot, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`)
          .run(productId(unit.sku), unit.serial, unit.serial, unit.lot, unit.status, createdAt, createdAt).lastInsertRowid,
      );
      appendEvent(db, { type: 'unit-received', stationId, operatorId: null, unitId, payload: { serial: unit.serial, lot: unit.lot } });
      for (let count = 0; count < unit.returns; count += 1) {
        appendEvent(db, { type: 'unit-returned', stationId, operatorId: null, unitId, payload: { serial: unit.serial } });
      }
    }
  });
  db.close();
}

test('overview shows units and returns as charts', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Operator');
  await page.getByTestId('demo-load').click();
  await openShipment(page, 'DEMO-1001');
  await scanAndExpect(page, '0109506000001012' + '21HS000001', 'accepted', 'unit-packed-new-carton');
  await scanAndExpect(page, '0109506000001012' + '21HS000002', 'accepted', 'unit-packed');
  seedLifecycle(station.dataDir);

  await page.getByTestId('nav-overview').click();

  const screen = page.getByTestId('overview-screen');
  await expect(screen).toBeVisible();
  const statusChart = page.getByTestId('chart-units-by-status');
  await expect(statusChart).toContainText('DEMO');
  await expect(statusChart.locator('.chart-legend')).toContainText('Packed 2');
  await expect(statusChart.locator('.chart-legend')).toContainText('Returned 3');
  await expect(page.getByTestId('chart-time-in-warehouse')).toContainText('over 365 days');
  const byProduct = page.getByTestId('chart-returns-by-product');
  await expect(byProduct.locator('text.chart-label').first()).toHaveText('DEMO · DEMO-DOCK');
  await expect(byProduct.locator('text.chart-value').first()).toHaveText('3');
  await expect(page.getByTestId('chart-returns-by-lot')).toContainText('DEMO-DOCK · L-2025-06');

  await page.screenshot({ path: testInfo.outputPath('overview-screen.png'), fullPage: true });
});
