import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { returnConfigSchema } from '../../main/returns/return-config-schema';
import { expect, test } from './support/station-fixture';
import { countRows, openReturnsDesk, openRmaReturn, scanUnitAtDesk, shipDemoOrder } from './support/returns-desk';
import { signIn } from './support/station-page';

const examplePath = resolve(__dirname, '../../resources/examples/returns-config.example.json');

// The example gives client DEMO a general checklist with the custom question factory-reset. The
// demo products have no category, so a DEMO unit is graded by that general checklist.
test('returns config file replaces the client checklist', async ({ page, station }, testInfo) => {
  await page.goto(station.url);
  await signIn(page, 'Ada Supervisor');
  await page.getByTestId('demo-load').click();
  await shipDemoOrder(page);

  // A client without a configuration of its own shows the standard one.
  await page.getByTestId('nav-returns').click();
  await page.getByTestId('returns-tab-settings').click();
  await page.getByTestId('settings-client').selectOption('DEMO');
  await expect(page.getByTestId('config-source')).toHaveAttribute('data-default', 'true');
  await expect(page.getByTestId('config-question-packaging')).toContainText('Sealed · Opened · Damaged');
  await expect(page.getByTestId('config-question-factory-reset')).toHaveCount(0);
  await expect(page.getByTestId('config-no-rules')).toBeVisible();

  // The example file replaces it, and the view shows its question, warranty and rules.
  await page.getByTestId('settings-file').setInputFiles(examplePath);
  await page.getByTestId('settings-load').click();
  await expect(page.getByTestId('settings-loaded')).toContainText('returns-config.example.json');
  await expect(page.getByTestId('config-source')).toHaveAttribute('data-default', 'false');
  await expect(page.getByTestId('config-checklist-client').getByTestId('config-question-factory-reset')).toContainText('Factory settings restored');
  await expect(page.getByTestId('config-checklist-client').getByTestId('config-question-factory-reset')).toContainText('Done · Not possible');
  await expect(page.getByTestId('config-checklist-Printers').getByTestId('config-question-print-head')).toContainText('Clean · Worn');
  await expect(page.getByTestId('config-default-warranty')).toHaveText('730 days');
  await expect(page.getByTestId('config-category')).toHaveCount(2);
  await expect(page.getByTestId('config-rule')).toHaveCount(5);
  await expect(page.getByTestId('config-rule').nth(1)).toHaveText('When grade A, B and answers Factory settings restored: Not possible → Refurbish');
  await expect(page.getByTestId('config-rule').nth(4)).toHaveText('When grade D, whatever the answers → Liquidate');
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.screenshot({ path: testInfo.outputPath('returns-settings.png'), fullPage: true });

  // The download is the configuration as stored, ready to edit and load again.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('settings-download').click()]);
  expect(download.suggestedFilename()).toBe('returns-config-DEMO.json');
  const downloadedPath = testInfo.outputPath('downloaded-config.json');
  await download.saveAs(downloadedPath);
  const example: unknown = JSON.parse(readFileSync(examplePath, 'utf8'));
  expect(JSON.parse(readFileSync(downloadedPath, 'utf8'))).toEqual(returnConfigSchema.parse(example));

  // A file with two rule problems is rejected whole: both are listed by path and nothing changes.
  const savedText = await page.getByTestId('config-source').textContent();
  const eventsBefore = countRows(station.dataDir, 'events');
  const bad = JSON.parse(readFileSync(examplePath, 'utf8')) as { dispositionRules: Array<Record<string, unknown>> };
  bad.dispositionRules[1] = { grades: ['A', 'B'], answers: { 'factory-reset': ['maybe'] }, disposition: 'refurbish' };
  bad.dispositionRules[4] = { grades: ['B'], disposition: 'restock-new' };
  const badPath = testInfo.outputPath('bad-returns-config.json');
  writeFileSync(badPath, JSON.stringify(bad, null, 2));
  await page.getByTestId('settings-file').setInputFiles(badPath);
  await page.getByTestId('settings-load').click();
  await expect(page.getByTestId('settings-rejected')).toContainText('bad-returns-config.json was not loaded, and the configuration of client DEMO is unchanged');
  const problems = page.getByTestId('settings-problem');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toHaveAttribute('data-path', 'dispositionRules.1.answers.factory-reset.0');
  await expect(problems.nth(0)).toHaveText('Returns configuration, at dispositionRules.1.answers.factory-reset.0: the rule names an option the question does not have.');
  await expect(problems.nth(1)).toContainText('at dispositionRules.4: a restock-new rule must match only grade A with packaging sealed');
  await expect(page.getByTestId('settings-loaded')).toHaveCount(0);
  await page.getByTestId('settings-rejected').screenshot({ path: testInfo.outputPath('returns-settings-rejected.png') });
  expect(countRows(station.dataDir, 'events')).toBe(eventsBefore);

  // A file that is not JSON at all is named as such.
  const brokenPath = testInfo.outputPath('broken-config.json');
  writeFileSync(brokenPath, '{ "defaultWarrantyDays": 30, ');
  await page.getByTestId('settings-file').setInputFiles(brokenPath);
  await page.getByTestId('settings-load').click();
  await expect(page.getByTestId('settings-problem')).toHaveCount(1);
  await expect(page.getByTestId('settings-problem')).toContainText('broken-config.json is not valid JSON');

  // In Polish a wrong value type is named by path, and the rejection follows a language switch.
  await page.getByTestId('language-select').selectOption('pl');
  const wrongTypePath = testInfo.outputPath('wrong-type-config.json');
  writeFileSync(wrongTypePath, JSON.stringify({ defaultWarrantyDays: 'two years' }));
  await page.getByTestId('settings-file').setInputFiles(wrongTypePath);
  await page.getByTestId('settings-load').click();
  await expect(page.getByTestId('settings-problem')).toHaveText('Konfiguracja zwrotów, w defaultWarrantyDays: oczekiwano liczby.');
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByTestId('settings-problem')).toHaveText('Returns configuration, at defaultWarrantyDays: expected a number.');
  expect(countRows(station.dataDir, 'events')).toBe(eventsBefore);

  // Read again from the station, the configuration is still the example's.
  await page.getByTestId('returns-tab-reports').click();
  await page.getByTestId('returns-tab-settings').click();
  await page.getByTestId('settings-client').selectOption('DEMO');
  await expect(page.getByTestId('config-source')).toHaveText(savedText ?? 'missing');
  await expect(page.getByTestId('config-rule')).toHaveCount(5);
  await expect(page.getByTestId('config-rule').nth(1)).toContainText('Not possible');

  // The grading form of a DEMO unit shows the new question, and the client's rule suggests the disposition.
  await openReturnsDesk(page);
  await openRmaReturn(page, { rma: 'RMA-8001', order: 'DEMO-1001', sku: 'DEMO-SCAN-2D', expectedSerial: 'HS000001' });
  await scanUnitAtDesk(page, 'HS000001');
  await expect(page.getByTestId('grading-form')).toBeVisible();
  await expect(page.getByTestId('question-factory-reset')).toContainText('Factory settings restored');
  await page.getByTestId('answer-packaging-opened').check();
  await page.getByTestId('answer-accessories-yes').check();
  await page.getByTestId('answer-functional-test-passed').check();
  await page.getByTestId('answer-cosmetic-light-wear').check();
  await page.getByTestId('answer-factory-reset-not-possible').check();
  await page.getByTestId('grade-B').check();
  await expect(page.getByTestId('suggested-disposition')).toHaveAttribute('data-disposition', 'refurbish');
  await expect(page.getByTestId('suggested-disposition')).toContainText('client rule 2');
  await page.getByTestId('grading-form').screenshot({ path: testInfo.outputPath('returns-grading-custom-question.png') });

  // A packer gets the settings read-only, without the file upload.
  await page.getByTestId('sign-out').click();
  await signIn(page, 'Demo Packer', '1111');
  await page.getByTestId('nav-returns').click();
  await page.getByTestId('returns-tab-settings').click();
  await page.getByTestId('settings-client').selectOption('DEMO');
  await expect(page.getByTestId('config-question-factory-reset')).toBeVisible();
  await expect(page.getByTestId('settings-download')).toBeEnabled();
  await expect(page.getByTestId('settings-upload')).toHaveCount(0);

  // In German the client's own captions and the rules follow the station language.
  await page.getByTestId('language-select').selectOption('de');
  await expect(page.getByTestId('config-question-factory-reset')).toContainText('Werkseinstellungen wiederhergestellt');
  await expect(page.getByTestId('config-rule').nth(1)).toHaveText('Bei Note A, B und Antworten Werkseinstellungen wiederhergestellt: Nicht möglich → Aufbereiten');
  await page.screenshot({ path: testInfo.outputPath('returns-settings-read-only-de.png'), fullPage: true });
  await page.getByTestId('language-select').selectOption('en');
});
