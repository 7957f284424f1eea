import { describe, expect, it } from 'vitest';
import type { Dpi, LabelDocument, Pdf417Element } from '../../../main/labels/model';
import { renderLabelPdf } from '../../../main/labels/pdf-renderer';
import { encodePdf417, layoutPdf417 } from '../../../main/labels/pdf417';
import { validateLabelDocument } from '../../../main/labels/validate';
import { decodeBarcodesInPdf } from './pdf-tools';

const payload = 'AMZN,PO:FBA15ABCDE12,FNSKU:X00ABC1234,QTY:3,FNSKU:X00XYZ9876,QTY:12';

function pdf417(overrides: Partial<Pdf417Element> = {}): Pdf417Element {
  return {
    kind: 'pdf417',
    data: payload,
    xMm: 4,
    yMm: 4,
    widthMm: 93.6,
    heightMm: 90,
    moduleDots: 5,
    rowHeightModules: 3,
    columns: 4,
    errorCorrectionLevel: 6,
    quietZoneModules: 2,
    align: 'center',
    ...overrides,
  };
}

describe('encodePdf417', () => {
  it('returns a whole module grid', () => {
    const encoded = encodePdf417(payload, 4, 6);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;

    // 17 modules per codeword: start, left indicator, 4 data, right indicator, then an 18-module stop.
    expect(encoded.value.columnsModules).toBe(17 * 4 + 69);
    expect(encoded.value.modules).toHaveLength(encoded.value.rows);
  });

  it('rejects empty data', () => {
    const encoded = encodePdf417('', 4, 6);
    expect(encoded.ok).toBe(false);
  });
});

describe('layoutPdf417', () => {
  it('places every rectangle on the dot grid', () => {
    const layout = layoutPdf417(pdf417(), 203);
    expect(layout.ok).toBe(true);
    if (!layout.ok) return;

    for (const rectangle of layout.value.rectangles) {
      expect(Number.isInteger(rectangle.leftDots)).toBe(true);
      expect(rectangle.widthDots % 5).toBe(0);
      expect(rectangle.heightDots).toBe(15);
    }
  });

  it('rejects a symbol wider than its box', () => {
    const layout = layoutPdf417(pdf417({ widthMm: 60 }), 203);
    expect(layout.ok).toBe(false);
    if (layout.ok) return;

    expect(layout.error.code).toBe('label-barcode-does-not-fit');
  });

  it('rejects a symbol taller than its box', () => {
    const layout = layoutPdf417(pdf417({ heightMm: 10 }), 203);
    expect(layout.ok).toBe(false);
  });

  it('throws on a row height under 3 modules', () => {
    expect(() => layoutPdf417(pdf417({ rowHeightModules: 2 }), 203)).toThrow(/at least 3/);
  });
});

describe('PDF417 in a rendered PDF', () => {
  it.each([203, 300] as const)('decodes back at %i dpi', async (dpi: Dpi) => {
    const document: LabelDocument = {
      widthMm: 101.6,
      heightMm: 100,
      dpi,
      title: 'PDF417 test',
      elements: [pdf417({ moduleDots: dpi === 203 ? 5 : 6 })],
    };
    expect(validateLabelDocument(document).ok).toBe(true);

    const decoded = decodeBarcodesInPdf(await renderLabelPdf(document), dpi, 'PDF417');
    expect(decoded.map((barcode) => barcode.text)).toEqual([payload]);
  });
});
