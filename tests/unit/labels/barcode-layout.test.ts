import { describe, expect, it } from 'vitest';
import { layoutBarcode } from '../../../main/labels/barcode-layout';
import { chooseModuleDots, dotsToMm, moduleWidthMm } from '../../../main/labels/dots';
import type { BarcodeElement, Dpi } from '../../../main/labels/model';

// An FNSKU in Code 128 across the full width of a 2.25 × 1.25 in thermal label.
const fnskuLabelWidthMm = 2.25 * 25.4;

function fnskuBarcode(moduleDots: number): BarcodeElement {
  return {
    kind: 'barcode',
    symbology: 'code128',
    data: 'X00ABC1234',
    xMm: 0,
    yMm: 4,
    widthMm: fnskuLabelWidthMm,
    barHeightMm: 15,
    moduleDots,
    quietZoneModules: 10,
    align: 'center',
    humanReadable: null,
  };
}

function expectOnDotGrid(dpi: Dpi, element: BarcodeElement): void {
  const layout = layoutBarcode(element, dpi);
  expect(layout.ok).toBe(true);
  if (!layout.ok) return;
  for (const bar of layout.value.bars) {
    expect(Number.isInteger(bar.leftDots)).toBe(true);
    expect(bar.widthDots % element.moduleDots).toBe(0);
  }
}

describe('layoutBarcode', () => {
  it('fits FNSKU at 2 dots on 203 dpi', () => {
    const layout = layoutBarcode(fnskuBarcode(2), 203);
    expect(layout.ok).toBe(true);
    if (!layout.ok) return;

    expect(moduleWidthMm(203, layout.value.moduleDots)).toBeCloseTo(0.2502, 4);
    expect(layout.value.bars.every((bar) => bar.widthDots % 2 === 0)).toBe(true);
    expect(Math.min(...layout.value.bars.map((bar) => bar.widthDots))).toBe(2);

    const quietZoneDots = 10 * 2;
    const boxRightDots = Math.floor((fnskuLabelWidthMm * 203) / 25.4);
    const symbolRightDots = layout.value.symbolLeftDots + layout.value.symbolWidthDots;
    expect(layout.value.symbolLeftDots).toBeGreaterThanOrEqual(quietZoneDots);
    expect(boxRightDots - symbolRightDots).toBeGreaterThanOrEqual(quietZoneDots);
  });

  it('rejects FNSKU at 3 dots on 203 dpi', () => {
    const layout = layoutBarcode(fnskuBarcode(3), 203);
    expect(layout.ok).toBe(false);
    if (layout.ok) return;

    expect(layout.error).toMatchObject({ code: 'label-barcode-does-not-fit', dpi: 203, moduleDots: 3 });
    if (layout.error.code !== 'label-barcode-does-not-fit') return;
    // 134 modules of symbol plus 2 × 10 of quiet zone, at 3 dots each.
    expect(layout.error.neededMm).toBeCloseTo(dotsToMm(203, 154 * 3), 9);
    expect(layout.error.availableMm).toBeCloseTo(dotsToMm(203, 456), 9);
    expect(layout.error.neededMm).toBeGreaterThan(layout.error.availableMm);
  });

  it('uses whole dots for FNSKU at 300 dpi', () => {
    const moduleDots = chooseModuleDots(300, moduleWidthMm(203, 2));
    expect(moduleDots).toBe(3);
    expectOnDotGrid(300, fnskuBarcode(moduleDots));
  });

  it('snaps an off-grid box onto the dot grid', () => {
    for (const dpi of [203, 300] as const) {
      const element = { ...fnskuBarcode(2), xMm: 0.37, widthMm: 50.01, align: 'left' as const };
      expectOnDotGrid(dpi, element);
      const layout = layoutBarcode(element, dpi);
      if (!layout.ok) return;
      // The box starts on the first dot edge inside 0.37 mm and the quiet zone follows it.
      expect(layout.value.symbolLeftDots).toBe(Math.ceil((0.37 * dpi) / 25.4) + 20);
    }
  });

  it('passes encoder errors through', () => {
    const layout = layoutBarcode({ ...fnskuBarcode(2), symbology: 'gs1-128', data: '(00)109506000000000428' }, 203);
    expect(layout.ok ? 'accepted' : layout.error.code).toBe('label-barcode-data-invalid');
  });
});
