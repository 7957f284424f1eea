import { describe, expect, it } from 'vitest';

import { formatFbaBoxId, parseFbaBoxId } from '../../../main/scan/fba-box-id';

describe('parseFbaBoxId', () => {
  it('splits shipment ID and box number', () => {
    expect(parseFbaBoxId('FBA15ABCDE12U000001')).toEqual({ shipmentId: 'FBA15ABCDE12', boxNumber: 1 });
    expect(parseFbaBoxId('fba15abcde12u000120')).toEqual({ shipmentId: 'FBA15ABCDE12', boxNumber: 120 });
  });

  it.each(['FBA15ABCDE12U000000', 'FBA15ABCDE12U00001', 'FBA15ABCDE12', 'XBA15ABCDE12U000001'])('rejects %s', (text) => {
    expect(parseFbaBoxId(text)).toBeNull();
  });

  it('formats with six-digit box number', () => {
    expect(formatFbaBoxId({ shipmentId: 'FBA15ABCDE12', boxNumber: 3 })).toBe('FBA15ABCDE12U000003');
  });
});
