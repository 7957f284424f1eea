import { expect, test } from './support/station-fixture';
import { openReturnsDesk, openRmaReturn, scanUnitAtDesk, shipDemoOrder } from './support/returns-desk';
import { signIn } from './support/station-page';

// shipDemoOrder ships HS000001, HS000002 (DEMO-SCAN-2D) and DK000001 (DEMO-DOCK) on DEMO-1001.
test('serial swap is flagged and resolved', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await shipDemoOrder(page);

  // The customer names order DEMO-4711 and serial HS000002, and sends HS000001 from DEMO-1001.
  await openReturnsDesk(page);
  await openRmaReturn(page, { rma: 'RMA-7001', order: 'DEMO-4711', sku: 'DEMO-SCAN-2D', expectedSerial: 'HS000002' });
  await scanUnitAtDesk(page, 'HS000001');
  await expect(page.getByTestId('unit-check')).toHaveAttribute('data-outcome', 'exception');
  await expect(page.getByTestId('exception-notice')).toBeVisible();
  await expect(page.locator('[data-testid="return-flag"][data-code="other-serial"]')).toBeVisible();
  await expect(page.locator('[data-testid="return-flag"][data-code="other-order"]')).toContainText('DEMO-1001');
  await expect(page.getByTestId('grading-form')).toHaveCount(0);
  await expect(page.getByTestId('return-unit')).toHaveAttribute('data-stage', 'exception');
  await page.screenshot({ path: testInfo.outputPath('returns-unit-flagged.png'), fullPage: true });

  // A packer gets the queue read-only.
  await page.getByTestId('sign-out').click();
  await signIn(page, 'Demo Packer', '1111');
  await page.getByTestId('nav-returns').click();
  await expect(page.getByTestId('return-panel')).toHaveCount(0);
  await page.getByTestId('returns-tab-exceptions').click();
  await expect(page.locator('[data-testid="exception-entry"][data-serial="HS000001"]')).toBeVisible();
  await expect(page.getByTestId('resolve-accept')).toHaveCount(0);
  await page.getByTestId('sign-out').click();
  await signIn(page, 'Ada Supervisor');

  // The queue lists the unit with its flags and age, and the supervisor accepts it with a reason.
  await page.getByTestId('nav-returns').click();
  await page.getByTestId('returns-tab-exceptions').click();
  const entry = page.locator('[data-testid="exception-entry"][data-serial="HS000001"]');
  await expect(entry).toBeVisible();
  await expect(entry.getByTestId('return-flag')).toHaveCount(2);
  await expect(entry.getByTestId('exception-age')).toContainText('waiting');
  await entry.getByTestId('resolve-accept').click();
  await expect(entry.getByTestId('resolve-confirm')).toBeDisabled();
  await entry.getByTestId('resolve-reason').fill('Customer sent the unit of the other parcel; checked by phone');
  await page.screenshot({ path: testInfo.outputPath('returns-exception-queue.png'), fullPage: true });
  await entry.getByTestId('resolve-confirm').click();
  await expect(page.getByTestId('exception-resolved')).toContainText('HS000001');
  await expect(page.getByTestId('exceptions-empty')).toBeVisible();

  // Back on the desk the return shows the unit accepted and ready for grading.
  await page.getByTestId('returns-tab-desk').click();
  await page.getByTestId('reference-scan').fill('RMA-7001');
  await page.getByTestId('reference-scan').press('Enter');
  await expect(page.getByTestId('return-unit')).toHaveAttribute('data-stage', 'accepted');

  // Grade D with a failed test suggests return to vendor; the technician overrides it to
  // liquidation, which needs a reason before the form submits.
  await page.getByTestId('grade-unit').click();
  await page.getByTestId('answer-packaging-damaged').check();
  await page.getByTestId('answer-accessories-no').check();
  await page.getByTestId('answer-functional-test-failed').check();
  await page.getByTestId('answer-cosmetic-broken').check();
  await page.getByTestId('grade-D').check();
  await expect(page.getByTestId('amazon-condition')).toHaveText('Unsellable');
  await expect(page.getByTestId('suggested-disposition')).toHaveAttribute('data-disposition', 'return-to-vendor');
  await page.getByTestId('disposition-override').selectOption('liquidate');
  await expect(page.getByTestId('grading-submit')).toBeDisabled();
  await page.getByTestId('override-reason').fill('Vendor refuses swapped units; sold as a parts lot');
  await page.getByTestId('grading-submit').click();
  await expect(page.getByTestId('graded-disposition')).toHaveAttribute('data-disposition', 'liquidate');
  await expect(page.getByTestId('graded-disposition')).toContainText('Vendor refuses swapped units');
  await expect(page.getByTestId('relabel-grade')).toBeVisible();
  await expect(page.getByTestId('relabel-return-to-vendor')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('returns-override.png'), fullPage: true });
});
