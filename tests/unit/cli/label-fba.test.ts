import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeOpenCarton } from '../../../main/packing/carton-actions';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { runCliCaptured } from '../../support/cli';
import { useTempDir } from '../../support/temp-dir';
import { cameraGtin, createFbaFixture, lensGtin } from '../fba/fba-test-shipment';
import { decodeBarcodesInPdf, readPdfPageCount } from '../labels/pdf-tools';

describe('label fnsku command', () => {
  const tempDir = useTempDir();

  it('writes N roll labels as PDF', async () => {
    const out = join(tempDir(), 'fnsku.pdf');
    const run = await runCliCaptured(['label', 'fnsku', '--fnsku', ' x00abc1234', '--title', 'Acme Bottle', '--condition', 'New', '--template', 'roll-2.25x1.25in', '--copies', '3', '--out', out]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pdf = readFileSync(out);
    expect(readPdfPageCount(pdf)).toBe(3);
    expect(decodeBarcodesInPdf(pdf, 203, 'Code128').map((barcode) => barcode.text)).toEqual(['X00ABC1234']);
  });

  it('writes one ZPL format per copy', async () => {
    const out = join(tempDir(), 'fnsku.zpl');
    const run = await runCliCaptured(['label', 'fnsku', '--fnsku', 'X00ABC1234', '--title', 'Acme ^Bottle~', '--condition', 'New', '--template', 'roll-2x1in', '--copies', '2', '--format', 'zpl', '--out', out]);

    expect(run.code).toBe(0);
    const zpl = readFileSync(out, 'utf8');
    expect(zpl.match(/\^XA/g)).toHaveLength(2);
    expect(zpl.match(/\^XZ/g)).toHaveLength(2);
    expect(zpl).toContain('X00ABC1234');
  });

  it('writes a sheet from a start position', async () => {
    const out = join(tempDir(), 'sheet.pdf');
    const run = await runCliCaptured(['label', 'fnsku', '--fnsku', 'X00ABC1234', '--title', 'Acme Bottle', '--condition', 'New', '--template', 'letter-30', '--copies', '41', '--start', '21', '--out', out]);

    expect(run.code).toBe(0);
    expect(readPdfPageCount(readFileSync(out))).toBe(3);
  });

  it('rejects a malformed FNSKU', async () => {
    const out = join(tempDir(), 'bad.pdf');
    const run = await runCliCaptured(['label', 'fnsku', '--fnsku', 'X00ABC12345', '--title', 'T', '--condition', 'New', '--template', 'roll-2x1in', '--out', out]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('X00ABC12345');
  });

  it('rejects an unknown template', async () => {
    const run = await runCliCaptured(['label', 'fnsku', '--fnsku', 'X002K3ZQ9L', '--title', 'T', '--condition', 'New', '--template', 'nope', '--out', join(tempDir(), 'x.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown --template nope');
  });

  it('rejects ZPL for a sheet', async () => {
    const run = await runCliCaptured(['label', 'fnsku', '--fnsku', 'X00ABC1234', '--title', 'T', '--condition', 'New', '--template', 'a4-21', '--format', 'zpl', '--out', join(tempDir(), 'x.zpl')]);
    expect(run.code).toBe(2);
  });
});

describe('label fba-box command', () => {
  const tempDir = useTempDir();

  it('writes the label of a packed box', async () => {
    const dataDir = tempDir();
    const fixture = createFbaFixture(dataDir);
    fixture.packUnit(cameraGtin, 'SN000451');
    fixture.packUnit(lensGtin, 'LX-1001');
    inWriteTransaction(fixture.db, () => closeOpenCarton(fixture.db, fixture.actor, fixture.shipmentId, 1_800));
    fixture.db.close();

    const out = join(dataDir, 'box.pdf');
    const run = await runCliCaptured(['label', 'fba-box', '--shipment', 'FBA15ABCDE12', '--box', '1', '--out', out, '--data-dir', dataDir]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pdf = readFileSync(out);
    expect(decodeBarcodesInPdf(pdf, 203, 'PDF417').map((barcode) => barcode.text)).toEqual(['AMZN,PO:FBA15ABCDE12,FNSKU:X00ABC1234,QTY:1,FNSKU:X002K3ZQ9L,QTY:1']);
  });

  it('reports an unknown box', async () => {
    const dataDir = tempDir();
    createFbaFixture(dataDir).db.close();

    const run = await runCliCaptured(['label', 'fba-box', '--shipment', 'FBA15ABCDE12', '--box', '4', '--out', join(dataDir, 'x.pdf'), '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has no box 4');
  });
});
