import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../main/imports/demo';
import { databaseFileIn } from '../../../main/store/data-dir';
import { openStore } from '../../../main/store/database';
import { runCliCaptured } from '../../support/cli';
import { useTempDir } from '../../support/temp-dir';

const GS = '\\x1d';

function prepareDemoStation(dataDir: string): void {
  const opened = openStore(databaseFileIn(dataDir));
  if (!opened.ok) throw new Error(`store did not open: ${opened.error.code}`);
  const loaded = loadDemoData(opened.value);
  if (!loaded.ok) throw new Error(`demo did not load: ${loaded.error.text}`);
  opened.value.close();
}

function writeScanFile(dir: string, lines: ReadonlyArray<string>): string {
  const file = join(dir, 'scans.txt');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

function parseJsonLines(text: string): Array<Record<string, unknown>> {
  return text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('packtrace replay, lookup, label and verify-history', () => {
  const tempDir = useTempDir();

  it('replays scans through the packing rules once', async () => {
    const dataDir = tempDir();
    prepareDemoStation(dataDir);
    const scans = writeScanFile(dataDir, [
      `]d2010950600000101221HS000101${GS}10LOT-A`,
      '09506000001036',
      'DK000201',
      `]d2010950600000101221HS000101`,
      '4006381333931',
    ]);

    const first = await runCliCaptured(['replay', '--shipment', 'DEMO-1001', scans, '--data-dir', dataDir, '--operator', 'Ola']);
    const second = await runCliCaptured(['--data-dir', dataDir, 'replay', '--shipment', 'DEMO-1001', scans]);

    expect(first.code).toBe(0);
    const verdicts = parseJsonLines(first.stdout);
    expect(verdicts.map((verdict) => verdict.outcome)).toEqual(['accepted', 'accepted', 'accepted', 'rejected', 'rejected']);
    expect(verdicts[3]?.code).toBe('duplicate-in-carton');
    expect(typeof verdicts[3]?.message).toBe('string');
    expect(second.code).toBe(0);
    expect(parseJsonLines(second.stdout).every((verdict) => verdict.replayed === true)).toBe(true);
  });

  it('looks up a packed unit with its history', async () => {
    const dataDir = tempDir();
    prepareDemoStation(dataDir);
    const scans = writeScanFile(dataDir, [`]d2010950600000101221HS000102`]);
    await runCliCaptured(['replay', '--shipment', 'DEMO-1001', scans, '--data-dir', dataDir, '--operator', 'Ola']);

    const text = await runCliCaptured(['lookup', ' hs000102 ', '--data-dir', dataDir]);
    const json = await runCliCaptured(['lookup', 'HS000102', '--json', '--data-dir', dataDir]);
    const missing = await runCliCaptured(['lookup', 'HS999999', '--data-dir', dataDir]);

    expect(text.code).toBe(0);
    expect(text.stdout).toContain('HS000102');
    expect(text.stdout).toContain('DEMO-1001');
    expect(text.stdout).toContain('(by Ola)');
    const units = JSON.parse(json.stdout) as Array<{ status: string; timeline: unknown[] }>;
    expect(units).toHaveLength(1);
    expect(units[0]?.status).toBe('packed');
    expect(units[0]?.timeline.length).toBeGreaterThan(0);
    expect(missing.code).toBe(1);
  });

  it('writes the carton label by SSCC', async () => {
    const dataDir = tempDir();
    prepareDemoStation(dataDir);
    const scans = writeScanFile(dataDir, [`]d2010950600000101221HS000103`]);
    await runCliCaptured(['replay', '--shipment', 'DEMO-1001', scans, '--data-dir', dataDir]);
    const db = new Database(databaseFileIn(dataDir), { readonly: true });
    const { sscc } = db.prepare('SELECT sscc FROM cartons').get() as { sscc: string };
    db.close();
    const out = join(dataDir, 'label.pdf');

    const run = await runCliCaptured(['label', 'carton', sscc, '--out', out, '--data-dir', dataDir]);
    const unknown = await runCliCaptured(['label', 'carton', '109506000000000429', '--out', out, '--data-dir', dataDir]);
    const invalid = await runCliCaptured(['label', 'carton', '109506000000000428', '--out', out, '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no carton with SSCC');
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('not a valid SSCC');
  });

  it('verify-history exits 1 on an edited event', async () => {
    const dataDir = tempDir();
    prepareDemoStation(dataDir);
    const scans = writeScanFile(dataDir, [`]d2010950600000101221HS000104`, `]d2010950600000101221HS000105`]);
    await runCliCaptured(['replay', '--shipment', 'DEMO-1001', scans, '--data-dir', dataDir]);

    const intact = await runCliCaptured(['verify-history', '--data-dir', dataDir]);
    const db = new Database(databaseFileIn(dataDir));
    db.exec('DROP TRIGGER events_no_update');
    const { seq } = db.prepare('SELECT min(seq) AS seq FROM events').get() as { seq: number };
    db.prepare("UPDATE events SET occurred_at = '2020-01-01T00:00:00.000Z' WHERE seq = ?").run(seq);
    db.close();
    const altered = await runCliCaptured(['verify-history', '--data-dir', dataDir]);

    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^History intact: \d+ events/);
    expect(altered.code).toBe(1);
    expect(altered.stdout).toMatch(/History altered: event \S+ \(position 1, seq \d+\) was changed/);
  });

  it('import reports a bad file and writes nothing', async () => {
    const dataDir = tempDir();
    prepareDemoStation(dataDir);
    const file = join(dataDir, 'products.csv');
    writeFileSync(file, 'client,sku,gtin,title\nDEMO,NEW-1,9506000001013,Broken GTIN\n');

    const run = await runCliCaptured(['import', file, '--data-dir', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/products\.csv/);
    expect(run.stderr).toMatch(/row 2/);
    const db = new Database(databaseFileIn(dataDir), { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM products WHERE sku = 'NEW-1'").get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('packtrace import of Amazon FBA reports', () => {
  const tempDir = useTempDir();
  const fixtures = join(__dirname, '..', '..', '..', '..', 'shared', 'fixtures', 'real', 'airbyte-amazon-seller-partner');

  it('reads a filled Manage Inventory report', async () => {
    const dataDir = tempDir();
    prepareDemoStation(dataDir);
    const file = join(dataDir, 'myi.txt');
    const header = readFileSync(join(fixtures, 'GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.csv'), 'utf8').split(/\r?\n/)[0] ?? '';
    const columns = header.split('\t');
    const row = columns.map((column) => ({ sku: 'DEMO-DOCK', fnsku: 'X00DOCK001', asin: 'B0DOCK0001', 'product-name': 'Dock', condition: 'New' })[column] ?? '0');
    writeFileSync(file, `${header}\n${row.join('\t')}\n`);

    const run = await runCliCaptured(['import', file, '--client', 'DEMO', '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Manage FBA Inventory');
    const db = new Database(databaseFileIn(dataDir), { readonly: true });
    expect(db.prepare("SELECT fnsku FROM products WHERE sku = 'DEMO-DOCK'").get()).toEqual({ fnsku: 'X00DOCK001' });
    db.close();
  });

  it('names where a customer returns report belongs', async () => {
    const dataDir = tempDir();
    prepareDemoStation(dataDir);

    const run = await runCliCaptured(['import', join(fixtures, 'GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA.csv'), '--client', 'DEMO', '--data-dir', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('customer returns report');
  });

  it('rejects a removal report without its client', async () => {
    const dataDir = tempDir();
    prepareDemoStation(dataDir);

    const run = await runCliCaptured(['import', join(fixtures, 'GET_FBA_FULFILLMENT_REMOVAL_ORDER_DETAIL_DATA.csv'), '--data-dir', dataDir]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--client');
  });
});
