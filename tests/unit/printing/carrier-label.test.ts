import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildCartonLabel } from '../../../main/labels/carton-label';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { recogniseCarrierLabel } from '../../../main/printing/carrier-label';
import { splitCarrierPdf } from '../../../main/printing/carrier-pdf-split';
import { readPrintJobPayload } from '../../../main/printing/print-jobs';
import { printCarrierLabel } from '../../../main/printing/print-label';
import { createPrintWorker } from '../../../main/printing/print-worker';
import { createRawTcpDriver } from '../../../main/printing/raw-tcp-driver';
import { sampleCartonLabelData } from '../../fixtures/labels/sample-carton';
import { startRawPrinterListener } from '../../support/private-cupsd';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';
import { decodeBarcodesInPdf, readPdfPageCount, readPdfPageSize } from '../labels/pdf-tools';
import { decodeBarcodesInPng, renderZplToPngs } from '../labels/zpl-tools';
import { saveProfile, stationId } from './print-support';

const carrierFixtures = resolve(__dirname, '../../../../shared/fixtures/real/zebrash-carrier-labels');
const ssccs = ['109506000000000429', '109506000000000436'];

async function cartonPdf(sscc: string): Promise<Buffer> {
  const built = buildCartonLabel({ ...sampleCartonLabelData, sscc }, { dpi: 203, t: createCaptionTranslator('en') });
  if (!built.ok) {
    throw new Error(`Carton label not built: ${built.error.code}`);
  }
  return renderLabelPdf(built.value);
}

/** Builds an A4 sheet with two 4×6 labels side by side at the top, as carriers send them. */
async function a4SheetOfTwo(): Promise<Buffer> {
  const sheet = await PDFDocument.create();
  const page = sheet.addPage([595.28, 841.89]);
  for (const [index, sscc] of ssccs.entries()) {
    const [label] = await sheet.embedPdf(await cartonPdf(sscc));
    if (label === undefined) {
      throw new Error('label page not embedded');
    }
    page.drawPage(label, { x: index * label.width, y: 841.89 - label.height });
  }
  return Buffer.from(await sheet.save());
}

async function pageOf(pdf: Buffer, index: number): Promise<Buffer> {
  const source = await PDFDocument.load(pdf);
  const single = await PDFDocument.create();
  const [copied] = await single.copyPages(source, [index]);
  if (copied === undefined) {
    throw new Error(`page ${index} missing`);
  }
  single.addPage(copied);
  return Buffer.from(await single.save());
}

describe('splitCarrierPdf', () => {
  it('cuts A4 sheet into 4x6 labels', async () => {
    const split = await splitCarrierPdf(await a4SheetOfTwo());
    if (!split.ok) {
      throw new Error(split.error.code);
    }

    expect(readPdfPageCount(split.value)).toBe(2);
    for (const [index, sscc] of ssccs.entries()) {
      const page = await pageOf(split.value, index);
      const size = readPdfPageSize(page);
      expect(size.widthPt).toBeCloseTo(288, 1);
      expect(size.heightPt).toBeCloseTo(432, 1);
      expect(decodeBarcodesInPdf(page, 203, 'Code128').map((barcode) => barcode.text)).toEqual([`00${sscc}`]);
    }
  });

  it('rejects a page smaller than a label', async () => {
    const small = await PDFDocument.create();
    small.addPage([100, 100]);

    const split = await splitCarrierPdf(await small.save());

    expect(split.ok ? 'split' : split.error.code).toBe('carrier-pdf-page-too-small');
  });
});

describe('printCarrierLabel', () => {
  const tempDir = useTempDir();

  it('sends carrier ZPL unchanged', async () => {
    const db = openTestStore(tempDir());
    const printer = await startRawPrinterListener();
    saveProfile(db, 'raw-tcp', printer.deviceUri.replace('socket://', ''), { labelKind: 'carrier' });
    const ups = readFileSync(join(carrierFixtures, 'ups.zpl'));
    const worker = createPrintWorker({ db, stationId, drivers: { 'raw-tcp': createRawTcpDriver() } });

    const queued = await printCarrierLabel(db, { requestKey: 'ups-1', stationId, operatorId: null, labelKind: 'carrier' }, ups, 'UPS 1Z680RA4DL08720000');
    const sent = await worker.runOnce();
    const received = await printer.nextJob(5_000);
    const [image] = await renderZplToPngs(received.toString('latin1'), 101.6, 152.4, 203);

    expect(queued.ok).toBe(true);
    expect(sent?.status).toBe('sent');
    expect(received.equals(ups)).toBe(true);
    expect(decodeBarcodesInPng(image as Buffer, 'Code128').map((barcode) => barcode.text)).toContain('1Z680RA4DL08720000');
    await printer.close();
    db.close();
  });

  it('rejects ZPL wider than media', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'raw-tcp', '127.0.0.1:9100', { labelKind: 'carrier', mediaWidthMm: 57.15, mediaHeightMm: 31.75 });
    const ups = readFileSync(join(carrierFixtures, 'ups.zpl'));

    const queued = await printCarrierLabel(db, { requestKey: 'ups-2', stationId, operatorId: null, labelKind: 'carrier' }, ups, 'UPS');

    expect(queued.ok ? 'queued' : queued.error.code).toBe('carrier-label-too-wide');
    db.close();
  });

  it('queues split PDF sheet', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'pdf-folder', tempDir(), { labelKind: 'carrier', format: 'pdf' });

    const queued = await printCarrierLabel(db, { requestKey: 'sheet-1', stationId, operatorId: null, labelKind: 'carrier' }, await a4SheetOfTwo(), 'Sheet');

    expect(queued.ok).toBe(true);
    expect(queued.ok ? readPdfPageCount(readPrintJobPayload(db, queued.value.id)) : 0).toBe(2);
    db.close();
  });

  it('rejects unterminated ZPL', () => {
    const recognised = recogniseCarrierLabel(Buffer.from('^XA^FO10,10^FDHELLO^FS'));

    expect(recognised.ok ? 'accepted' : recognised.error.code).toBe('carrier-label-zpl-unterminated');
  });
});
