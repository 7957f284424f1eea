import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBarcodesInPdf } from '../unit/labels/pdf-tools';
import type { Page } from '@playwright/test';
import { expect, test } from './support/station-fixture';
import { openShipment, scanAndExpect, signIn } from './support/station-page';

// An FBA inbound shipment of three demo scanners (resources/demo: DEMO-SCAN-2D, GTIN
// 9506000001012, FNSKU X00DEMO001, serials HS + 6 digits), imported through the screen. The
// second shipment is FBA inbound too, under a reference that is no FBA shipment ID.
const shipmentCsv = [
  'client;reference;kind;name;address1;postcode;city;country;sku;quantity',
  'DEMO;FBA15ABCDE12;fba-inbound;Amazon EU;Amazonstraße 1;04347;Leipzig;DE;DEMO-SCAN-2D;3',
  'DEMO;INBOUND-7;fba-inbound;Amazon EU;Amazonstraße 1;04347;Leipzig;DE;DEMO-SCAN-2D;1',
  '',
].join('\n');

async function importAndOpen(page: Page, reference: string): Promise<void> {
  await page.getByTestId('demo-load').click();
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'fba.csv', mimeType: 'text/csv', buffer: Buffer.from(shipmentCsv) });
  await expect(page.getByTestId('import-summary')).toBeVisible();
  await page.getByTestId('nav-shipments').click();
  await openShipment(page, reference);
}

test('FBA box closes with measurements and box label', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Operator');
  await importAndOpen(page, 'FBA15ABCDE12');

  await scanAndExpect(page, '0109506000001012' + '21HS000101', 'accepted', 'unit-packed-new-carton');
  await scanAndExpect(page, '0109506000001012' + '21HS000102', 'accepted', 'unit-packed');

  // A 70 cm side is over Amazon's 63.5 cm limit: the dialog lists it and stays open.
  await page.getByTestId('close-carton').click();
  await page.getByTestId('weight-input').fill('2,4');
  await page.getByTestId('box-length-input').fill('70');
  await page.getByTestId('box-width-input').fill('30');
  await page.getByTestId('box-height-input').fill('20');
  await page.getByTestId('weight-confirm').click();
  await expect(page.getByTestId('box-limit-warnings')).toContainText('700 mm');
  await page.screenshot({ path: testInfo.outputPath('fba-box-dialog.png') });

  // A box within the limits closes, and the preview shows its box ID label.
  await page.getByTestId('box-length-input').fill('40');
  await page.getByTestId('weight-confirm').click();
  const preview = page.getByTestId('label-preview');
  await expect(preview).toHaveAttribute('alt', 'FBA-box-FBA15ABCDE12U000001.pdf');
  await page.screenshot({ path: testInfo.outputPath('fba-box-label.png') });

  const pdf = readFileSync(join(station.dataDir, 'labels', 'FBA-box-FBA15ABCDE12U000001.pdf'));
  expect(decodeBarcodesInPdf(pdf, 203, 'PDF417').map((barcode) => barcode.text)).toEqual(['AMZN,PO:FBA15ABCDE12,FNSKU:X00DEMO001,QTY:2']);
  expect(decodeBarcodesInPdf(pdf, 203, 'Code128').map((barcode) => barcode.text)).toEqual(['FBA15ABCDE12U000001']);
  await page.getByTestId('label-close').click();

  const downloadStarted = page.waitForEvent('download');
  await page.getByTestId('export-box-content').click();
  const download = await downloadStarted;
  expect(download.suggestedFilename()).toBe('box-content-FBA15ABCDE12.csv');
  const rows = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(rows[1]).toBe('"FBA15ABCDE12U000001","1","X00DEMO001","DEMO-SCAN-2D","2","","2400","400","300","200"');
});

test('box without FBA shipment ID closes as carton', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Operator');
  await importAndOpen(page, 'INBOUND-7');
  await scanAndExpect(page, '0109506000001012' + '21HS000201', 'accepted', 'unit-packed-new-carton');

  await page.getByTestId('close-carton').click();
  await page.getByTestId('weight-input').fill('0,8');
  await page.getByTestId('box-length-input').fill('30');
  await page.getByTestId('box-width-input').fill('20');
  await page.getByTestId('box-height-input').fill('10');
  await page.getByTestId('weight-confirm').click();
  await expect(page.getByTestId('close-carton-problem')).toContainText('INBOUND-7');

  await page.getByTestId('weight-confirm').click();
  await expect(page.getByTestId('label-preview')).toHaveAttribute('alt', /^carton-\d{18}\.pdf$/);
  await expect(page.locator('[data-testid="carton-row"][data-status="closed"]')).toHaveCount(1);
});
