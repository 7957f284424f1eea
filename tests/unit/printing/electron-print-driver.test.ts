import { describe, expect, it } from 'vitest';
import type { PrintFailure } from '../../../main/api/station-context';
import { type Result, err, ok } from '../../../main/core/result';
import { renderLabelPrintHtml } from '../../../main/labels/print-html';
import type { LabelDocument } from '../../../main/labels/model';
import { createElectronPrintDriver, decodeLabelDocumentPayload, encodeLabelDocumentPayload } from '../../../main/printing/electron-print-driver';
import type { DeliveryRequest } from '../../../main/printing/print-driver';
import { getPrintJob, readPrintJobPayload } from '../../../main/printing/print-jobs';
import { printCarrierLabel, printLabelDocument } from '../../../main/printing/print-label';
import { createPrintWorker } from '../../../main/printing/print-worker';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';
import { saveProfile, stationId } from './print-support';

const document: LabelDocument = {
  widthMm: 101.6,
  heightMm: 152.4,
  dpi: 203,
  title: 'Carton 1 of 2',
  elements: [
    { kind: 'text', text: 'SSCC 109506000000000016', xMm: 5, yMm: 5, maxWidthMm: 90, font: 'bold', size: { unit: 'pt', value: 12 }, align: 'left', maxLines: 1, lineHeight: 1.2 },
  ],
};

function deliveryOf(payload: Buffer, target: string): DeliveryRequest {
  return { jobId: 1, title: document.title, format: 'pdf', payload, mediaWidthMm: 101.6, mediaHeightMm: 152.4, target };
}

/** Records every call and returns the outcomes given, in order. */
function recordingPrinter(outcomes: ReadonlyArray<Result<void, PrintFailure>>) {
  const calls: Array<{ document: LabelDocument; deviceName: string | undefined }> = [];
  const print = (printed: LabelDocument, deviceName: string | undefined): Promise<Result<void, PrintFailure>> => {
    calls.push({ document: printed, deviceName });
    return Promise.resolve(outcomes[calls.length - 1] ?? ok(undefined));
  };
  return { calls, print };
}

describe('electron print driver', () => {
  const tempDir = useTempDir();

  it('round-trips a label document', () => {
    const decoded = decodeLabelDocumentPayload(encodeLabelDocumentPayload(document));

    expect(decoded).toEqual(ok(document));
  });

  it('rejects a PDF payload permanently', () => {
    const decoded = decodeLabelDocumentPayload(Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1'));

    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error.code).toBe('electron-payload-invalid');
    expect(decoded.error.delivered).toBe('no');
    expect(decoded.error.permanent).toBe(true);
    expect(decoded.error.detail).toContain('"%PDF-1.7');
  });

  it('rejects JSON that is no label', () => {
    const decoded = decodeLabelDocumentPayload(Buffer.from('{"widthMm":100,"heightMm":150,"dpi":600,"title":"x","elements":[]}'));

    expect(decoded.ok).toBe(false);
  });

  it('prints on the target printer', async () => {
    const printer = recordingPrinter([ok(undefined)]);
    const driver = createElectronPrintDriver(printer.print);

    const delivered = await driver(deliveryOf(encodeLabelDocumentPayload(document), ' Zebra ZD421 (Windows) '));

    expect(delivered).toEqual(ok({ spoolerJobId: null }));
    expect(printer.calls).toHaveLength(1);
    expect(printer.calls[0]?.deviceName).toBe('Zebra ZD421 (Windows)');
    expect(printer.calls[0]?.document).toEqual(document);
  });

  it('uses the only printer without target', async () => {
    const printer = recordingPrinter([ok(undefined)]);

    await createElectronPrintDriver(printer.print)(deliveryOf(encodeLabelDocumentPayload(document), ''));

    expect(printer.calls[0]?.deviceName).toBeUndefined();
  });

  it('classifies printer failures', async () => {
    const cases: ReadonlyArray<{ code: string; delivered: 'no' | 'unknown'; permanent: boolean }> = [
      { code: 'printer-not-found', delivered: 'no', permanent: false },
      { code: 'printer-not-ready', delivered: 'no', permanent: false },
      { code: 'printer-not-configured', delivered: 'no', permanent: true },
      { code: 'page-size-unsupported', delivered: 'no', permanent: true },
      { code: 'print-failed', delivered: 'unknown', permanent: false },
    ];
    for (const expected of cases) {
      const printer = recordingPrinter([err({ code: expected.code, detail: `detail of ${expected.code}` })]);

      const delivered = await createElectronPrintDriver(printer.print)(deliveryOf(encodeLabelDocumentPayload(document), 'Zebra'));

      expect(delivered, expected.code).toEqual(err({ delivered: expected.delivered, permanent: expected.permanent, code: expected.code, detail: `detail of ${expected.code}` }));
    }
  });

  it('sends a queued job through the worker', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'electron', 'Zebra ZD421', { format: 'pdf' });
    const pages: string[] = [];
    const worker = createPrintWorker({
      db,
      stationId,
      drivers: {
        electron: createElectronPrintDriver((printed) => {
          pages.push(renderLabelPrintHtml(printed));
          return Promise.resolve(ok(undefined));
        }),
      },
    });

    const queued = await printLabelDocument(db, { requestKey: 'electron-1', stationId, operatorId: null, labelKind: 'carton' }, document);
    if (!queued.ok) throw new Error(JSON.stringify(queued.error));
    const payload = readPrintJobPayload(db, queued.value.id);
    const sent = await worker.runOnce();
    db.close();

    expect(JSON.parse(payload.toString('utf8'))).toEqual(document);
    expect(sent?.status).toBe('sent');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('@page{size:101.6mm 152.4mm;margin:0}');
    expect(pages[0]).toContain('<title>Carton 1 of 2</title>');
  });

  it('fails the job without electron driver', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'electron', 'Zebra ZD421', { format: 'pdf' });
    const worker = createPrintWorker({ db, stationId, drivers: {} });
    const queued = await printLabelDocument(db, { requestKey: 'electron-2', stationId, operatorId: null, labelKind: 'carton' }, document);
    if (!queued.ok) throw new Error(JSON.stringify(queued.error));

    await worker.runOnce();
    const job = getPrintJob(db, queued.value.id);
    db.close();

    expect(job?.status).toBe('failed');
    expect(job?.lastError).toContain('No electron driver runs in this process');
  });

  it('rejects carrier files on electron profiles', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'electron', 'Office laser', { labelKind: 'carrier', format: 'pdf', printerName: 'Office laser' });

    const queued = await printCarrierLabel(db, { requestKey: 'carrier-1', stationId, operatorId: null, labelKind: 'carrier' }, Buffer.from('^XA^FDship^FS^XZ\n', 'ascii'), 'ship.zpl');
    db.close();

    expect(queued).toEqual(err({ code: 'carrier-label-electron-unsupported', printerName: 'Office laser' }));
  });
});
