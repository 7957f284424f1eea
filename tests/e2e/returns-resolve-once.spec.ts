import { openReturnsDesk, openRmaReturn, scanUnitAtDesk, shipDemoOrder } from './support/returns-desk';
import { expect, test } from './support/station-fixture';
import { signIn } from './support/station-page';

test('double click resolves exception once', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await shipDemoOrder(page);
  await openReturnsDesk(page);
  await openRmaReturn(page, { rma: 'RMA-9001', order: 'DEMO-4711', sku: 'DEMO-SCAN-2D' });
  await scanUnitAtDesk(page, 'HS000001');
  await expect(page.getByTestId('unit-check')).toHaveAttribute('data-outcome', 'exception');

  await page.getByTestId('returns-tab-exceptions').click();
  const entry = page.locator('[data-testid="exception-entry"][data-serial="HS000001"]');
  await entry.getByTestId('resolve-accept').click();
  await entry.getByTestId('resolve-reason').fill('Order number mistyped by the customer');
  // A slow station: the second click lands while the first decision is still on its way.
  await page.route('**/api/returns.resolveException', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await entry.getByTestId('resolve-confirm').dblclick();

  await expect(page.getByTestId('exception-resolved')).toContainText('HS000001');
  await expect(page.getByTestId('exceptions-empty')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
