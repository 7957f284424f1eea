import { describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildCartonLabel } from '../../../main/labels/carton-label';
import { buildFnskuLabel } from '../../../main/labels/fnsku-label';
import { readPrintJobPayload } from '../../../main/printing/print-jobs';
import { printLabelDocument } from '../../../main/printing/print-label';
import { sampleCartonLabelData } from '../../fixtures/labels/sample-carton';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';
import { decodeBarcodesInPdf } from '../labels/pdf-tools';
import { saveProfile, stationId } from './print-support';

const request = { requestKey: 'carton-1', stationId, operatorId: null, labelKind: 'carton' };

function cartonDocument(dpi: 203 | 300 = 203) {
  const built = buildCartonLabel(sampleCartonLabelData, { dpi, t: createCaptionTranslator('en') });
  if (!built.ok) {
    throw new Error(built.error.code);
  }
  return built.value;
}

describe('printLabelDocument', () => {
  const tempDir = useTempDir();

  it('renders ZPL for a ZPL printer', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'raw-tcp', '127.0.0.1:9100');

    const queued = await printLabelDocument(db, request, cartonDocument());

    expect(queued.ok && queued.value.format).toBe('zpl');
    expect(queued.ok ? readPrintJobPayload(db, queued.value.id).toString('ascii').startsWith('^XA\n^CI28\n') : false).toBe(true);
    db.close();
  });

  it('renders PDF for a PDF printer', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'cups', 'label4x6', { format: 'pdf' });

    const queued = await printLabelDocument(db, request, cartonDocument());
    const payload = queued.ok ? readPrintJobPayload(db, queued.value.id) : Buffer.alloc(0);

    expect(queued.ok && queued.value.format).toBe('pdf');
    expect(decodeBarcodesInPdf(payload, 203, 'Code128').map((barcode) => barcode.text)).toEqual(['00109506000000000429']);
    db.close();
  });

  it('rejects FNSKU label on 4x6 printer', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'raw-tcp', '127.0.0.1:9100', { labelKind: 'fnsku' });
    const fnsku = buildFnskuLabel({ fnsku: 'X00ABC1234', title: 'Tent', condition: 'New' }, { widthMm: 57.15, heightMm: 31.75 }, { dpi: 203 });
    if (!fnsku.ok) {
      throw new Error(fnsku.error.code);
    }

    const queued = await printLabelDocument(db, { ...request, labelKind: 'fnsku' }, fnsku.value);

    expect(queued.ok ? 'queued' : queued.error.code).toBe('print-media-mismatch');
    db.close();
  });

  it('rejects 300 dpi label on 203 dpi printer', async () => {
    const db = openTestStore(tempDir());
    saveProfile(db, 'raw-tcp', '127.0.0.1:9100');

    const queued = await printLabelDocument(db, request, cartonDocument(300));

    expect(queued.ok ? 'queued' : queued.error.code).toBe('print-dpi-mismatch');
    db.close();
  });
});
