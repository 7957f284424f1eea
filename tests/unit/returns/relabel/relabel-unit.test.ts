import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../main/core/translator';
import { savePrinterProfile } from '../../../../main/printing/printer-profiles';
import { type RelabelOptions, relabelReturnedUnit } from '../../../../main/returns/relabel/relabel-unit';
import { countEvents } from '../../../support/packing-fixture';
import { useTempDir } from '../../../support/temp-dir';
import { decodeBarcodesInPdf, extractPdfText } from '../../labels/pdf-tools';
import { createReturnEvidenceFixture, type ReturnEvidenceFixture, type ReturnUnitSeed } from '../support/return-evidence-fixture';

const tempDir = useTempDir('packtrace-relabel-');

function options(fixture: ReturnEvidenceFixture): RelabelOptions {
  return { labelsDir: join(fixture.dataDir, 'labels'), dpi: 203, t: createTranslator('en') };
}

function gradedUnit(fixture: ReturnEvidenceFixture, productId: number, serial: string, seed: Omit<ReturnUnitSeed, 'returnId' | 'unitId'>): number {
  const returnId = fixture.insertReturn({ reference: `RMA-${serial}`, reason: 'DEFECTIVE' });
  const unitId = fixture.insertUnit(productId, serial, 'graded');
  return fixture.insertReturnUnit({ returnId, unitId, ...seed });
}

function pdfOf(outcome: Awaited<ReturnType<typeof relabelReturnedUnit>>): Buffer {
  if (!outcome.ok || outcome.value.output !== 'document') {
    throw new Error(`expected a PDF document, got ${JSON.stringify(outcome)}`);
  }
  const pdf = Buffer.from(outcome.value.document.pdfBase64, 'base64');
  if (process.env.PACKTRACE_LABEL_SAMPLES !== undefined) {
    mkdirSync(process.env.PACKTRACE_LABEL_SAMPLES, { recursive: true });
    writeFileSync(join(process.env.PACKTRACE_LABEL_SAMPLES, outcome.value.document.fileName), pdf);
  }
  return pdf;
}

