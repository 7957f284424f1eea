import { countRows, openReturnsDesk, openRmaReturn, shipDemoOrder } from './support/returns-desk';
import { scanWithWedge } from './support/scanner';
import { expect, test } from './support/station-fixture';
import { signIn } from './support/station-page';

// shipDemoOrder ships HS000001 and HS000002 (DEMO-SCAN-2D) and DK000001 on DEMO-1001.
test('unit scanned during intake is not lost', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await shipDemoOrder(page);
  await openReturnsDesk(page);
  await openRmaReturn(page, { rma: 'RMA-8001', order: 'DEMO-1001', sku: 'DEMO-SCAN-2D' });

  // A slow station: the first intake is still in flight when the second unit is scanned.
  let firstIntake = true;
  await page.route('**/api/returns.intakeUnit', async (route) => {
    if (firstIntake) {
      firstIntake = false;
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await route.continue();
  });
  await scanWithWedge(page, 'HS000001');
  await scanWithWedge(page, 'HS000002');

  await expect(page.locator('[data-testid="unit-check"][data-serial="HS000002"]')).toBeVisible();
  await expect(page.getByTestId('return-unit')).toHaveCount(2);
  expect(countRows(station.dataDir, 'return_units')).toBe(2);
});
