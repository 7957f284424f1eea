import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../../support/cli';
import { useTempDir } from '../../../support/temp-dir';
import { createReturnEvidenceFixture } from '../support/return-evidence-fixture';
import { seedReportReturns } from './support/report-seed';

const tempDir = useTempDir('packtrace-returns-cli-');

function seededDataDir(): string {
  const dir = tempDir();
  const fixture = createReturnEvidenceFixture(dir);
  seedReportReturns(fixture);
  fixture.db.close();
  return dir;
}

describe('returns report command', () => {
  it('prints the report as text', async () => {
    const dir = seededDataDir();

    const run = await runCliCaptured(['--data-dir', dir, 'returns', 'report', '--from', '2026-03-01', '--to', '2026-03-31']);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Returns report, 2026-03-01 to 2026-03-31');
    expect(run.stdout).toContain('ACME  3  3  4');
    expect(run.stdout).toContain('Exception queue: 2 open');
  });

  it('prints the report as JSON', async () => {
    const dir = seededDataDir();

    const run = await runCliCaptured(['--data-dir', dir, 'returns', 'report', '--client', 'BETA', '--json']);

    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { byClient: Array<{ clientCode: string }>; clientCode: string };
    expect(report.clientCode).toBe('BETA');
    expect(report.byClient.map((row) => row.clientCode)).toEqual(['BETA']);
  });

  it('writes every table as CSV', async () => {
    const dir = seededDataDir();
    const out = join(dir, 'returns.csv');

    const run = await runCliCaptured(['--data-dir', dir, 'returns', 'report', '--csv', out, '--dialect', 'excel-eu']);

    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'returns-by-client.csv'), 'utf8').startsWith('\uFEFFclient_code;client_name;')).toBe(true);
    expect(readFileSync(join(dir, 'returns-exception-age.csv'), 'utf8')).toContain('under-1-day;');
  });

  it('writes one table as CSV', async () => {
    const dir = seededDataDir();
    const out = join(dir, 'reasons.csv');

    const run = await runCliCaptured(['--data-dir', dir, 'returns', 'report', '--csv', out, '--table', 'by-reason']);

    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe('reason,returns,units_received');
  });

  it('rejects an unknown client', async () => {
    const dir = seededDataDir();

    const run = await runCliCaptured(['--data-dir', dir, 'returns', 'report', '--client', 'NOPE']);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No client with code NOPE');
  });

  it('rejects an unknown table', async () => {
    const run = await runCliCaptured(['--data-dir', tempDir(), 'returns', 'report', '--csv', 'x.csv', '--table', 'by-colour']);

    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--table must be one of');
  });

  it('rejects an unknown subcommand', async () => {
    const run = await runCliCaptured(['--data-dir', tempDir(), 'returns', 'summary']);

    expect(run.code).toBe(2);
  });
});
