import { describe, expect, it } from 'vitest';
import {
  optionalFnsku,
  optionalGtin,
  optionalSerialPattern,
  requiredIdentifier,
  shipmentKind,
  wholeNumber,
  yesNo,
} from '../../../main/imports/values';

describe('import value validators', () => {
  it('keeps identifiers as text', () => {
    expect(requiredIdentifier(' 000123 ')).toEqual({ ok: true, value: '000123' });
    expect(requiredIdentifier('12E34')).toEqual({ ok: true, value: '12E34' });
    expect(requiredIdentifier('=SUM(A1)')).toEqual({ ok: true, value: '=SUM(A1)' });
  });

  it('rejects empty and overlong identifiers', () => {
    expect(requiredIdentifier('  ')).toEqual({ ok: false, error: 'required' });
    expect(requiredIdentifier('x'.repeat(65))).toEqual({ ok: false, error: 'identifier' });
    expect(requiredIdentifier('A\nB')).toEqual({ ok: false, error: 'identifier' });
  });

  it('normalizes GTINs to fourteen digits', () => {
    expect(optionalGtin('9506000001012')).toEqual({ ok: true, value: '09506000001012' });
    expect(optionalGtin('09506000001012')).toEqual({ ok: true, value: '09506000001012' });
    expect(optionalGtin('')).toEqual({ ok: true, value: null });
  });

  it('rejects GTINs with a wrong check digit', () => {
    expect(optionalGtin('9506000001013')).toEqual({ ok: false, error: 'gtin' });
    expect(optionalGtin('123456789013')).toEqual({ ok: false, error: 'gtin' });
    expect(optionalGtin('9506000001')).toEqual({ ok: false, error: 'gtin' });
    expect(optionalGtin('9.506E+12')).toEqual({ ok: false, error: 'gtin' });
  });

  it('accepts only plain whole numbers', () => {
    expect(wholeNumber('007', 1)).toEqual({ ok: true, value: 7 });
    expect(wholeNumber('0', 0)).toEqual({ ok: true, value: 0 });
    for (const raw of ['0', '-1', '1.5', '1e3', '1,000', '', '1000001', 'NaN']) {
      expect(wholeNumber(raw, 1), raw).toEqual({ ok: false, error: 'positiveWholeNumber' });
    }
  });

  it('reads yes/no words and defaults empty', () => {
    expect(yesNo('', true)).toEqual({ ok: true, value: true });
    expect(yesNo('No', true)).toEqual({ ok: true, value: false });
    expect(yesNo('1', false)).toEqual({ ok: true, value: true });
    expect(yesNo('maybe', true)).toEqual({ ok: false, error: 'yesNo' });
  });

  it('checks FNSKU shape and upper-cases it', () => {
    expect(optionalFnsku('x00demo001')).toEqual({ ok: true, value: 'X00DEMO001' });
    expect(optionalFnsku('X00DEMO')).toEqual({ ok: false, error: 'fnsku' });
  });

  it('defaults shipment kind to customer order', () => {
    expect(shipmentKind('')).toEqual({ ok: true, value: 'customer-order' });
    expect(shipmentKind('FBA-Inbound')).toEqual({ ok: true, value: 'fba-inbound' });
    expect(shipmentKind('return')).toEqual({ ok: false, error: 'shipmentKind' });
  });

  it('rejects serial patterns that do not compile', () => {
    expect(optionalSerialPattern('^SN[0-9]{8}$')).toEqual({ ok: true, value: '^SN[0-9]{8}$' });
    expect(optionalSerialPattern('^SN[0-9')).toEqual({ ok: false, error: 'regularExpression' });
  });
});
