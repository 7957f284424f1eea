import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { expect, test } from './support/station-fixture';
import { writeTestPng } from './support/png-file';
import { addLocation, addPdfFolderPrinter, openReturnsDesk, openRmaReturn, scanUnitAtDesk, shipDemoOrder } from './support/returns-desk';
import { scanWithWedge } from './support/scanner';
import { signIn } from './support/station-page';

// Demo data (resources/demo): client DEMO; DEMO-1001 wants 2 × DEMO-SCAN-2D (serials HS + 6
// digits, FNSKU X00DEMO001) and 1 × DEMO-DOCK. shipDemoOrder ships HS000001, HS000002 and DK000001.
test('normal return goes from scan to relabel', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await shipDemoOrder(page);

  // A location to restock into.
  await addLocation(page, 'R-01');

  // An FNSKU printer that writes PDFs into a folder; the other return labels have no printer.
  const printedDir = testInfo.outputPath('fnsku-printer');
  mkdirSync(printedDir, { recursive: true });
  await addPdfFolderPrinter(page, { kind: 'fnsku', name: 'FNSKU folder', folder: printedDir, widthMm: '57.15', heightMm: '31.75' });

  // The desk puts the camera route in the address while it is shown.
  await openReturnsDesk(page);
  await expect(page).toHaveURL(/#\/returns$/);
  await page.screenshot({ path: testInfo.outputPath('returns-desk-start.png'), fullPage: true });

  await openRmaReturn(page, { rma: 'RMA-5001', order: 'DEMO-1001', sku: 'DEMO-SCAN-2D', expectedSerial: 'HS000001' });
  await expect(page.getByTestId('return-lines')).toContainText('DEMO-SCAN-2D');
  await expect(page.getByTestId('return-status')).toHaveText('Awaiting intake');

  // The unit check accepts the unit and shows where it went and its warranty.
  await scanUnitAtDesk(page, 'HS000001');
  await expect(page.getByTestId('unit-check')).toHaveAttribute('data-outcome', 'accept');
  await expect(page.getByTestId('unit-last-shipment')).toContainText('DEMO-1001');
  await expect(page.getByTestId('return-flag')).toHaveCount(0);
  await expect(page.getByTestId('warranty')).toBeVisible();
  await expect(page.getByTestId('return-unit')).toHaveAttribute('data-stage', 'accepted');
  await page.getByTestId('unit-check').screenshot({ path: testInfo.outputPath('returns-unit-check.png') });

  // Grade B with light wear: Used - Very Good, restocked as used by the standard rules.
  const form = page.getByTestId('grading-form');
  await expect(form).toBeVisible();
  await page.getByTestId('answer-packaging-opened').check();
  await page.getByTestId('answer-accessories-yes').check();
  await page.getByTestId('answer-functional-test-passed').check();
  await page.getByTestId('answer-cosmetic-light-wear').check();
  await expect(page.getByTestId('grading-submit')).toBeDisabled();
  await page.getByTestId('grade-B').check();
  await expect(page.getByTestId('amazon-condition')).toHaveText('Used - Very Good');
  await expect(page.getByTestId('suggested-disposition')).toHaveAttribute('data-disposition', 'restock-used');
  await page.getByTestId('restock-location').fill('R-01');
  await page.screenshot({ path: testInfo.outputPath('returns-grading.png'), fullPage: true });
  await page.getByTestId('grading-submit').click();

  const relabel = page.getByTestId('relabel-panel');
  await expect(relabel).toBeVisible();
  await expect(page.getByTestId('graded-disposition')).toHaveAttribute('data-disposition', 'restock-used');
  await expect(page.getByTestId('graded-unit-status')).toHaveText('In stock');
  await expect(page.getByTestId('return-unit')).toHaveAttribute('data-stage', 'dispositioned');

  // Restocking an FNSKU product as used calls for a grade label and a used-condition FNSKU label.
  await expect(page.getByTestId('relabel-grade')).toBeVisible();
  await expect(page.getByTestId('relabel-fnsku-used')).toBeVisible();
  await expect(page.getByTestId('relabel-serial')).toHaveCount(0);
  await page.getByTestId('relabel-grade').click();
  await expect(page.getByTestId('label-preview')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('returns-label-preview.png'), fullPage: true });
  await page.getByTestId('label-close').click();
  await expect(page.getByTestId('relabel-result')).toHaveAttribute('data-output', 'document');

  // The used-condition FNSKU label goes to its printer's queue, which writes the PDF.
  await page.getByTestId('relabel-fnsku-used').click();
  await expect(page.locator('[data-testid="relabel-result"][data-output="queued"]')).toContainText('FNSKU label, used condition');
  await expect(page.getByTestId('label-preview')).toHaveCount(0);
  await expect.poll(() => readdirSync(printedDir).filter((name) => name.endsWith('.pdf')).length).toBe(1);
  await expect(page.locator('[data-testid="relabel-result"][data-output="queued"]')).toContainText('printed');

  // No camera in this browser: the desk shows a notice, and a file upload still attaches the photo.
  await expect(page.getByTestId('camera-unavailable')).toBeVisible();
  const pngPath = testInfo.outputPath('returned-unit.png');
  const png = writeTestPng(pngPath);
  const sha256 = createHash('sha256').update(png).digest('hex');
  await page.getByTestId('photo-upload').setInputFiles(pngPath);
  await expect(page.getByTestId('return-photo')).toHaveCount(1);
  await expect(page.getByTestId('return-photo')).toHaveAttribute('data-sha256', sha256);
  await expect(page.getByTestId('return-photo').locator('img')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('returns-relabel-photos.png'), fullPage: true });
  await page.getByTestId('photo-panel').screenshot({ path: testInfo.outputPath('returns-photo-panel.png') });

  // A graded unit's labels can be printed again from the return's unit list.
  await page.getByTestId('unit-labels').click();
  const reprint = page.getByTestId('reprint-panel');
  await reprint.getByTestId('relabel-grade').click();
  await expect(page.getByTestId('label-preview')).toBeVisible();
  await page.getByTestId('label-close').click();
  await expect(reprint.getByTestId('relabel-result')).toHaveAttribute('data-output', 'document');

  // The serial page shows the photo and the return's steps; the camera route is gone.
  await page.getByTestId('nav-stock').click();
  await expect(page).not.toHaveURL(/#\/returns/);
  await page.getByTestId('stock-tab-serial').click();
  await page.getByTestId('serial-input').fill('HS000001');
  await page.getByTestId('serial-submit').click();
  await expect(page.getByTestId('serial-status')).toHaveText('In stock');
  const photos = page.getByTestId('serial-return-photos');
  await expect(photos.getByTestId('return-photo')).toHaveCount(1);
  await expect(photos.getByTestId('return-photo')).toHaveAttribute('data-sha256', sha256);
  const types = await page.getByTestId('serial-timeline-entry').evaluateAll((items) => items.map((item) => item.getAttribute('data-type')));
  expect(types).toEqual(expect.arrayContaining(['unit-shipped', 'unit-returned', 'unit-graded', 'unit-restocked']));
  await page.setViewportSize({ width: 1280, height: 1800 });
  await page.screenshot({ path: testInfo.outputPath('serial-page-return-photos.png') });
});

