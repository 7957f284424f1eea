import { readFileSync, writeFileSync } from 'node:fs';
import { openReturnsDesk } from './support/returns-desk';
import { expect, test } from './support/station-fixture';
import { signIn } from './support/station-page';

/** The 13 columns of Amazon's customer returns report, tab-separated, as Seller Central writes them. */
const reportHeader = [
  'return-date',
  'order-id',
  'sku',
  'asin',
  'fnsku',
  'product-name',
  'quantity',
  'fulfillment-center-id',
  'detailed-disposition',
  'reason',
  'status',
  'license-plate-number',
  'customer-comments',
].join('\t');

const filledReport = [
  reportHeader,
  ['2026-11-02T09:15:22+00:00', '302-1111111-2222222', 'DEMO-SCAN-2D', 'B0DEMO0001', 'X00DEMO001', 'Handscanner 2D, USB', '1', 'WRO5', 'CUSTOMER_DAMAGED', 'DEFECTIVE', 'Unit returned to Inventory', 'LPNE2E0000001', 'Trigger button stuck'].join('\t'),
  ['2026-11-03T10:02:47+00:00', '302-3333333-4444444', 'DEMO-DOCK', 'B0DEMO0003', '', 'Ladestation', '1', 'WRO5', 'SELLABLE', 'NO_LONGER_NEEDED', 'Unit returned to Inventory', 'LPNE2E0000002', ''].join('\t'),
].join('\n');

// A report whose data rows only repeat the header, as exports with the data removed look.
const headerOnlyReport = [reportHeader, reportHeader, reportHeader].join('\n');

test('amazon returns report imports and return label opens', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await openReturnsDesk(page);

  // A report of header rows only is rejected whole, naming the row and the column.
  const badPath = testInfo.outputPath('header-only-returns.txt');
  writeFileSync(badPath, headerOnlyReport);
  await page.getByTestId('amazon-import-client').selectOption('DEMO');
  await page.getByTestId('amazon-import-file').setInputFiles(badPath);
  await page.getByTestId('amazon-import-submit').click();
  const problem = page.getByTestId('amazon-import-problem');
  await expect(problem).toContainText('2');
  await expect(problem).toContainText('return-date');
  await page.getByTestId('amazon-import').screenshot({ path: testInfo.outputPath('returns-import-error.png') });

  const goodPath = testInfo.outputPath('customer-returns.txt');
  writeFileSync(goodPath, filledReport);
  await page.getByTestId('amazon-import-file').setInputFiles(goodPath);
  await page.getByTestId('amazon-import-submit').click();
  await expect(page.getByTestId('amazon-import-done')).toContainText('2 rows read: 2 new returns');
  await expect(page.getByTestId('open-returns')).toContainText('LPNE2E0000001');
  await page.screenshot({ path: testInfo.outputPath('returns-import-done.png'), fullPage: true });

  // The license plate number finds the imported return, awaiting intake.
  await page.getByTestId('reference-scan').fill('LPNE2E0000001');
  await page.getByTestId('reference-scan').press('Enter');
  await expect(page.getByTestId('return-heading')).toContainText('LPNE2E0000001');
  await expect(page.getByTestId('return-status')).toHaveText('Awaiting intake');
  await expect(page.getByTestId('return-order')).toHaveText('302-1111111-2222222');
  await expect(page.getByTestId('return-lines')).toContainText('DEMO-SCAN-2D');

  // An Amazon return label's QR code with an unknown RMA offers to open the return, with the
  // RMA and the carrier tracking number taken from the code.
  await page.getByTestId('desk-new-return').click();
  await page.getByTestId('reference-scan').fill('1Z6V519Y5555555555|DtAAAKx5AAAA|E7|LAS2 01 AMAZON RETURNS CR|3837 Bay Lake Trail|Ste 113|89193|Las Vegas|NV|AMAZON RETURNS|STORE ADDRESS FIRST LINE||98144|Seattle|WA||DtAAAKx5AAAA|||');
  await page.getByTestId('reference-scan').press('Enter');
  await expect(page.getByTestId('open-return-form')).toBeVisible();
  await expect(page.getByTestId('open-reference')).toHaveValue('DtAAAKx5AAAA');
  await expect(page.getByTestId('open-tracking')).toHaveValue('1Z6V519Y5555555555');
  await page.screenshot({ path: testInfo.outputPath('returns-label-not-found.png'), fullPage: true });
  await page.getByTestId('open-client').selectOption('DEMO');
  await page.getByTestId('open-submit').click();
  await expect(page.getByTestId('return-heading')).toContainText('DtAAAKx5AAAA');

  // The reports screen lists the imported returns per client.
  await page.getByTestId('returns-tab-reports').click();
  await expect(page.getByTestId('returns-report')).toBeVisible();
  await expect(page.getByTestId('returns-report')).toContainText('DEMO');
  await page.screenshot({ path: testInfo.outputPath('returns-reports.png'), fullPage: true });
  // A tall window shows every table at once in the screenshot.
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.screenshot({ path: testInfo.outputPath('returns-report-tables.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Each table downloads as CSV; the Excel-EU dialect separates cells with semicolons.
  await page.getByTestId('report-dialect').selectOption('excel-eu');
  const download = page.waitForEvent('download');
  await page.getByTestId('csv-by-client').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('client_code;client_name;returns;');
  expect(csv).toContain(';Demo Händler GmbH;3;');
  expect(csv.split(/\r?\n/).filter((line) => line.trim() !== '').length).toBe(2);
});
