import { describe, expect, it } from 'vitest';
import { cartonLabelPageSizeMicrons, cartonLabelPrintOptions } from '../../../main/shell/print-page';

describe('cartonLabelPrintOptions', () => {
  it('prints 4 x 6 in without margins', () => {
    const options = cartonLabelPrintOptions();

    expect(options.silent).toBe(true);
    expect(options.pageSize).toEqual({ width: 4 * 25_400, height: 6 * 25_400 });
    expect(options.margins).toEqual({ marginType: 'none' });
  });

  it('copies the page size', () => {
    const options = cartonLabelPrintOptions();

    expect(options.pageSize).not.toBe(cartonLabelPageSizeMicrons);
  });
});
