import { describe, expect, it } from 'vitest';
import { labelKindsForDisposition, printerLabelKind } from '../../../../main/returns/relabel/relabel-plan';

describe('labelKindsForDisposition', () => {
  it.each([
    ['restock-new', true, ['serial']],
    ['restock-used', true, ['grade', 'fnsku-used']],
    ['restock-used', false, ['grade']],
    ['refurbish', true, ['grade', 'serial']],
    ['return-to-vendor', true, ['return-to-vendor']],
    ['liquidate', true, ['grade']],
    ['dispose', false, ['grade']],
    [null, true, ['grade']],
  ] as const)('gives %s (FNSKU %s) its labels', (disposition, hasFnsku, expected) => {
    expect(labelKindsForDisposition(disposition, hasFnsku)).toEqual(expected);
  });
});

describe('printerLabelKind', () => {
  it('shares the FBA and receiving printers', () => {
    expect(printerLabelKind('fnsku-used')).toBe('fnsku');
    expect(printerLabelKind('serial')).toBe('serial');
    expect(printerLabelKind('grade')).toBe('grade');
    expect(printerLabelKind('return-to-vendor')).toBe('return-to-vendor');
  });
});
