import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { StartStationOptions, StationHandle } from '../../../main/station/start-station';

const repositoryRoot = resolve(__dirname, '..', '..', '..');

// The station runs inside the test worker, so its info lines would bury Playwright's output.
process.env.PACKTRACE_LOG_LEVEL ??= 'warn';

/** The built station entry; `npm run test:e2e` runs `electron-vite build` before Playwright. */
const builtStationEntry = join(repositoryRoot, 'out', 'main', 'station.js');

export interface E2eStation extends StationHandle {
  /** The fresh data folder of this test, kept under test-results for inspection. */
  readonly dataDir: string;
}

function loadStartStation(): (options: StartStationOptions) => Promise<StationHandle> {
  const requireBuilt = createRequire(__filename);
  const module = requireBuilt(builtStationEntry) as { startStation?: (options: StartStationOptions) => Promise<StationHandle> };
  if (typeof module.startStation !== 'function') {
    throw new Error(`${builtStationEntry} does not export startStation. Run \`npm run build\` and try again.`);
  }
  return module.startStation;
}

/**
 * Extends Playwright's test with `station`: the built loopback station on an OS-chosen port with
 * a data folder of its own, so no test reads another test's database or labels. Every test also
 * fails when the page reports a Content-Security-Policy violation, because the station's CSP
 * must hold for every screen, the label preview included.
 */
export const test = base.extend<{ station: E2eStation; failOnCspViolation: void }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
  station: async ({}, use, testInfo) => {
    const dataDir = testInfo.outputPath('data');
    mkdirSync(dataDir, { recursive: true });
    const startStation = loadStartStation();

    const station = await startStation({ dataDir, port: 0 });
    try {
      await use({ ...station, dataDir });
    } finally {
      await station.close();
    }
  },
  failOnCspViolation: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) {
          violations.push(message.text());
        }
      });
      await use();
      expect(violations, 'CSP violations reported by the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
