import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { databaseFileIn } from '../../../main/store/data-dir';
import { closeCarton, openShipment } from './station-page';

/**
 * Packs serials into the open shipment through the bulk add dialog. Its fields are filled
 * without key events, so a loaded machine cannot split them the way it can split a wedge burst.
 */
export async function bulkPack(page: Page, sku: string, serials: ReadonlyArray<string>): Promise<void> {
  await page.getByTestId('bulk-add').click();
  const select = page.getByTestId('bulk-product');
  const value = await select.locator('option', { hasText: sku }).getAttribute('value');
  await select.selectOption(value ?? 'missing');
  await page.getByTestId('bulk-serials').fill(serials.join('\n'));
  await page.getByTestId('bulk-range-preview').click();
  await expect(page.getByTestId('bulk-preview-item')).toHaveText([...serials]);
  await page.getByTestId('bulk-confirm').click();
  const results = page.getByTestId('bulk-result');
  await expect(results).toHaveCount(serials.length);
  for (const result of await results.all()) {
    await expect(result).toHaveAttribute('data-outcome', 'accepted');
  }
  await page.keyboard.press('Escape');
  await expect(results).toHaveCount(0);
}

/**
 * Packs DEMO-1001 completely (HS000001 and HS000002 of DEMO-SCAN-2D, DK000001 of DEMO-DOCK) into
 * one carton and finishes the shipment, through the pack screen. The demo data must be loaded.
 */
export async function shipDemoOrder(page: Page): Promise<void> {
  await page.getByTestId('nav-shipments').click();
  await openShipment(page, 'DEMO-1001');
  await bulkPack(page, 'DEMO-SCAN-2D', ['HS000001', 'HS000002']);
  await bulkPack(page, 'DEMO-DOCK', ['DK000001']);
  await closeCarton(page, '1,25');
  await page.keyboard.press('Escape');
  await page.getByTestId('finish-shipment').click();
  await page.getByTestId('finish-confirm').click();
  await expect(page.locator('[data-testid="carton-row"][data-status="closed"]')).toHaveCount(1);
  await expect(page.locator('.shipment-status.status-finished')).toBeVisible();
}

/** Adds a stock location on the put-away tab, for a restocked unit to go to. */
export async function addLocation(page: Page, code: string): Promise<void> {
  await page.getByTestId('nav-stock').click();
  await page.getByTestId('stock-tab-putaway').click();
  await page.getByRole('textbox', { name: /code/i }).fill(code);
  await page.getByRole('button', { name: /add location/i }).click();
  await expect(page.getByText(`${code} ·`)).toBeVisible();
}

/** Opens the returns desk from the header and waits for its reference field. */
export async function openReturnsDesk(page: Page): Promise<void> {
  await page.getByTestId('nav-returns').click();
  await page.getByTestId('returns-tab-desk').click();
  await expect(page.getByTestId('returns-desk')).toBeVisible();
}

export interface OnTheSpotReturn {
  readonly rma: string;
  readonly order: string;
  readonly sku: string;
  readonly expectedSerial?: string;
}

/**
 * Looks the RMA up on the desk, which finds nothing, and opens the return on the spot with the
 * order the customer names and one expected product. Waits until the desk shows the return.
 */
export async function openRmaReturn(page: Page, request: OnTheSpotReturn): Promise<void> {
  await page.getByTestId('reference-scan').fill(request.rma);
  await page.getByTestId('reference-scan').press('Enter');
  await expect(page.getByTestId('open-return-form')).toBeVisible();
  await expect(page.getByTestId('open-reference')).toHaveValue(request.rma);
  await page.getByTestId('open-kind').selectOption('rma');
  await page.getByTestId('open-client').selectOption('DEMO');
  await page.getByTestId('open-order').fill(request.order);
  await page.getByTestId('open-sku-0').fill(request.sku);
  if (request.expectedSerial !== undefined) {
    await page.getByTestId('open-serial-0').fill(request.expectedSerial);
  }
  await page.getByTestId('open-submit').click();
  await expect(page.getByTestId('return-heading')).toContainText(request.rma);
}

/** Types a unit's serial into the desk's scan field and waits for the unit check. */
export async function scanUnitAtDesk(page: Page, serial: string): Promise<void> {
  await page.getByTestId('unit-scan').fill(serial);
  await page.getByTestId('unit-scan').press('Enter');
  await expect(page.locator(`[data-testid="unit-check"][data-serial="${serial}"]`)).toBeVisible();
}

/** Counts the rows of `table` in the station's database, read-only, while the station runs. */
export function countRows(dataDir: string, table: 'returns' | 'return_units' | 'return_lines' | 'events' | 'print_jobs'): number {
  const db = new Database(databaseFileIn(dataDir), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT COUNT(*) AS count FROM ${table}`).get() as { count: number };
    return row.count;
  } finally {
    db.close();
  }
}


/** Adds a printer profile for `kind` on the printing screen that writes PDF labels of the given size into `folder`. */
export async function addPdfFolderPrinter(page: Page, printer: { readonly kind: string; readonly name: string; readonly folder: string; readonly widthMm: string; readonly heightMm: string }): Promise<void> {
  await page.getByTestId('nav-printing').click();
  await page.getByTestId('profile-kind').selectOption(printer.kind);
  await page.getByTestId('profile-name').fill(printer.name);
  await page.getByTestId('profile-driver').selectOption('pdf-folder');
  await page.getByTestId('profile-target').fill(printer.folder);
  await page.getByTestId('profile-format').selectOption('pdf');
  await page.getByTestId('profile-width').fill(printer.widthMm);
  await page.getByTestId('profile-height').fill(printer.heightMm);
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId(`print-profile-${printer.kind}`)).toContainText(printer.name);
}
