import { describe, expect, it } from 'vitest';
import { matchReturnLine } from '../../../main/returns/line-match';
import type { ReturnLineRow } from '../../../main/returns/returns-store';

const camera = { productId: 1, sku: 'CAM-1', fnsku: 'X00CAM0001' };

function line(fields: Partial<ReturnLineRow>): ReturnLineRow {
  return { id: 1, returnId: 1, productId: 1, sku: 'CAM-1', fnsku: null, expectedSerial: null, quantityExpected: 1, quantityReceived: 0, ...fields };
}

describe('matchReturnLine', () => {
  it('reports no lines', () => {
    expect(matchReturnLine([], camera, 'SN1')).toEqual({ kind: 'no-lines' });
  });

  it('matches by product id', () => {
    expect(matchReturnLine([line({})], camera, 'SN1').kind).toBe('matched');
  });

  it('matches an unknown product by FNSKU', () => {
    expect(matchReturnLine([line({ productId: null, sku: 'OTHER', fnsku: 'X00CAM0001' })], camera, 'SN1').kind).toBe('matched');
  });

  it('reports another product', () => {
    expect(matchReturnLine([line({ productId: 2, sku: 'LENS-2' })], camera, 'SN1')).toEqual({ kind: 'other-product', expectedSkus: ['LENS-2'] });
  });

  it('prefers the line of the serial', () => {
    const lines = [line({ id: 1 }), line({ id: 2, expectedSerial: 'sn1' })];

    expect(matchReturnLine(lines, camera, 'SN1')).toMatchObject({ kind: 'matched', line: { id: 2 } });
  });

  it('reports a swapped serial', () => {
    expect(matchReturnLine([line({ expectedSerial: 'SN1' })], camera, 'SN2')).toMatchObject({ kind: 'other-serial', expectedSerials: ['SN1'] });
  });

  it('reports a full line', () => {
    expect(matchReturnLine([line({ quantityReceived: 1 })], camera, 'SN2').kind).toBe('more-than-expected');
  });
});
