import { describe, expect, it } from 'vitest';

import { parseDigitalLink } from '../../../main/scan/digital-link';

const options = { today: new Date('2025-06-15T00:00:00Z'), checkPairings: true };

function errorCode(uri: string): string {
  const result = parseDigitalLink(uri, options);
  return result.ok ? 'parsed' : result.error.code;
}

describe('parseDigitalLink', () => {
  it('reads key, qualifier and attribute', () => {
    expect(parseDigitalLink('https://id.example.org/01/09506000123455/21/SN000452?17=271231', options)).toEqual({
      ok: true,
      value: [
        { ai: '01', value: '09506000123455' },
        { ai: '21', value: 'SN000452' },
        { ai: '17', value: '271231' },
      ],
    });
  });

  it('rejects a GTIN with a dropped digit', () => {
    expect(errorCode('https://id.example.org/01/0950600012345/21/SN00452?17=271231')).toBe('invalid-check-digit');
  });

  it('pads a GTIN-13 to 14 digits', () => {
    const result = parseDigitalLink('http://example.com/01/9506000101040', options);

    expect(result).toMatchObject({ ok: true, value: [{ ai: '01', value: '09506000101040' }] });
  });

  it('accepts a path prefix and extra parameters', () => {
    const result = parseDigitalLink('https://brand.example/products/x/01/09506000123455/10/L%2F1?linkType=gs1:pip&3103=001250', options);

    expect(result).toEqual({ ok: true, value: [
      { ai: '01', value: '09506000123455' },
      { ai: '10', value: 'L/1' },
      { ai: '3103', value: '001250', decimal: '1.250' },
    ] });
  });

  it('percent-decodes exactly once', () => {
    const result = parseDigitalLink('https://id.example.org/01/09506000123455/21/A%2541', options);

    expect(result).toMatchObject({ ok: true, value: [{ ai: '01' }, { ai: '21', value: 'A%41' }] });
  });

  it('rejects qualifiers out of order', () => {
    expect(errorCode('https://id.example.org/01/09506000123455/21/S1/10/L1')).toBe('invalid-digital-link');
  });

  it('rejects unknown or forbidden attributes', () => {
    expect(errorCode('https://id.example.org/01/09506000123455?310=3001250')).toBe('invalid-digital-link');
    expect(errorCode('https://id.example.org/01/09506000123455?21=S1')).toBe('invalid-digital-link');
  });

  it('rejects links without primary key', () => {
    expect(errorCode('https://example.org/shop/item')).toBe('invalid-digital-link');
    expect(errorCode('https://id.example.org/01/09506000123455/21')).toBe('invalid-digital-link');
  });

  it('rejects malformed escapes and dates', () => {
    expect(errorCode('https://id.example.org/01/09506000123455/21/A%ZZ')).toBe('invalid-digital-link');
    expect(errorCode('https://id.example.org/01/09506000123455?17=271331')).toBe('invalid-date');
  });

  it('reads an SSCC key', () => {
    const result = parseDigitalLink('https://id.example.org/00/109506000000000429', options);

    expect(result).toEqual({ ok: true, value: [{ ai: '00', value: '109506000000000429' }] });
  });
});
