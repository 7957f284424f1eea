import { expect, test } from './support/station-fixture';
import { closeCarton, openShipment, scanAndExpect, signIn } from './support/station-page';

// Demo data (resources/demo): client DEMO; DEMO-1001 wants 2 × DEMO-SCAN-2D (GTIN 9506000001012,
// serials HS + 6 digits) and 1 × DEMO-DOCK (GTIN 9506000001036, serials DK + 6 digits).
test('unit goes from receipt to shipment with its whole history', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();

  // Receive HS000001 on a receipt created on the spot, with one GS1 code carrying GTIN, serial and lot.
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('receive-client').fill('DEMO');
  await page.getByTestId('receive-reference').fill('RCV-1');
  await page.getByTestId('receive-create').click();
  await expect(page.getByTestId('receipt-panel')).toBeVisible();
  await page.getByTestId('receive-scan').fill('(01)09506000001012(21)HS000001(10)LOT-7');
  await page.getByTestId('receive-scan').press('Enter');
  await expect(page.getByTestId('receive-last')).toContainText('HS000001');
  await expect(page.getByTestId('receipt-counts')).toContainText('1');
  await page.getByTestId('receipt-close').click();
  await expect(page.getByTestId('receipt-discrepancies')).toContainText('DEMO-SCAN-2D');
  await page.screenshot({ path: testInfo.outputPath('receive-screen.png'), fullPage: true });

  // Put it away to a new location A-01.
  await page.getByTestId('stock-tab-putaway').click();
  await page.getByRole('textbox', { name: /code/i }).fill('A-01');
  await page.getByRole('button', { name: /add location/i }).click();
  await expect(page.getByText('A-01 ·')).toBeVisible();
  await page.getByTestId('putaway-scan').fill('LOC:A-01');
  await page.getByTestId('putaway-scan').press('Enter');
  await expect(page.getByTestId('putaway-location')).toContainText('A-01');
  await page.getByTestId('putaway-scan').fill('HS000001');
  await page.getByTestId('putaway-scan').press('Enter');
  await expect(page.getByTestId('putaway-placed')).toContainText('HS000001');
  await page.screenshot({ path: testInfo.outputPath('putaway-screen.png'), fullPage: true });

  // Pack it, close the carton and ship the shipment short: one wedge scan keeps the test clear of
  // burst splitting on a loaded machine, which the packing specs cover.
  await page.getByTestId('nav-shipments').click();
  await openShipment(page, 'DEMO-1001');
  await scanAndExpect(page, '0109506000001012' + '21HS000001', 'accepted', 'unit-packed-new-carton');
  await closeCarton(page, '1,25');
  await page.keyboard.press('Escape');
  await page.getByTestId('short-ship').click();
  await page.getByTestId('reason-input').fill('rest on back order');
  await page.getByTestId('short-ship-confirm').click();
  await expect(page.getByText('Short-shipped').first()).toBeVisible();

  // The serial page shows every step, with operator, shipment and carton.
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-tab-serial').click();
  await page.getByTestId('serial-input').fill('HS000001');
  await page.getByTestId('serial-submit').click();
  const entries = page.getByTestId('serial-timeline-entry');
  await expect(entries).toHaveCount(5);
  expect(await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-type')))).toEqual([
    'unit-received',
    'unit-put-away',
    'unit-packed',
    'carton-closed',
    'unit-shipped',
  ]);
  await expect(page.getByTestId('serial-status')).toHaveText('Shipped');
  await expect(entries.nth(1)).toContainText('A-01');
  await expect(entries.nth(4)).toContainText('DEMO-1001');
  await expect(entries.first()).toContainText('Ada Supervisor');
  await page.screenshot({ path: testInfo.outputPath('serial-page.png'), fullPage: true });
});
