import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './support/station-fixture';
import { signIn } from './support/station-page';

const inventoryHeader = readFileSync(
  resolve(__dirname, '../../../shared/fixtures/real/airbyte-amazon-seller-partner/GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.csv'),
  'utf8',
).split('\n')[0] ?? '';

/** Builds a Manage Inventory report in Amazon's column layout that gives DEMO-SCAN-2D the FNSKU X00DEMO777. */
function inventoryReport(): Buffer {
  const row = inventoryHeader
    .split('\t')
    .map((column) => ({ sku: 'DEMO-SCAN-2D', fnsku: 'x00demo777', asin: 'B0DEMO0001', 'product-name': 'Demo 2D Scanner', condition: 'New' })[column] ?? '0')
    .join('\t');
  return Buffer.from(`${inventoryHeader}\n${row}\n`);
}

// Demo data (resources/demo): client DEMO with the serial-tracked DEMO-SCAN-2D (GTIN 9506000001012).
test('prep bench labels a received serial with its FNSKU', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();

  // Receive HS000123, so the unit the label goes on exists.
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('receive-client').fill('DEMO');
  await page.getByTestId('receive-reference').fill('RCV-PREP');
  await page.getByTestId('receive-create').click();
  await page.getByTestId('receive-scan').fill('(01)09506000001012(21)HS000123');
  await page.getByTestId('receive-scan').press('Enter');
  await expect(page.getByTestId('receive-last')).toContainText('HS000123');

  // Import the client's Manage Inventory report on the prep screen.
  await page.getByTestId('nav-prep').click();
  await expect(page.getByTestId('prep-screen')).toBeVisible();
  await page.getByTestId('prep-import-client').fill('DEMO');
  await page.getByTestId('prep-import-file').setInputFiles({ name: 'myi.txt', mimeType: 'text/tab-separated-values', buffer: inventoryReport() });
  await page.getByTestId('prep-import-submit').click();
  await expect(page.getByTestId('prep-import-done')).toContainText('1 updated');

  // Scan the EAN, then the serial: the label is rendered and recorded on that unit.
  await page.getByTestId('prep-scan-input').fill('9506000001012');
  await page.getByTestId('prep-scan-input').press('Enter');
  await expect(page.getByTestId('prep-product')).toContainText('X00DEMO777');
  await page.getByTestId('prep-scan-input').fill('HS000123');
  await page.getByTestId('prep-scan-input').press('Enter');
  await expect(page.getByTestId('prep-printed')).toContainText('X00DEMO777');
  await expect(page.getByTestId('prep-result').locator('img')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('prep-screen.png'), fullPage: true });

  // A serial that was never received is rejected with the reason.
  await page.getByTestId('prep-scan-input').fill('HS999999');
  await page.getByTestId('prep-scan-input').press('Enter');
  await expect(page.getByTestId('prep-problem')).toContainText('HS999999');
});
