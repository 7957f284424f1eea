import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildCartonLabel } from '../../../main/labels/carton-label';
import type { LabelDocument } from '../../../main/labels/model';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { renderLabelZpl } from '../../../main/labels/zpl-renderer';
import { createCupsPrintDriver } from '../../../main/printing/cups-print-driver';
import { getPrintJob } from '../../../main/printing/print-jobs';
import { createPrintWorker } from '../../../main/printing/print-worker';
import { type PrivateCupsd, type RawPrinterListener, findCupsd, startPrivateCupsd, startRawPrinterListener } from '../../support/private-cupsd';
import { sampleCartonLabelData } from '../../fixtures/labels/sample-carton';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';
import { decodeBarcodesInPdf } from '../labels/pdf-tools';
import { decodeBarcodesInPng, renderZplToPngs } from '../labels/zpl-tools';
import { queue, saveProfile, stationId, zplLabel } from './print-support';

const cupsdPath = findCupsd();

function cartonLabel(): LabelDocument {
  const built = buildCartonLabel(sampleCartonLabelData, { dpi: 203, t: createCaptionTranslator('en') });
  if (!built.ok) {
    throw new Error(`Carton label not built: ${built.error.code}`);
  }
  return built.value;
}

describe.skipIf(cupsdPath === undefined)('CUPS print driver through the queue', () => {
  const tempDir = useTempDir();
  let cupsd: PrivateCupsd;
  let zebra: RawPrinterListener;
  let pdfPrinter: RawPrinterListener;

  beforeAll(async () => {
    zebra = await startRawPrinterListener();
    pdfPrinter = await startRawPrinterListener();
    cupsd = await startPrivateCupsd(cupsdPath ?? '');
    cupsd.addRawQueue('zebra4x6', zebra.deviceUri);
    cupsd.addRawQueue('pdf4x6', pdfPrinter.deviceUri);
  });

  afterAll(async () => {
    await cupsd?.dispose();
    await zebra?.close();
    await pdfPrinter?.close();
  });

  it('delivers ZPL unchanged and scannable', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'cups', 'zebra4x6');
    const document = cartonLabel();
    const zpl = renderLabelZpl(document);
    if (!zpl.ok) {
      throw new Error(zpl.error.code);
    }
    const payload = Buffer.from(zpl.value, 'ascii');
    const job = queue(db, { ...zplLabel('cups-zpl', ''), payload });
    const worker = createPrintWorker({ db, stationId, drivers: { cups: createCupsPrintDriver({ environment: cupsd.environment }) } });

    const sent = await worker.runOnce();
    const received = await zebra.nextJob(20_000);
    const [image] = await renderZplToPngs(received.toString('ascii'), document.widthMm, document.heightMm, 203);

    expect(sent?.status).toBe('sent');
    expect(sent?.spoolerJobId).toMatch(/^zebra4x6-\d+$/);
    expect(received.equals(payload)).toBe(true);
    expect(decodeBarcodesInPng(image as Buffer, 'Code128').map((barcode) => `${barcode.identifier}${barcode.text}`)).toEqual([']C100109506000000000429']);
    expect(getPrintJob(db, job.id)?.attempts).toBe(1);
    db.close();
  });

  it('delivers PDF unchanged and scannable', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'cups', 'pdf4x6', { format: 'pdf' });
    const pdf = await renderLabelPdf(cartonLabel());
    queue(db, { ...zplLabel('cups-pdf', ''), format: 'pdf', payload: pdf });
    const worker = createPrintWorker({ db, stationId, drivers: { cups: createCupsPrintDriver({ environment: cupsd.environment }) } });

    const sent = await worker.runOnce();
    const received = await pdfPrinter.nextJob(20_000);

    expect(sent?.status).toBe('sent');
    expect(received.equals(pdf)).toBe(true);
    expect(decodeBarcodesInPdf(received, 203, 'Code128').map((barcode) => barcode.text)).toEqual(['00109506000000000429']);
    db.close();
  });

  it('keeps the job while cupsd is stopped', async () => {
    // Runs last, because it stops the scheduler.
    const db = openTestStore(tempDir());
    saveProfile(db, 'cups', 'zebra4x6');
    const job = queue(db, zplLabel('cups-down', 'down'));
    await cupsd.stop();
    const worker = createPrintWorker({ db, stationId, drivers: { cups: createCupsPrintDriver({ environment: cupsd.environment, timeoutMs: 5_000 }) } });

    const attempted = await worker.runOnce();

    expect(attempted?.id).toBe(job.id);
    expect(attempted?.status).toBe('queued');
    expect(attempted?.attempts).toBe(1);
    expect(attempted?.lastError).toMatch(/^spooler-not-running: /);
    await expect(zebra.nextJob(500)).rejects.toThrow(/No print job/);
    db.close();
  }, 30_000);
});
