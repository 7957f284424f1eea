import { openReturnsDesk } from './support/returns-desk';
import { expect, test } from './support/station-fixture';
import { signIn } from './support/station-page';

// Chromium's built-in fake webcam (a generated test pattern) with the permission prompt
// answered yes; the launch arguments of playwright.config.ts are repeated because `use` replaces them.
test.use({
  launchOptions: {
    executablePath: process.env.PACKTRACE_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  },
});

test('camera photo attaches and camera stops', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await openReturnsDesk(page);

  await page.getByTestId('open-on-the-spot').click();
  await page.getByTestId('open-reference').fill('RMA-CAM-1');
  await page.getByTestId('open-client').selectOption('DEMO');
  await page.getByTestId('open-submit').click();
  await expect(page.getByTestId('return-heading')).toContainText('RMA-CAM-1');

  // The camera starts with the photo panel and its picture is attached as a JPEG.
  await expect(page.getByTestId('camera-capture')).toBeVisible();
  await expect.poll(() => page.getByTestId('camera-view').evaluate((video) => (video as unknown as { videoWidth: number }).videoWidth)).toBeGreaterThan(0);
  await page.getByTestId('camera-capture').click();
  const photo = page.getByTestId('return-photo');
  await expect(photo).toHaveCount(1);
  await expect(photo).toContainText('Camera');
  await expect(photo.locator('img')).toBeVisible();
  await page.getByTestId('photo-panel').screenshot({ path: testInfo.outputPath('returns-camera-photo.png') });

  // Leaving the returns screen releases the camera and drops the camera route. The scripts are
  // strings because they run in the page, whose DOM types this Node project does not load.
  const liveTracks = await page.evaluate(`(() => {
    const stream = document.querySelector('[data-testid="camera-view"]').srcObject;
    window.deskStream = stream;
    return stream.getTracks().filter((track) => track.readyState === 'live').length;
  })()`);
  expect(liveTracks).toBe(1);
  await page.getByTestId('nav-shipments').click();
  await expect(page).not.toHaveURL(/#\/returns/);
  await expect.poll(() => page.evaluate(`window.deskStream.getTracks().every((track) => track.readyState === 'ended')`)).toBe(true);

  // A reload starts on another screen, so it must not keep the camera route.
  await page.getByTestId('nav-returns').click();
  await expect(page).toHaveURL(/#\/returns$/);
  await page.reload();
  await expect(page.getByTestId('current-operator')).toContainText('Ada Supervisor');
  await expect(page).not.toHaveURL(/#\/returns/);
});
