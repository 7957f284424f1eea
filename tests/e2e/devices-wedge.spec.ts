import type { Page } from '@playwright/test';
import { scanOnSystemLayout } from './support/layout-scanner';
import { expect, test } from './support/station-fixture';
import { openShipment, signIn } from './support/station-page';

// A shipment of four demo scanners (resources/demo: GTIN 09506000001012, serials HS + 6 digits),
// imported through the screen so the test needs no fixture file.
const shipmentCsv = [
  'client;reference;kind;name;address1;postcode;city;country;sku;quantity',
  'DEMO;LAYOUT-4;customer-order;Anna Nowak;ul. Długa 5;00-238;Warszawa;PL;DEMO-SCAN-2D;4',
  '',
].join('\n');

async function openLayoutShipment(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await signIn(page, 'Ola Skaner');
  await page.getByTestId('demo-load').click();
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'layout.csv', mimeType: 'text/csv', buffer: Buffer.from(shipmentCsv) });
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.getByTestId('nav-shipments').click();
  await openShipment(page, 'LAYOUT-4');
}

test('AZERTY and QWERTZ scans pack the real serials', async ({ page, station }) => {
  await openLayoutShipment(page, station.url);
  const units = page.getByTestId('carton-unit');

  // On AZERTY the digit row types à & é …: the scan arrives as accented text and is rebuilt.
  await scanOnSystemLayout(page, '010950600000101221HS000453', 'fr', 'Enter');
  await expect(units).toHaveCount(1);
  await expect(units.first()).toContainText('HS000453');

  await scanOnSystemLayout(page, '010950600000101221HS000454', 'de', 'Tab');
  await expect(units).toHaveCount(2);
  await expect(page.locator('input:focus, select:focus, textarea:focus')).toHaveCount(0);

  await scanOnSystemLayout(page, '010950600000101221HS000455', 'fr', null);
  await expect(units).toHaveCount(3);
  await page.waitForTimeout(300);
  await scanOnSystemLayout(page, '010950600000101221HS000456', 'de', null);
  await expect(units).toHaveCount(4);
  await page.waitForTimeout(300);

  await expect(units).toHaveCount(4);
  await expect(page.locator('[data-testid="line-row"][data-sku="DEMO-SCAN-2D"]')).toHaveAttribute('data-packed', '4');
  await expect(page.getByTestId('wedge-notice')).toBeVisible();
});

test('scanner check reads the test sheet lines', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Ola Skaner');
  await page.getByTestId('demo-load').click();
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('open-scanner-check').click();
  await page.getByTestId('show-test-sheet').click();
  await expect(page.getByTestId('test-sheet')).toBeVisible();
  await expect(page.getByTestId('test-sheet').locator('svg')).toHaveCount(3);

  // The layout line typed on QWERTZ: Y and Z swap and / becomes -, yet the line round-trips.
  await scanOnSystemLayout(page, '/-YZ@"()qa', 'de', 'Enter');
  await expect(page.getByTestId('check-line-layout')).toHaveAttribute('data-state', 'passed');
  await expect(page.getByTestId('check-line-layout').getByTestId('check-advice')).toHaveCount(1);

  // A GS1 scan whose separator was lost.
  await page.keyboard.type('010950600012345510LOT7A21SN000451', { delay: 2 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('check-line-gs1-separator')).toHaveAttribute('data-state', 'failed');

  await scanOnSystemLayout(page, '4006381333931', 'fr', 'Tab');
  await expect(page.getByTestId('check-line-ean13')).toHaveAttribute('data-state', 'passed');

  // Caps Lock on a US system: the letters arrive in the wrong case and are rebuilt, with a note.
  await page.getByTestId('restart-check').click();
  await scanOnSystemLayout(page, '/-YZ@"()qa', 'us', 'Enter', { capsLock: true });
  await expect(page.getByTestId('check-line-layout')).toHaveAttribute('data-state', 'passed');
  await expect(page.getByTestId('check-line-layout').getByTestId('check-advice')).toContainText('Caps Lock');
});

test('settings export and import round-trip', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Ola Skaner');
  await page.getByTestId('demo-load').click();
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('station-name').fill('Bench 9');
  await page.getByTestId('wedge-layout').selectOption('de');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByTestId('settings-export').click();
  const file = await (await download).path();

  await page.getByTestId('station-name').fill('Changed');
  await page.getByTestId('wedge-layout').selectOption('us');
  await page.getByTestId('settings-save').click();
  await page.getByTestId('settings-import').setInputFiles(file);

  await expect(page.getByTestId('station-name')).toHaveValue('Bench 9');
  await expect(page.getByTestId('wedge-layout')).toHaveValue('de');
});