test('second return of same unit is blocked', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await shipDemoOrder(page);

  // A parcel without any reference: the unit scan opens a return of its own.
  await openReturnsDesk(page);
  await page.getByTestId('no-reference').click();
  await expect(page.getByTestId('no-reference-notice')).toBeVisible();

  // This scan comes from the wedge scanner, as at a real desk; the scan field stays empty.
  await scanWithWedge(page, 'HS000002');
  await expect(page.locator('[data-testid="unit-check"][data-serial="HS000002"]')).toBeVisible();
  await expect(page.getByTestId('unit-scan')).toHaveValue('');
  await expect(page.getByTestId('unit-check')).toHaveAttribute('data-outcome', 'accept');
  await expect(page.getByTestId('return-heading')).toHaveText('Return without reference');

  // The same unit on a second return is refused, and that return gets no unit.
  await page.getByTestId('desk-new-return').click();
  await openRmaReturn(page, { rma: 'RMA-5002', order: 'DEMO-1001', sku: 'DEMO-SCAN-2D' });
  await scanUnitAtDesk(page, 'HS000002');
  await expect(page.getByTestId('unit-check')).toHaveAttribute('data-outcome', 'refuse');
  await expect(page.getByTestId('unit-refusal')).toHaveAttribute('data-code', 'unit-already-returned');
  await expect(page.getByTestId('unit-check')).toContainText('Nothing was recorded');
  await expect(page.getByTestId('return-units')).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.screenshot({ path: testInfo.outputPath('returns-already-returned.png') });

  // The operator closes the empty return with a reason.
  await page.getByTestId('close-return').click();
  await page.getByTestId('close-reason').fill('Parcel held the unit of an earlier return');
  await page.getByTestId('close-confirm').click();
  await expect(page.getByTestId('return-status')).toHaveText('Closed');
  await expect(page.getByTestId('unit-scan')).toBeDisabled();
});
