import { describe, expect, it } from 'vitest';
import { guessReferenceKind } from '../../../main/returns/reference-guess';

describe('guessReferenceKind', () => {
  it('recognises a UPS tracking number', () => {
    expect(guessReferenceKind(' 1z6v519y5555555555 ')).toEqual({ referenceKind: 'tracking-number', reference: '1Z6V519Y5555555555', trackingNumber: '1Z6V519Y5555555555' });
  });

  it('recognises an Amazon license plate', () => {
    expect(guessReferenceKind('LPNRR100000001')).toEqual({ referenceKind: 'amazon-return', reference: 'LPNRR100000001', trackingNumber: null });
  });

  it('keeps anything else as an RMA', () => {
    expect(guessReferenceKind(' DtAAAKx5AAAA ')).toEqual({ referenceKind: 'rma', reference: 'DtAAAKx5AAAA', trackingNumber: null });
    expect(guessReferenceKind('1Z123')).toMatchObject({ referenceKind: 'rma' });
  });
});
