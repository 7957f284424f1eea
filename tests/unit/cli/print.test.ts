import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadDemoData } from '../../../main/imports/demo';
import { databaseFileIn } from '../../../main/store/data-dir';
import { openStore } from '../../../main/store/database';
import { runCliCaptured } from '../../support/cli';
import { startRawPrinterListener } from '../../support/private-cupsd';
import { useTempDir } from '../../support/temp-dir';
import { decodeBarcodesInPng, renderZplToPngs } from '../labels/zpl-tools';

const amazonZpl = resolve(__dirname, '../../../../shared/fixtures/real/zebrash-carrier-labels/amazon.zpl');

function prepareDemoStation(dataDir: string): void {
  const opened = openStore(databaseFileIn(dataDir));
  if (!opened.ok) {
    throw new Error(`store did not open: ${opened.error.code}`);
  }
  const loaded = loadDemoData(opened.value);
  if (!loaded.ok) {
    throw new Error(`demo did not load: ${loaded.error.text}`);
  }
  opened.value.close();
}

describe('packtrace print', () => {
  const tempDir = useTempDir();

  it('writes carton label as ZPL', async () => {
    const dataDir = tempDir();
    prepareDemoStation(dataDir);
    const scans = join(dataDir, 'scans.txt');
    writeFileSync(scans, ']d2010950600000101221HS000103\n');
    await runCliCaptured(['replay', '--shipment', 'DEMO-1001', scans, '--data-dir', dataDir]);
    const db = new Database(databaseFileIn(dataDir), { readonly: true });
    const { sscc } = db.prepare('SELECT sscc FROM cartons').get() as { sscc: string };
    db.close();
    const out = join(dataDir, 'label.zpl');

    const run = await runCliCaptured(['label', 'carton', sscc, '--out', out, '--format', 'zpl', '--data-dir', dataDir]);
    const zpl = readFileSync(out, 'ascii');
    const [image] = await renderZplToPngs(zpl, 101.6, 152.4, 203);

    expect(run.code).toBe(0);
    expect(zpl.startsWith('^XA\n^CI28\n')).toBe(true);
    expect(decodeBarcodesInPng(image as Buffer, 'Code128').map((barcode) => `${barcode.identifier}${barcode.text}`)).toEqual([`]C100${sscc}`]);
  });

  it('queues and sends a carrier label', async () => {
    const dataDir = tempDir();
    const printer = await startRawPrinterListener();
    const target = printer.deviceUri.replace('socket://', '');

    const profile = await runCliCaptured(['print', 'profile', 'carrier', '--driver', 'raw-tcp', '--target', target, '--format', 'zpl', '--media', '4x6in', '--data-dir', dataDir]);
    const queued = await runCliCaptured(['print', 'file', amazonZpl, '--data-dir', dataDir]);
    const sent = await runCliCaptured(['print', 'run', '--data-dir', dataDir]);
    const again = await runCliCaptured(['print', 'run', '--data-dir', dataDir]);
    const received = await printer.nextJob(5_000);
    const jobs = await runCliCaptured(['print', 'jobs', '--data-dir', dataDir]);

    expect(profile.code).toBe(0);
    expect(queued.stdout).toMatch(/^job 1 queued \(zpl\)/);
    expect(sent.stdout).toContain('job 1 sent');
    expect(again.stdout).toBe('0 sent, 0 not sent\n');
    expect(received.equals(readFileSync(amazonZpl))).toBe(true);
    expect(jobs.stdout).toMatch(/^1\tsent\t1\tcarrier\tamazon\.zpl\n$/);
    await printer.close();
  });

  it('requires a reason to reprint', async () => {
    const dataDir = tempDir();
    await runCliCaptured(['print', 'profile', 'carrier', '--driver', 'pdf-folder', '--target', join(dataDir, 'out'), '--format', 'zpl', '--media', '4x6in', '--data-dir', dataDir]);
    await runCliCaptured(['print', 'file', amazonZpl, '--data-dir', dataDir]);
    await runCliCaptured(['print', 'run', '--data-dir', dataDir]);

    const withoutReason = await runCliCaptured(['print', 'reprint', '1', '--data-dir', dataDir]);
    const withReason = await runCliCaptured(['print', 'reprint', '1', '--reason', 'Label torn', '--data-dir', dataDir]);

    expect(withoutReason.code).toBe(1);
    expect(withoutReason.stderr).toContain('A reason is required');
    expect(withReason.stdout).toBe('job 2 queued\n');
  });

  it('rejects label on wrong media', async () => {
    const dataDir = tempDir();
    await runCliCaptured(['print', 'profile', 'carrier', '--driver', 'pdf-folder', '--target', dataDir, '--format', 'zpl', '--media', '2.25x1.25in', '--data-dir', dataDir]);

    const queued = await runCliCaptured(['print', 'file', amazonZpl.replace('amazon.zpl', 'ups.zpl'), '--data-dir', dataDir]);

    expect(queued.code).toBe(1);
    expect(queued.stderr).toContain('The label is 101.6 mm wide but the loaded media is 57.15 mm wide.');
  });
});
