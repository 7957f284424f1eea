import { describe, expect, it } from 'vitest';
import { labelsForDisposition } from '../../../main/returns/relabel-needs';

describe('labelsForDisposition', () => {
  it('lists labels per disposition', () => {
    expect(labelsForDisposition('restock-new', true)).toEqual(['serial']);
    expect(labelsForDisposition('restock-used', true)).toEqual(['grade', 'fnsku-used', 'serial']);
    expect(labelsForDisposition('restock-used', false)).toEqual(['grade', 'serial']);
    expect(labelsForDisposition('refurbish', true)).toEqual(['grade', 'serial']);
    expect(labelsForDisposition('return-to-vendor', true)).toEqual(['return-to-vendor']);
    expect(labelsForDisposition('liquidate', true)).toEqual(['grade']);
    expect(labelsForDisposition('dispose', true)).toEqual([]);
  });
});
