import { join } from 'node:path';
import { expect, test } from './support/station-fixture';
import { closeCarton, decodeGs1128Digits, newestLabelPdf, openShipment, scanAndExpect, signIn } from './support/station-page';

// Shopify's sample order #1001 (tests/fixtures/real/shopify-api-ruby/orders.json) has one unit
// each of IPOD2008GREEN, IPOD2008RED and IPOD2008BLACK. The import creates them as
// serial-tracked products without a GTIN, for the client chosen at import time.
const shopifyOrdersPath = join(__dirname, '..', 'fixtures', 'real', 'shopify-api-ruby', 'orders.json');

/** GTIN-13 this test gives IPOD2008RED through a product CSV; the last digit is its check digit. */
const redGtin13 = '9506000002071';
const groupSeparator = '\u001d';

test('Shopify order packs with refusals and a decodable label', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Bob Packer');
  await page.getByTestId('demo-load').click();

  // Shopify files do not name their client, so the operator chooses it before the file.
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-client').selectOption('DEMO');
  await page.getByTestId('import-file').setInputFiles(shopifyOrdersPath);
  await expect(page.getByTestId('import-summary')).toContainText('shopify');
  await page.getByTestId('import-client').selectOption('');
  const productCsv = ['client,sku,gtin,title,serial_tracked', `DEMO,IPOD2008RED,${redGtin13},IPod Nano - 8gb red,true`, ''].join('\n');
  await page.getByTestId('import-file').setInputFiles({ name: 'ipod-red.csv', mimeType: 'text/csv', buffer: Buffer.from(productCsv) });
  await expect(page.getByTestId('import-summary')).toContainText('products-csv');

  await page.getByTestId('nav-shipments').click();
  await openShipment(page, '#1001');
  await expect(page.getByTestId('line-row')).toHaveCount(3);

  await scanAndExpect(page, 'IPOD2008GREEN', 'accepted', 'product-identified');
  await scanAndExpect(page, 'SN-G-0001', 'accepted', 'unit-packed-new-carton');
  await scanAndExpect(page, '9506000001036', 'rejected', 'not-on-shipment');
  await scanAndExpect(page, 'SN-G-0001', 'rejected', 'duplicate-in-carton');
  // GS1 element string: GTIN-14, serial ended by GS, then a lot.
  await scanAndExpect(page, `010${redGtin13}` + `21SN-R-0001${groupSeparator}` + `10LOT42`, 'accepted', 'unit-packed');
  await scanAndExpect(page, 'IPOD2008BLACK', 'accepted', 'product-identified');
  await scanAndExpect(page, 'SN-B-0001', 'accepted', 'unit-packed');

  for (const sku of ['IPOD2008GREEN', 'IPOD2008RED', 'IPOD2008BLACK']) {
    await expect(page.locator(`[data-testid="line-row"][data-sku="${sku}"]`)).toHaveAttribute('data-packed', '1');
  }
  await expect(page.locator('[data-testid="carton-unit"][data-serial="SN-R-0001"]')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('pack-screen.png'), fullPage: true });

  await closeCarton(page, '0.9');
  const closedCarton = page.locator('[data-testid="carton-row"][data-status="closed"]');
  const sscc = ((await closedCarton.locator('.sscc').textContent()) ?? '').trim();
  expect(sscc).toMatch(/^\d{18}$/);
  expect(decodeGs1128Digits(newestLabelPdf(station.dataDir))).toContain(`00${sscc}`);

  await page.getByTestId('label-close').click();
  await page.getByTestId('nav-lookup').click();
  await page.getByTestId('lookup-input').fill('SN-R-0001');
  await page.getByTestId('lookup-submit').click();
  await expect(page.getByTestId('lookup-result')).toContainText('IPOD2008RED');
  await expect(page.getByTestId('timeline-entry').first()).toBeVisible();
});
