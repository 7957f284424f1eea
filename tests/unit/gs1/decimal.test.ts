import { describe, expect, it } from 'vitest';

import { insertDecimalPoint, readDecimalAi } from '../../../main/gs1/decimal';

describe('readDecimalAi', () => {
  it('reads measures and prices', () => {
    expect(readDecimalAi('3103', '001250')).toEqual({ decimal: '1.250' });
    expect(readDecimalAi('3102', '000125')).toEqual({ decimal: '1.25' });
    expect(readDecimalAi('3922', '1299')).toEqual({ decimal: '12.99' });
    expect(readDecimalAi('3100', '000125')).toEqual({ decimal: '125' });
  });

  it('reads the currency of 393n', () => {
    expect(readDecimalAi('3932', '9781299')).toEqual({ currency: '978', decimal: '12.99' });
  });

  it('returns null for other AIs', () => {
    expect(readDecimalAi('17', '250101')).toBeNull();
    expect(readDecimalAi('8005', '000125')).toBeNull();
  });

  it('pads short values', () => {
    expect(insertDecimalPoint('5', 3)).toBe('0.005');
    expect(insertDecimalPoint('000', 0)).toBe('0');
  });
});
