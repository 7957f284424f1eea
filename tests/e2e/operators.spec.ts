import { expect, test } from './support/station-fixture';
import { scanWithWedge } from './support/scanner';
import { openShipment, scanAndExpect, signIn } from './support/station-page';

test('admin adds a packer who signs in on the PIN pad', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Olga Admin');
  await page.getByTestId('demo-load').click();
  await page.getByTestId('nav-operators').click();

  await page.getByTestId('new-operator-name').fill('Piet Packer');
  await page.getByTestId('new-operator-role').selectOption('packer');
  await page.getByTestId('new-operator-pin').fill('2580');
  await page.getByTestId('new-operator-create').click();
  await expect(page.locator('[data-testid="operator-row"][data-name="Piet Packer"]')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('operators-screen.png'), fullPage: true });

  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  await page.getByTestId('operator-name').selectOption('Piet Packer');
  for (const digit of '2580') {
    await page.getByTestId(`pin-key-${digit}`).click();
  }
  await page.screenshot({ path: testInfo.outputPath('sign-in-screen.png'), fullPage: true });
  await page.getByTestId('operator-signin').click();

  await expect(page.getByTestId('current-operator')).toHaveText('Piet Packer');
  await expect(page.getByTestId('nav-shipments')).toBeVisible();
  await expect(page.getByTestId('nav-operators')).toHaveCount(0);
});

test('wrong PIN keeps the sign-in screen', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Olga Admin');
  await page.getByTestId('sign-out').click();

  await page.getByTestId('operator-name').selectOption('Olga Admin');
  await page.getByTestId('pin-input').fill('0000');
  await page.getByTestId('operator-signin').click();

  await expect(page.getByTestId('sign-in-problem')).toBeVisible();
  await expect(page.getByTestId('current-operator')).not.toHaveText('Olga Admin');
});

test('one badge scan switches operator', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Olga Admin');
  await page.getByTestId('demo-load').click();
  await page.getByTestId('nav-operators').click();
  await page.locator('[data-testid="operator-row"][data-name="Demo Supervisor"]').getByTestId('operator-issue-badge').click();
  const badgeText = (await page.getByTestId('badge-code').textContent()) ?? '';
  const badge = /PTB[0-9A-Z]{20}/.exec(badgeText)?.[0] ?? '';
  expect(badge).not.toBe('');

  await page.getByTestId('sign-out').click();
  await signIn(page, 'Demo Packer', '1111');
  await expect(page.getByTestId('shipment-reference')).toBeVisible();
  await page.locator('body').click();
  await scanWithWedge(page, badge);

  await expect(page.getByTestId('current-operator')).toHaveText('Demo Supervisor');
});

test('idle time locks the station', async ({ page, station }) => {
  await page.clock.install();
  await page.goto(station.url);
  await signIn(page, 'Olga Admin');
  await page.getByTestId('demo-load').click();
  await page.getByTestId('nav-operators').click();
  await page.getByTestId('idle-lock-seconds').fill('30');
  await page.getByTestId('idle-lock-seconds').press('Enter');
  await expect(page.getByTestId('operators-message')).toBeVisible();

  await page.clock.fastForward(31_000);

  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  await expect(page.getByTestId('current-operator')).not.toHaveText('Olga Admin');
});

test('supervisor overrides a rejected serial', async ({ page, station }) => {
  await page.goto(station.url);
  await signIn(page, 'Olga Admin');
  await page.getByTestId('demo-load').click();
  await expect(page.getByTestId('shipment-reference')).toBeVisible();
  await page.getByTestId('sign-out').click();
  await signIn(page, 'Demo Packer', '1111');
  await openShipment(page, 'DEMO-1001');

  // DEMO-SCAN-2D serials are HS and six digits, so HS12 breaks the product's serial pattern.
  await scanAndExpect(page, '9506000001012', 'accepted', 'product-identified');
  await scanAndExpect(page, 'HS12', 'rejected', 'serial-pattern-mismatch');
  await page.getByTestId('override-open').click();
  await page.getByTestId('override-reason').fill('Old label, serial checked on the box');
  await page.getByTestId('override-supervisor').fill('Demo Supervisor');
  await page.getByTestId('override-pin').fill('9999');
  await page.getByTestId('override-confirm').click();

  await expect(page.getByTestId('scan-banner')).toHaveAttribute('data-outcome', 'accepted');
  await expect(page.locator('[data-testid="carton-unit"][data-serial="HS12"]')).toHaveCount(1);
  await expect(page.getByTestId('current-operator')).toHaveText('Demo Packer');
});
