import { writeFileSync } from 'node:fs';
import { countRows, openReturnsDesk } from './support/returns-desk';
import { expect, test } from './support/station-fixture';
import { signIn } from './support/station-page';

const header = 'return-date\torder-id\tsku\tasin\tfnsku\tproduct-name\tquantity\tfulfillment-center-id\tdetailed-disposition\treason\tstatus\tlicense-plate-number\tcustomer-comments';
const row = '2026-11-02T09:15:22+00:00\t302-1111111-2222222\tDEMO-SCAN-2D\t\t\tHandscanner 2D\t1\tWRO5\tCUSTOMER_DAMAGED\tDEFECTIVE\tUnit returned to Inventory\tLPNE2E0000009\tDer Kunde Müller schreibt: Taste klemmt';

test('returns report bytes are checked', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await openReturnsDesk(page);
  await page.getByTestId('amazon-import-client').selectOption('DEMO');
  const problem = page.getByTestId('amazon-import-problem');

  // An empty file gets the station's "no rows" message rather than no answer at all.
  const emptyPath = testInfo.outputPath('empty-returns.txt');
  writeFileSync(emptyPath, '');
  await page.getByTestId('amazon-import-file').setInputFiles(emptyPath);
  await page.getByTestId('amazon-import-submit').click();
  await expect(problem).toBeVisible();

  // Saved from Excel as Windows-1252, "ü" is the single byte 0xFC, which is not UTF-8.
  const windows1252Path = testInfo.outputPath('windows-1252-returns.txt');
  writeFileSync(windows1252Path, Buffer.from(`${header}\n${row}\n`, 'latin1'));
  await page.getByTestId('amazon-import-file').setInputFiles(windows1252Path);
  await page.getByTestId('amazon-import-submit').click();
  await expect(problem).toContainText('not valid UTF-8');
  expect(countRows(station.dataDir, 'returns')).toBe(0);
});
