import { expect, test } from './support/station-fixture';
import { openReturnsDesk, openRmaReturn, scanUnitAtDesk, shipDemoOrder } from './support/returns-desk';
import { signIn } from './support/station-page';

// The browser runs with the en-US locale, so a date written in the browser's locale shows as 12/5/2026.
const germanDateTime = /\b\d{1,2}\.\d{1,2}\.\d{4}, \d{2}:\d{2}:\d{2}/;
const usDateTime = /\b\d{1,2}\/\d{1,2}\/\d{4}\b/;

test('returns desk dates follow station language', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await shipDemoOrder(page);
  await openReturnsDesk(page);
  await openRmaReturn(page, { rma: 'RMA-7002', order: 'DEMO-4711', sku: 'DEMO-SCAN-2D' });

  await page.getByTestId('language-select').selectOption('de');
  await scanUnitAtDesk(page, 'HS000001');
  const timeline = page.getByTestId('unit-check');
  await expect(timeline).toContainText(germanDateTime);
  await expect(timeline).not.toContainText(usDateTime);

  await page.getByTestId('returns-tab-exceptions').click();
  const entry = page.locator('[data-testid="exception-entry"][data-serial="HS000001"]');
  await expect(entry).toContainText(germanDateTime);
  await expect(entry).not.toContainText(usDateTime);
});
