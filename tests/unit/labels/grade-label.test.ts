import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { buildGradeLabel, type GradeLabelData } from '../../../main/labels/grade-label';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { decodeBarcodesInPdf, extractPdfText, readPdfPageSize } from './pdf-tools';

const gradedCamera: GradeLabelData = {
  clientCode: 'ACME',
  sku: 'CAM-1',
  title: 'Action camera 4K',
  serial: 'SN000451',
  grade: 'B',
  amazonCondition: 'Used - Very Good',
  returnReference: 'RMA-2026-0042',
  dispositionText: 'Restock as used',
};

function writeSample(name: string, pdf: Buffer): void {
  if (process.env.PACKTRACE_LABEL_SAMPLES !== undefined) {
    mkdirSync(process.env.PACKTRACE_LABEL_SAMPLES, { recursive: true });
    writeFileSync(`${process.env.PACKTRACE_LABEL_SAMPLES}/${name}`, pdf);
  }
}

describe('buildGradeLabel', () => {
  it.each([203, 300] as const)('decodes the serial at %i dpi', async (dpi) => {
    const label = buildGradeLabel(gradedCamera, { dpi, t: createCaptionTranslator('en') });
    if (!label.ok) {
      throw new Error(JSON.stringify(label.error));
    }

    const pdf = await renderLabelPdf(label.value);
    writeSample(`grade-label-${dpi}.pdf`, pdf);
    const decoded = decodeBarcodesInPdf(pdf, dpi, 'Code128');

    expect(decoded.map((barcode) => [barcode.text, barcode.identifier])).toEqual([['SN000451', ']C0']]);
  });

  it('prints grade, condition and reference', async () => {
    const label = buildGradeLabel(gradedCamera, { dpi: 203, t: createCaptionTranslator('en') });
    if (!label.ok) {
      throw new Error(JSON.stringify(label.error));
    }

    const pdf = await renderLabelPdf(label.value);
    const text = extractPdfText(pdf);

    expect(text).toContain('Used - Very Good');
    expect(text).toContain('Return RMA-2026-0042');
    expect(text).toContain('Restock as used');
    expect(text).toMatch(/\bB\b/);
    expect(readPdfPageSize(pdf).widthPt).toBeCloseTo(288, 0);
    expect(readPdfPageSize(pdf).heightPt).toBeCloseTo(144, 0);
  });

  it('translates its captions', async () => {
    const label = buildGradeLabel({ ...gradedCamera, returnReference: '' }, { dpi: 203, t: createCaptionTranslator('de') });
    if (!label.ok) {
      throw new Error(JSON.stringify(label.error));
    }

    const text = extractPdfText(await renderLabelPdf(label.value));

    expect(text).toContain('Rücksendung ohne Referenz');
  });

  it('rejects a serial Code 128 cannot encode', () => {
    const label = buildGradeLabel({ ...gradedCamera, serial: 'SN-Ω1' }, { dpi: 203, t: createCaptionTranslator('en') });

    expect(label.ok ? null : label.error.code).toBe('label-barcode-data-invalid');
  });

  it('rejects a serial too long to fit', () => {
    const label = buildGradeLabel({ ...gradedCamera, serial: 'S'.repeat(64) }, { dpi: 203, t: createCaptionTranslator('en') });

    expect(label.ok ? null : label.error.code).toBe('label-barcode-does-not-fit');
  });
});
