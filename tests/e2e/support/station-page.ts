import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { decodeBarcodesInPdf } from '../../unit/labels/pdf-tools';
import { scanWithWedge } from './scanner';

/** PIN of the operators the e2e tests create; the first start makes the first of them admin. */
export const e2ePin = '13579';

/**
 * Signs `operatorName` in and waits until the header shows them. On a new station this is the
 * first-start form, which creates them as the station's admin with `e2ePin`; on a station that
 * has operators it is the sign-in screen, where they must already exist with `pin`.
 */
export async function signIn(page: Page, operatorName: string, pin: string = e2ePin): Promise<void> {
  const firstAdmin = page.getByTestId('first-admin-screen');
  const signInScreen = page.getByTestId('sign-in-screen');
  await expect(firstAdmin.or(signInScreen)).toBeVisible();

  if (await firstAdmin.isVisible()) {
    await page.getByTestId('first-admin-name').fill(operatorName);
    await page.getByTestId('first-admin-pin').fill(pin);
    await page.getByTestId('first-admin-pin-repeat').fill(pin);
    await page.getByTestId('first-admin-create').click();
  } else {
    await page.getByTestId('operator-name').selectOption(operatorName);
    await page.getByTestId('pin-input').fill(pin);
    await page.getByTestId('operator-signin').click();
  }
  await expect(page.getByTestId('current-operator')).toContainText(operatorName);
}

/** Opens a shipment by its reference and waits for the pack screen. */
export async function openShipment(page: Page, reference: string): Promise<void> {
  await page.getByTestId('shipment-reference').fill(reference);
  await page.getByTestId('shipment-open').click();
  await expect(page.getByTestId('pack-screen')).toBeVisible();
  // Scans go to the window's key listener; a focused text field would take them as typing.
  await expect(page.locator('input:focus, textarea:focus, select:focus')).toHaveCount(0);
}

/** Returns scanner text as the banner shows it: control characters as their visible symbols (GS as ␝). */
function bannerTextOf(raw: string): string {
  const visible = [...raw].map((character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : character;
  });
  return visible.join('');
}

/**
 * Scans `text` as a wedge burst and waits until the banner shows this scan's verdict. The wait
 * needs both the scanned text and the expected code on the banner, so tests must not scan the
 * same text twice in a row expecting the same code.
 */
export async function scanAndExpect(page: Page, text: string, outcome: 'accepted' | 'rejected', code: string): Promise<void> {
  const banner = page.getByTestId('scan-banner');
  await scanWithWedge(page, text);

  await expect(banner.locator('.banner-raw')).toContainText(bannerTextOf(text));
  await expect(banner).toHaveAttribute('data-code', code);
  await expect(banner).toHaveAttribute('data-outcome', outcome);
}

/** Closes the open carton with a weight in kilograms and waits for the label preview. */
export async function closeCarton(page: Page, weightKg: string): Promise<void> {
  await page.getByTestId('close-carton').click();
  await page.getByTestId('weight-input').fill(weightKg);
  await page.getByTestId('weight-confirm').click();
  await expect(page.getByTestId('label-preview')).toBeVisible();
}

/** Returns the newest PDF in the station's labels folder. */
export function newestLabelPdf(dataDir: string): string {
  const labelsDir = join(dataDir, 'labels');
  const pdfs = readdirSync(labelsDir)
    .filter((name) => name.endsWith('.pdf'))
    .map((name) => join(labelsDir, name))
    .sort((left, right) => statSync(right).mtimeMs - statSync(left).mtimeMs);
  const newest = pdfs[0];
  if (newest === undefined) {
    throw new Error(`no label PDF in ${labelsDir}`);
  }
  return newest;
}

/** Rasterizes a label PDF at 300 dpi and returns the digits of every GS1-128 symbol ZXingReader decodes. */
export function decodeGs1128Digits(pdfPath: string): ReadonlyArray<string> {
  return decodeBarcodesInPdf(readFileSync(pdfPath), 300, 'Code128').map((barcode) => barcode.text.replace(/\D/g, ''));
}
