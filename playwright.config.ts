import { defineConfig } from '@playwright/test';

/**
 * E2E tests drive Debian's Chromium against the loopback station built into out/ (run through
 * `npm run test:e2e`, which builds first). Each test starts its own station on a fresh data
 * folder, see tests/e2e/support/station-fixture.ts.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The machine running the suite may have two cores; one worker keeps scan timing realistic.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  // Scans are typed as CDP key events; on a starved CPU their gaps can exceed a scanner's burst
  // timing, which splits one scan into two. One retry in CI absorbs that without hiding a
  // failure that repeats, and the JSON report still counts it as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
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
      ],
    },
  },
});