describe('relabelReturnedUnit', () => {
  it('returns a grade label PDF without a printer', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.cameraId, 'SN000901', { grade: 'B', amazonCondition: 'Used - Very Good', disposition: 'restock-used' });

    const outcome = await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'grade', options(fixture));

    const pdf = pdfOf(outcome);
    expect(decodeBarcodesInPdf(pdf, 203, 'Code128').map((barcode) => barcode.text)).toEqual(['SN000901']);
    expect(extractPdfText(pdf)).toContain('Return RMA-SN000901');
    expect(outcome.ok && outcome.value.output === 'document' && readFileSync(outcome.value.document.path).equals(pdf)).toBe(true);
  });

  it('prints the used FNSKU label', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.phoneId, 'PH-77001', { grade: 'C', amazonCondition: 'Used - Good', disposition: 'restock-used' });

    const pdf = pdfOf(await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'fnsku-used', options(fixture)));

    expect(decodeBarcodesInPdf(pdf, 203, 'Code128').map((barcode) => barcode.text)).toEqual(['X00PHONE99']);
    expect(extractPdfText(pdf)).toContain('Used - Good');
  });

  it('prints the serial label for restock as new', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.cameraId, 'SN000902', { grade: 'A', amazonCondition: 'New', disposition: 'restock-new' });

    const pdf = pdfOf(await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'serial', options(fixture)));

    expect(decodeBarcodesInPdf(pdf, 203, 'Code128').map((barcode) => barcode.text)).toEqual(['010950600012345521SN000902']);
  });

  it('prints the return-to-vendor label', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.cameraId, 'SN000903', { grade: 'D', amazonCondition: 'Unsellable', disposition: 'return-to-vendor' });

    const pdf = pdfOf(await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'return-to-vendor', options(fixture)));

    expect([...decodeBarcodesInPdf(pdf, 203, 'Code128').map((barcode) => barcode.text)].sort()).toEqual(['RMA-SN000903', 'SN000903']);
  });

  it('records the label on the unit', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.cameraId, 'SN000904', { grade: 'C', amazonCondition: 'Used - Acceptable', disposition: 'dispose' });

    await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'grade', options(fixture));

    const event = fixture.db.prepare<[], { payload: string }>("SELECT payload FROM events WHERE type = 'unit-label-printed'").get();
    expect(JSON.parse(event?.payload ?? '{}')).toMatchObject({ label: 'grade', returnUnitId, fileName: `return-grade-${returnUnitId}.pdf` });
  });

  it('queues the label when a printer exists', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.cameraId, 'SN000905', { grade: 'B', amazonCondition: 'Used - Very Good', disposition: 'liquidate' });
    savePrinterProfile(fixture.db, {
      stationId: fixture.actor.stationId,
      labelKind: 'grade',
      printerName: 'Returns desk',
      driver: 'pdf-folder',
      target: join(fixture.dataDir, 'printed'),
      format: 'pdf',
      mediaWidthMm: 101.6,
      mediaHeightMm: 50.8,
      dpi: 203,
    });

    const outcome = await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'grade', options(fixture));

    expect(outcome.ok && outcome.value.output).toBe('queued');
    expect(outcome.ok && outcome.value.output === 'queued' && outcome.value.job.labelKind).toBe('grade');
    expect(fixture.db.prepare<[], { n: number }>("SELECT count(*) AS n FROM print_jobs WHERE status = 'queued'").get()?.n).toBe(1);
  });

  it('reports a printer with other media', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.cameraId, 'SN000906', { grade: 'D', amazonCondition: 'Unsellable', disposition: 'return-to-vendor' });
    savePrinterProfile(fixture.db, {
      stationId: fixture.actor.stationId,
      labelKind: 'return-to-vendor',
      printerName: 'Desk 4x6',
      driver: 'pdf-folder',
      target: join(fixture.dataDir, 'printed'),
      format: 'pdf',
      mediaWidthMm: 101.6,
      mediaHeightMm: 152.4,
      dpi: 203,
    });

    const outcome = await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'return-to-vendor', options(fixture));

    expect(outcome.ok ? null : outcome.error.code).toBe('print-media-mismatch');
    expect(countEvents(fixture.db, 'unit-label-printed')).toBe(0);
  });

  it('sizes the FNSKU label to its printer', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.phoneId, 'PH-77002', { grade: 'B', amazonCondition: 'Used - Very Good', disposition: 'restock-used' });
    savePrinterProfile(fixture.db, {
      stationId: fixture.actor.stationId,
      labelKind: 'fnsku',
      printerName: 'Prep roll',
      driver: 'pdf-folder',
      target: join(fixture.dataDir, 'printed'),
      format: 'pdf',
      mediaWidthMm: 62,
      mediaHeightMm: 29,
      dpi: 203,
    });

    const outcome = await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'fnsku-used', options(fixture));

    expect(outcome.ok && outcome.value.output === 'queued' && [outcome.value.job.mediaWidthMm, outcome.value.job.mediaHeightMm]).toEqual([62, 29]);
  });

  it('rejects a unit not yet graded', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnId = fixture.insertReturn();
    const unitId = fixture.insertUnit(fixture.cameraId, 'SN000907', 'returned');
    const returnUnitId = fixture.insertReturnUnit({ returnId, unitId });

    const outcome = await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'grade', options(fixture));

    expect(outcome.ok ? null : outcome.error).toEqual({ code: 'return-unit-not-graded', returnUnitId, stage: 'accepted' });
    expect(countEvents(fixture.db, 'unit-label-printed')).toBe(0);
  });

  it('rejects an unknown return unit', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());

    const outcome = await relabelReturnedUnit(fixture.db, fixture.actor, 404, 'grade', options(fixture));

    expect(outcome.ok ? null : outcome.error).toEqual({ code: 'return-unit-not-found', returnUnitId: 404 });
  });

  it('rejects a label the disposition does not call for', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.cameraId, 'SN000908', { grade: 'A', amazonCondition: 'New', disposition: 'restock-new' });

    const outcome = await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'return-to-vendor', options(fixture));

    expect(outcome.ok ? null : outcome.error).toEqual({ code: 'return-label-not-for-disposition', labelKind: 'return-to-vendor', disposition: 'restock-new' });
  });

  it('rejects an FNSKU label without an FNSKU', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.cameraId, 'SN000909', { grade: 'B', amazonCondition: 'Used - Very Good', disposition: 'restock-used' });

    const outcome = await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'fnsku-used', options(fixture));

    expect(outcome.ok ? null : outcome.error).toEqual({ code: 'return-product-without-fnsku', sku: 'CAM-1' });
  });

  it('rejects an FNSKU label with a new condition', async () => {
    const fixture = createReturnEvidenceFixture(tempDir());
    const returnUnitId = gradedUnit(fixture, fixture.phoneId, 'PH-77003', { grade: 'A', amazonCondition: 'New', disposition: 'restock-used' });

    const outcome = await relabelReturnedUnit(fixture.db, fixture.actor, returnUnitId, 'fnsku-used', options(fixture));

    expect(outcome.ok ? null : outcome.error).toEqual({ code: 'return-condition-not-used', condition: 'New' });
  });
});
