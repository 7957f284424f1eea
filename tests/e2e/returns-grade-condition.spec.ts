import { addLocation, openReturnsDesk, openRmaReturn, scanUnitAtDesk, shipDemoOrder } from './support/returns-desk';
import { expect, test } from './support/station-fixture';
import { signIn } from './support/station-page';

test('grading form shows used condition', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await shipDemoOrder(page);
  await addLocation(page, 'R-01');
  await openReturnsDesk(page);
  await openRmaReturn(page, { rma: 'RMA-9201', order: 'DEMO-1001', sku: 'DEMO-SCAN-2D' });
  await scanUnitAtDesk(page, 'HS000001');

  // Sealed grade A is New, until the technician restocks the unit as used.
  await page.getByTestId('answer-packaging-sealed').check();
  await page.getByTestId('answer-accessories-yes').check();
  await page.getByTestId('answer-functional-test-passed').check();
  await page.getByTestId('answer-cosmetic-as-new').check();
  await page.getByTestId('grade-A').check();
  await expect(page.getByTestId('amazon-condition')).toHaveText('New');
  await page.getByTestId('disposition-override').selectOption('restock-used');
  await expect(page.getByTestId('amazon-condition')).toHaveText('Used - Like New');

  await page.getByTestId('override-reason').fill('Outer box dented in transit');
  await page.getByTestId('restock-location').fill('R-01');
  await page.getByTestId('grading-submit').click();
  await expect(page.getByTestId('graded-disposition')).toHaveAttribute('data-disposition', 'restock-used');
  await expect(page.getByTestId('relabel-panel')).toContainText('Used - Like New');
});
