import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/station-fixture';
import { openShipment, signIn } from './support/station-page';

// Demo shipment DEMO-1001 wants 2 × DEMO-SCAN-2D (serials HS + 6 digits) and 1 × DEMO-DOCK.
// Fields are filled with fill(), which sets the value without key events, so the scan listener
// never takes the typing for a scanner burst.

/** Chooses the bulk add product by its SKU, as the select lists the shipment's lines. */
async function chooseProduct(page: Page, sku: string): Promise<void> {
  const select = page.getByTestId('bulk-product');
  const value = await select.locator('option', { hasText: sku }).getAttribute('value');
  await select.selectOption(value ?? 'missing');
  await expect(select.locator('option:checked')).toContainText(sku);
}

test('bulk add previews, then packs per serial', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Operator');
  await page.getByTestId('demo-load').click();
  await openShipment(page, 'DEMO-1001');
  const scannerLine = page.locator('[data-testid="line-row"][data-sku="DEMO-SCAN-2D"]');

  await page.getByTestId('bulk-add').click();
  await chooseProduct(page, 'DEMO-SCAN-2D');

  // Hyphens stay inside literal serials; a range comes only from its own two fields.
  await page.getByTestId('bulk-serials').fill('AB-100, AB-101');
  await page.getByTestId('bulk-range-preview').click();
  await expect(page.getByTestId('bulk-preview-item')).toHaveText(['AB-100', 'AB-101']);
  await page.getByTestId('bulk-serials').fill('2P');
  await expect(page.getByTestId('bulk-preview-item')).toHaveCount(0);
  await expect(page.getByTestId('bulk-confirm')).toBeDisabled();
  await page.getByTestId('bulk-range-preview').click();
  await expect(page.getByTestId('bulk-preview-item')).toHaveText(['2P']);

  await page.getByTestId('bulk-serials').fill('');
  await page.getByTestId('bulk-range-start').fill('SN000460');
  await page.getByTestId('bulk-range-end').fill('SN000464');
  await page.getByTestId('bulk-range-preview').click();
  await expect(page.getByTestId('bulk-preview-item')).toHaveText(['SN000460', 'SN000461', 'SN000462', 'SN000463', 'SN000464']);
  await expect(scannerLine).toHaveAttribute('data-packed', '0');

  await page.getByTestId('bulk-range-end').fill('SX000464');
  await page.getByTestId('bulk-range-preview').click();
  await expect(page.getByTestId('bulk-problem')).toContainText('Start and end may differ only in their final digits');
  await expect(page.getByTestId('bulk-preview-item')).toHaveCount(0);

  // Literal serials come first, then the range: HS000001, AB-100, HS000002, HS000003.
  await page.getByTestId('bulk-serials').fill('HS000001\nAB-100');
  await page.getByTestId('bulk-range-start').fill('HS000002');
  await page.getByTestId('bulk-range-end').fill('HS000003');
  await page.getByTestId('bulk-range-preview').click();
  await expect(page.getByTestId('bulk-preview-item')).toHaveText(['HS000001', 'AB-100', 'HS000002', 'HS000003']);
  await page.getByTestId('bulk-confirm').click();

  const results = page.getByTestId('bulk-result');
  await expect(results).toHaveCount(4);
  await expect(results.nth(0)).toHaveAttribute('data-outcome', 'accepted');
  await expect(results.nth(1)).toHaveAttribute('data-outcome', 'rejected');
  await expect(results.nth(1)).toContainText('AB-100 is not a valid serial for DEMO-SCAN-2D.');
  await expect(results.nth(2)).toHaveAttribute('data-outcome', 'accepted');
  await expect(results.nth(3)).toHaveAttribute('data-outcome', 'rejected');
  await expect(results.nth(3)).toContainText('All 2 units of DEMO-SCAN-2D are already packed.');
  await expect(scannerLine).toHaveAttribute('data-packed', '2');
  await page.screenshot({ path: testInfo.outputPath('bulk-add.png'), fullPage: true });

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('bulk-result')).toHaveCount(0);
  await expect(page.locator('[data-testid="carton-unit"]')).toHaveCount(2);
});

test('manifest export downloads text identifiers', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Operator');
  await page.getByTestId('demo-load').click();
  await openShipment(page, 'DEMO-1001');
  await page.getByTestId('bulk-add').click();
  await chooseProduct(page, 'DEMO-SCAN-2D');
  await page.getByTestId('bulk-serials').fill('HS000001');
  await page.getByTestId('bulk-range-preview').click();
  await page.getByTestId('bulk-confirm').click();
  await expect(page.getByTestId('bulk-result')).toHaveCount(1);
  await page.keyboard.press('Escape');

  await page.getByTestId('export-manifest').click();
  await page.getByTestId('export-format').selectOption('csv');
  const downloadStarted = page.waitForEvent('download');
  await page.getByTestId('export-confirm').click();
  const download = await downloadStarted;

  expect(download.suggestedFilename()).toBe('manifest-DEMO-1001.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toMatch(/"DEMO-1001","1","\d{18}","DEMO-SCAN-2D","09506000001012","HS000001","",""/);
});
