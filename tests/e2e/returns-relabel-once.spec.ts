import { mkdirSync } from 'node:fs';
import { addLocation, addPdfFolderPrinter, countRows, openReturnsDesk, openRmaReturn, scanUnitAtDesk, shipDemoOrder } from './support/returns-desk';
import { expect, test } from './support/station-fixture';
import { signIn } from './support/station-page';

test('double click prints a return label once', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await shipDemoOrder(page);
  await addLocation(page, 'R-01');

  // An FNSKU label printer that writes PDFs into a folder.
  const printedDir = testInfo.outputPath('fnsku-printer');
  mkdirSync(printedDir, { recursive: true });
  await addPdfFolderPrinter(page, { kind: 'fnsku', name: 'FNSKU folder', folder: printedDir, widthMm: '57.15', heightMm: '31.75' });

  // Grade B with light wear is restocked as used and gets an FNSKU label with the used condition.
  await openReturnsDesk(page);
  await openRmaReturn(page, { rma: 'RMA-9101', order: 'DEMO-1001', sku: 'DEMO-SCAN-2D' });
  await scanUnitAtDesk(page, 'HS000001');
  await page.getByTestId('answer-packaging-opened').check();
  await page.getByTestId('answer-accessories-yes').check();
  await page.getByTestId('answer-functional-test-passed').check();
  await page.getByTestId('answer-cosmetic-light-wear').check();
  await page.getByTestId('grade-B').check();
  await expect(page.getByTestId('suggested-disposition')).toHaveAttribute('data-disposition', 'restock-used');
  await page.getByTestId('restock-location').fill('R-01');
  await page.getByTestId('grading-submit').click();
  await expect(page.getByTestId('relabel-panel')).toBeVisible();
  const jobsBefore = countRows(station.dataDir, 'print_jobs');

  // A slow station: the second click lands while the first print request is still on its way.
  await page.route('**/api/returns.relabel', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.getByTestId('relabel-fnsku-used').dblclick();

  await expect(page.getByTestId('relabel-result')).toHaveCount(1);
  await page.waitForTimeout(1500);
  expect(countRows(station.dataDir, 'print_jobs') - jobsBefore).toBe(1);
});
