import { expect, test } from './support/station-fixture';
import { closeCarton, decodeGs1128Digits, newestLabelPdf, openShipment, scanAndExpect, signIn } from './support/station-page';

// Demo data (resources/demo): shipment DEMO-1001 wants 2 × DEMO-SCAN-2D (GTIN 9506000001012,
// serials HS + 6 digits) and 1 × DEMO-DOCK (GTIN 9506000001036, serials DK + 6 digits).
// DEMO-PRINTER (GTIN 09506000001029) is in the catalog but not on the shipment.
const groupSeparator = '\u001d';

test('demo shipment packs into one labelled carton', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Operator');
  await page.getByTestId('demo-load').click();
  await openShipment(page, 'DEMO-1001');

  // A GS1 element string: GTIN, then the variable-length lot ended by GS, then the serial. The
  // first unit opens the shipment's first carton.
  await scanAndExpect(page, `0109506000001012` + `10L0T-7${groupSeparator}` + `21HS000001`, 'accepted', 'unit-packed-new-carton');
  await expect(page.locator('[data-testid="carton-unit"][data-serial="HS000001"]')).toHaveCount(1);

  await scanAndExpect(page, '09506000001029', 'rejected', 'not-on-shipment');
  await scanAndExpect(page, `0109506000001012` + `21HS000001`, 'rejected', 'duplicate-in-carton');

  // Product barcode first, then the bare serial.
  await scanAndExpect(page, '9506000001012', 'accepted', 'product-identified');
  await scanAndExpect(page, 'HS000002', 'accepted', 'unit-packed');
  await scanAndExpect(page, '9506000001036', 'accepted', 'product-identified');
  await scanAndExpect(page, 'DK000001', 'accepted', 'unit-packed');

  const lines = page.getByTestId('line-row');
  await expect(lines).toHaveCount(2);
  for (const line of await lines.all()) {
    await expect(line).toHaveAttribute('data-packed', (await line.getAttribute('data-expected')) ?? 'missing');
  }
  await expect(page.getByTestId('carton-unit')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('pack-screen.png'), fullPage: true });

  await closeCarton(page, '1,25');
  const closedCarton = page.locator('[data-testid="carton-row"][data-status="closed"]');
  await expect(closedCarton).toHaveCount(1);
  const sscc = ((await closedCarton.locator('.sscc').textContent()) ?? '').trim();
  expect(sscc).toMatch(/^\d{18}$/);

  const digits = decodeGs1128Digits(newestLabelPdf(station.dataDir));
  expect(digits).toContain(`00${sscc}`);
});
