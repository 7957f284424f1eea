// Adds up the JSON reports of vitest and Playwright into one closing line, so a CI log ends with
// the total whatever runner failed first. Exits 1 when a report is missing or counts a failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const reportsDir = process.argv[2] ?? 'reports';

function readJson(name) {
  const file = join(reportsDir, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const vitest = readJson('vitest.json');
const playwright = readJson('playwright.json');

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];

if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
} else {
  missing.push('vitest.json');
}

if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky;
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped;
} else {
  missing.push('playwright.json');
}

if (missing.length > 0) {
  console.log(`Missing test reports in ${reportsDir}: ${missing.join(', ')}`);
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && missing.length === 0 && passed > 0 ? 0 : 1);
