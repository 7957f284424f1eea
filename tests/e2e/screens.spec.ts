import { join } from 'node:path';
import { expect, test } from './support/station-fixture';
import { closeCarton, openShipment, scanAndExpect, signIn } from './support/station-page';

// Walks every screen a new German-speaking operator sees, checks each is translated and usable,
// and keeps a screenshot of each as a test artifact. Scans use the demo data (resources/demo).
const amazonOrderFixture = join(
  __dirname,
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'real',
  'airbyte-amazon-seller-partner',
  'GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING.csv',
);

test('every screen in German', async ({ page, station }, testInfo) => {
  const shoot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  await page.goto(station.url);
  await page.getByTestId('language-select').selectOption('de');
  await expect(page.getByTestId('first-admin-name')).toBeVisible();
  await shoot('1-first-start');

  await signIn(page, 'Jürgen Łukasiewicz');
  await expect(page.getByTestId('demo-load')).toBeVisible();
  await shoot('2-first-data');
  await page.getByTestId('demo-load').click();
  await expect(page.getByTestId('shipment-reference')).toBeVisible();
  await shoot('3-shipments');

  await openShipment(page, 'DEMO-1001');
  await scanAndExpect(page, '9506000001012', 'accepted', 'product-identified');
  await scanAndExpect(page, 'HS000010', 'accepted', 'unit-packed-new-carton');
  await scanAndExpect(page, '09506000001029', 'rejected', 'not-on-shipment');
  await expect(page.getByTestId('scan-banner')).toContainText('DEMO-PRINTER');
  await shoot('4-pack-rejected');

  await closeCarton(page, '0,8');
  await shoot('5-label-preview');
  await page.getByTestId('label-close').click();

  await page.getByTestId('nav-lookup').click();
  await page.getByTestId('lookup-input').fill('hs000010');
  await page.getByTestId('lookup-submit').click();
  await expect(page.getByTestId('lookup-result')).toContainText('HS000010');
  await expect(page.getByTestId('timeline-entry').first()).toBeVisible();
  await shoot('6-lookup');

  // Amazon's report as published repeats its header in every row: the import names the row,
  // the column and the value, and writes nothing.
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-client').selectOption('DEMO');
  await page.getByTestId('import-file').setInputFiles(amazonOrderFixture);
  await expect(page.getByTestId('import-error')).toContainText('quantity-purchased');
  await shoot('7-import-error');
});
