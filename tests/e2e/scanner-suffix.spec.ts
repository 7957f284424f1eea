import type { Page } from '@playwright/test';
import { expect, test } from './support/station-fixture';
import { openShipment, signIn } from './support/station-page';

// A shipment of four demo scanners (resources/demo: GTIN 09506000001012, serials HS + 6 digits),
// imported through the screen so the test needs no fixture file.
const shipmentCsv = [
  'client;reference;kind;name;address1;postcode;city;country;sku;quantity',
  'DEMO;SUFFIX-4;customer-order;Anna Nowak;ul. Długa 5;00-238;Warszawa;PL;DEMO-SCAN-2D;4',
  '',
].join('\n');

/** Types a scan at scanner speed with the given suffix key, or none. */
async function scanWithSuffix(page: Page, text: string, suffix: 'Tab' | null): Promise<void> {
  await page.keyboard.type(text, { delay: 2 });
  if (suffix !== null) {
    await page.keyboard.press(suffix);
  }
}

test('Tab and no-suffix scans commit once each', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Ola Skaner');
  await page.getByTestId('demo-load').click();
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'suffix.csv', mimeType: 'text/csv', buffer: Buffer.from(shipmentCsv) });
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.getByTestId('nav-shipments').click();
  await openShipment(page, 'SUFFIX-4');
  const units = page.getByTestId('carton-unit');

  // Scanner suffix set to Tab: two scans 300 ms apart.
  await scanWithSuffix(page, '010950600000101221HS000453', 'Tab');
  await expect(units).toHaveCount(1);
  await page.waitForTimeout(300);
  await scanWithSuffix(page, '010950600000101221HS000454', 'Tab');
  await expect(units).toHaveCount(2);
  await expect(page.locator('input:focus, select:focus, textarea:focus')).toHaveCount(0);

  // No suffix: the scan commits after a short idle gap, and a late Enter does not commit again.
  await scanWithSuffix(page, '010950600000101221HS000455', null);
  await expect(units).toHaveCount(3);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  await scanWithSuffix(page, '010950600000101221HS000456', null);
  await expect(units).toHaveCount(4);
  await page.waitForTimeout(300);

  await expect(units).toHaveCount(4);
  await expect(page.getByTestId('scan-banner')).toHaveAttribute('data-outcome', 'accepted');
  await expect(page.locator('[data-testid="line-row"][data-sku="DEMO-SCAN-2D"]')).toHaveAttribute('data-packed', '4');
});
