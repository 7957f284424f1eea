import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCaptionTranslator } from '../../../main/labels/captions';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { buildLocationLabel } from '../../../main/locations/location-label';
import { parseLocationBarcode } from '../../../main/locations/locations';
import { decodeBarcodesInPdf, extractPdfText } from '../labels/pdf-tools';

describe('buildLocationLabel', () => {
  it.each([203, 300] as const)('decodes the location at %i dpi', async (dpi) => {
    const label = buildLocationLabel({ id: 1, code: 'A-01-03', name: 'Aisle A, bay 1, shelf 3' }, { dpi, t: createCaptionTranslator('pl') });
    if (!label.ok) {
      throw new Error(JSON.stringify(label.error));
    }

    const pdf = await renderLabelPdf(label.value);
    if (process.env.PACKTRACE_LABEL_SAMPLES !== undefined) {
      mkdirSync(process.env.PACKTRACE_LABEL_SAMPLES, { recursive: true });
      writeFileSync(`${process.env.PACKTRACE_LABEL_SAMPLES}/location-label-${dpi}.pdf`, pdf);
    }
    const decoded = decodeBarcodesInPdf(pdf, dpi, 'Code128');

    expect(decoded.map((barcode) => parseLocationBarcode(barcode.text))).toEqual(['A-01-03']);
    expect(extractPdfText(pdf)).toContain('Lokalizacja');
  });
});
