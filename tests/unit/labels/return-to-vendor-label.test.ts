import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { buildReturnToVendorLabel, type ReturnToVendorLabelData } from '../../../main/labels/return-to-vendor-label';
import { decodeBarcodesInPdf, extractPdfText } from './pdf-tools';

const faultyCamera: ReturnToVendorLabelData = {
  clientCode: 'ACME',
  clientName: 'Acme Retail',
  sku: 'CAM-1',
  title: 'Action camera 4K',
  serial: 'SN000452',
  grade: 'D',
  amazonCondition: 'Unsellable',
  returnReference: '1Z999AA10123456784',
  reason: 'DEFECTIVE',
};

describe('buildReturnToVendorLabel', () => {
  it.each([203, 300] as const)('decodes reference and serial at %i dpi', async (dpi) => {
    const label = buildReturnToVendorLabel(faultyCamera, { dpi, t: createCaptionTranslator('en') });
    if (!label.ok) {
      throw new Error(JSON.stringify(label.error));
    }

    const pdf = await renderLabelPdf(label.value);
    if (process.env.PACKTRACE_LABEL_SAMPLES !== undefined) {
      mkdirSync(process.env.PACKTRACE_LABEL_SAMPLES, { recursive: true });
      writeFileSync(`${process.env.PACKTRACE_LABEL_SAMPLES}/return-to-vendor-label-${dpi}.pdf`, pdf);
    }
    const decoded = decodeBarcodesInPdf(pdf, dpi, 'Code128').map((barcode) => barcode.text);

    expect([...decoded].sort()).toEqual(['1Z999AA10123456784', 'SN000452']);
  });

  it('prints owner, grade and reason', async () => {
    const label = buildReturnToVendorLabel(faultyCamera, { dpi: 203, t: createCaptionTranslator('en') });
    if (!label.ok) {
      throw new Error(JSON.stringify(label.error));
    }

    const text = extractPdfText(await renderLabelPdf(label.value));

    expect(text).toContain('RETURN TO VENDOR');
    expect(text).toContain('Owner: Acme Retail (ACME)');
    expect(text).toContain('Grade D · Unsellable');
    expect(text).toContain('Reason: DEFECTIVE');
  });

  it('prints no reference barcode without one', async () => {
    const label = buildReturnToVendorLabel({ ...faultyCamera, returnReference: '', reason: '' }, { dpi: 203, t: createCaptionTranslator('en') });
    if (!label.ok) {
      throw new Error(JSON.stringify(label.error));
    }

    const pdf = await renderLabelPdf(label.value);

    expect(decodeBarcodesInPdf(pdf, 203, 'Code128').map((barcode) => barcode.text)).toEqual(['SN000452']);
    expect(extractPdfText(pdf)).toContain('Return without reference');
    expect(extractPdfText(pdf)).toContain('No return reason given');
  });

  it('rejects a reference Code 128 cannot encode', () => {
    const label = buildReturnToVendorLabel({ ...faultyCamera, returnReference: 'RMA–1' }, { dpi: 203, t: createCaptionTranslator('en') });

    expect(label.ok ? null : label.error.code).toBe('label-barcode-data-invalid');
  });
});
