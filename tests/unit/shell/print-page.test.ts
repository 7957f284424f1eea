import { describe, expect, it } from 'vitest';
import { labelPrintOptions, mmToMicrons } from '../../../main/shell/print-page';

describe('labelPrintOptions', () => {
  it('prints 4 x 6 in without margins', () => {
    const options = labelPrintOptions({ widthMm: 101.6, heightMm: 152.4 }, 'Zebra_GK420d');

    expect(options.silent).toBe(true);
    expect(options.deviceName).toBe('Zebra_GK420d');
    expect(options.pageSize).toEqual({ width: 4 * 25_400, height: 6 * 25_400 });
    expect(options.margins).toEqual({ marginType: 'none' });
    expect(options.printBackground).toBe(true);
    expect(options.scaleFactor).toBe(100);
  });

  it('uses the label size', () => {
    const options = labelPrintOptions({ widthMm: 57.15, heightMm: 31.75 }, 'Zebra_GK420d');

    expect(options.pageSize).toEqual({ width: 57_150, height: 31_750 });
  });
});

describe('mmToMicrons', () => {
  it.each([
    [101.6, 101_600],
    [152.4, 152_400],
    [0.0004, 0],
    [0.0006, 1],
  ])('converts %f mm', (mm, microns) => {
    expect(mmToMicrons(mm)).toBe(microns);
  });
});
