import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from './support/station-fixture';
import { signIn } from './support/station-page';

/** Adds a 4×6 ZPL carton printer and two jobs: one queued, one left uncertain by a crash. */
function seedPrintQueue(dataDir: string): void {
  const db = new Database(join(dataDir, 'packtrace.sqlite'));
  db.pragma('busy_timeout = 5000');
  const stationId = db.prepare<[], { id: string }>('SELECT id FROM station').get()?.id ?? '';
  const now = new Date().toISOString();
  const profileId = Number(
    db
      .prepare(
        `INSERT INTO printer_profiles (station_id, label_kind, printer_name, driver, target, format, media_width_mm, media_height_mm, dpi, updated_at)
         VALUES (?, 'carton', 'Zebra ZT230', 'raw-tcp', '127.0.0.1:1', 'zpl', 101.6, 152.4, 203, ?)`,
      )
      .run(stationId, now).lastInsertRowid,
  );
  const insertJob = db.prepare(
    `INSERT INTO print_jobs (request_key, station_id, profile_id, label_kind, title, format, media_width_mm, media_height_mm, payload, status, attempts, last_error, next_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, 'carton', ?, 'zpl', 101.6, 152.4, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // The queued job waits a day for its retry, so no worker sends it during the test.
  const later = new Date(Date.now() + 86_400_000).toISOString();
  insertJob.run('e2e-1', stationId, profileId, 'Carton 1', Buffer.from('^XA^XZ'), 'queued', 1, 'printer-unreachable: 127.0.0.1:1: ECONNREFUSED', later, now, now);
  insertJob.run('e2e-2', stationId, profileId, 'Carton 2', Buffer.from('^XA^XZ'), 'uncertain', 1, 'Interrupted while sending', now, now, now);
  db.close();
}

test('print queue voids and confirms jobs', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Operator');
  // The navigation appears once the station has data.
  await page.getByTestId('demo-load').click();
  seedPrintQueue(station.dataDir);

  await page.getByTestId('nav-printing').click();
  await expect(page.getByTestId('printing-screen')).toBeVisible();
  await expect(page.getByTestId('print-job-1')).toHaveAttribute('data-status', 'queued');
  await expect(page.getByTestId('print-job-1')).toContainText('ECONNREFUSED');
  await expect(page.getByTestId('print-profile-carton')).toContainText('Zebra ZT230');

  await page.getByTestId('print-confirm-2').click();
  await expect(page.getByTestId('print-reason-submit')).toBeDisabled();
  await page.getByTestId('print-reason').fill('Label came out, seen on the carton');
  await page.getByTestId('print-reason-submit').click();
  await expect(page.getByTestId('print-job-2')).toHaveAttribute('data-status', 'sent');

  await page.getByTestId('print-reprint-2').click();
  await page.getByTestId('print-reason').fill('Label smudged');
  await page.getByTestId('print-reason-submit').click();
  await expect(page.getByTestId('print-job-3')).toHaveAttribute('data-status', 'queued');
  await expect(page.getByTestId('print-job-3')).toContainText('reprint of 2');

  await page.getByTestId('profile-kind').selectOption('fnsku');
  await page.getByTestId('profile-name').fill('GK420d');
  await page.getByTestId('profile-driver').selectOption('cups');
  await page.getByTestId('profile-target').fill('zebra-fnsku');
  await page.getByTestId('profile-width').fill('57.15');
  await page.getByTestId('profile-height').fill('31.75');
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId('print-profile-fnsku')).toContainText('GK420d (CUPS queue, ZPL, 57.15 × 31.75 mm, 203 dpi)');
  await page.screenshot({ path: testInfo.outputPath('print-queue.png'), fullPage: true });
});
