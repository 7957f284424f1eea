import { bulkPack, countRows, openReturnsDesk, scanUnitAtDesk } from './support/returns-desk';
import { expect, test } from './support/station-fixture';
import { openShipment, signIn } from './support/station-page';

test('never-shipped serial is refused without writing', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();

  // HS000001 is packed but never shipped; HS999999 was never booked in at all.
  await openShipment(page, 'DEMO-1001');
  await bulkPack(page, 'DEMO-SCAN-2D', ['HS000001']);
  const eventsBefore = countRows(station.dataDir, 'events');

  await openReturnsDesk(page);
  await page.getByTestId('no-reference').click();
  await scanUnitAtDesk(page, 'HS999999');
  await expect(page.getByTestId('unit-check')).toHaveAttribute('data-outcome', 'refuse');
  await expect(page.getByTestId('unit-refusal')).toHaveAttribute('data-code', 'serial-unknown');
  await expect(page.getByTestId('unit-check')).toContainText('Nothing was recorded');
  await page.screenshot({ path: testInfo.outputPath('returns-refused-unknown.png'), fullPage: true });

  await scanUnitAtDesk(page, 'HS000001');
  await expect(page.getByTestId('unit-refusal')).toHaveAttribute('data-code', 'unit-not-shipped');
  await expect(page.getByTestId('return-panel')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('returns-refused-not-shipped.png'), fullPage: true });

  // The verdict follows the station language.
  await page.getByTestId('language-select').selectOption('de');
  await expect(page.getByTestId('unit-check-title')).toHaveText('Abgewiesen');
  await page.screenshot({ path: testInfo.outputPath('returns-refused-german.png'), fullPage: true });
  await page.getByTestId('language-select').selectOption('en');

  // Neither scan opened a return or wrote an event.
  expect(countRows(station.dataDir, 'returns')).toBe(0);
  expect(countRows(station.dataDir, 'return_units')).toBe(0);
  expect(countRows(station.dataDir, 'return_lines')).toBe(0);
  expect(countRows(station.dataDir, 'events')).toBe(eventsBefore);
});
