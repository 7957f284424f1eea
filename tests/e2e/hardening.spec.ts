import { expect, test } from './support/station-fixture';
import { openShipment, scanAndExpect, signIn } from './support/station-page';

// Product titles and ship-to addresses come from imported files, so they may carry markup. React must show it as text: no element is created from it and no script runs. The
// fixture also fails the test on any Content-Security-Policy violation.
const hostileTitle = '<img src=x onerror=alert(1)>';
const hostileName = '<script>alert(2)</script>';

test('imported HTML shows as text', async ({ page, station }, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto(station.url);
  await signIn(page, 'Hedda Hardening');
  await page.getByTestId('demo-load').click();

  await page.getByTestId('nav-import').click();
  const productCsv = ['client,sku,title,serial_tracked', `DEMO,HTML-1,"${hostileTitle}",true`, ''].join('\n');
  await page.getByTestId('import-file').setInputFiles({ name: 'html-title.csv', mimeType: 'text/csv', buffer: Buffer.from(productCsv) });
  await expect(page.getByTestId('import-summary')).toContainText('products-csv');

  const shipmentCsv = ['client,reference,name,address1,postcode,city,country,sku,quantity', `DEMO,HTML-ORDER,"${hostileName}",Street 1,00-001,Łódź,PL,HTML-1,1`, ''].join('\n');
  await page.getByTestId('import-file').setInputFiles({ name: 'html-order.csv', mimeType: 'text/csv', buffer: Buffer.from(shipmentCsv) });
  await expect(page.getByTestId('import-summary')).toContainText('shipments-csv');

  await page.getByTestId('nav-shipments').click();
  await openShipment(page, 'HTML-ORDER');
  await expect(page.locator('[data-testid="line-row"][data-sku="HTML-1"]')).toContainText(hostileTitle);
  await scanAndExpect(page, 'HTML-1', 'accepted', 'product-identified');
  await scanAndExpect(page, 'SN-HTML-1', 'accepted', 'unit-packed-new-carton');
  await page.screenshot({ path: testInfo.outputPath('pack-screen.png'), fullPage: true });

  await page.getByTestId('nav-lookup').click();
  await page.getByTestId('lookup-input').fill('SN-HTML-1');
  await page.getByTestId('lookup-submit').click();
  await expect(page.getByTestId('lookup-result')).toContainText('HTML-1');

  expect(await page.locator('img[src="x"], img[src$="/x"]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
