import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { buildSerialLabel, type SerialLabelData } from '../../../main/labels/serial-label';
import { decodeBarcodesInPdf, extractPdfText } from './pdf-tools';

const camera: SerialLabelData = {
  clientCode: 'ACME',
  sku: 'CAM-1',
  title: 'Action camera 4K',
  gtin: '09506000123455',
  serial: 'ACME-2601-000042',
  lot: 'L7',
  expiry: '2027-03-31',
};

describe('buildSerialLabel', () => {
  it.each([203, 300] as const)('decodes GS1-128 at %i dpi', async (dpi) => {
    const label = buildSerialLabel(camera, { dpi, t: createCaptionTranslator('en') });
    if (!label.ok) {
      throw new Error(JSON.stringify(label.error));
    }

    const pdf = await renderLabelPdf(label.value);
    if (process.env.PACKTRACE_LABEL_SAMPLES !== undefined) {
      mkdirSync(process.env.PACKTRACE_LABEL_SAMPLES, { recursive: true });
      writeFileSync(`${process.env.PACKTRACE_LABEL_SAMPLES}/serial-label-${dpi}.pdf`, pdf);
    }
    const decoded = decodeBarcodesInPdf(pdf, dpi, 'Code128');

    expect(decoded.map((barcode) => barcode.text)).toEqual(['010950600012345521ACME-2601-000042']);
    expect(decoded[0]?.identifier).toBe(']C1');
    expect(extractPdfText(pdf)).toContain('Lot L7');
  });

  it('uses Code 128 without GTIN', async () => {
    const label = buildSerialLabel({ ...camera, gtin: null, lot: null, expiry: null }, { dpi: 203, t: createCaptionTranslator('de') });
    if (!label.ok) {
      throw new Error(JSON.stringify(label.error));
    }

    const decoded = decodeBarcodesInPdf(await renderLabelPdf(label.value), 203, 'Code128');

    expect(decoded.map((barcode) => [barcode.text, barcode.identifier])).toEqual([['ACME-2601-000042', ']C0']]);
  });

  it('rejects a serial Code 128 cannot encode', () => {
    const label = buildSerialLabel({ ...camera, serial: 'SN-Ω1' }, { dpi: 203, t: createCaptionTranslator('en') });

    expect(label.ok ? null : label.error.code).toBe('label-barcode-data-invalid');
  });
});
