import { describe, expect, it } from 'vitest';

import { decodeScan, type DecodeOptions } from '../../../main/scan/decode';
import type { ScanValue } from '../../../main/scan/types';

const today = new Date('2025-06-15T00:00:00Z');
const GS = '\u001d';

function decodeOk(raw: string, options: DecodeOptions = {}): ScanValue {
  const result = decodeScan(raw, { today, ...options });
  if (!result.ok) {
    throw new Error(`expected ${JSON.stringify(raw)} to decode, got ${result.error.code}: ${result.error.message}`);
  }
  return result.value;
}

function decodeErrorCode(raw: string, options: DecodeOptions = {}): string {
  const result = decodeScan(raw, { today, ...options });
  return result.ok ? `decoded as ${result.value.kind}` : result.error.code;
}

function aiValues(scan: ScanValue): Record<string, string> {
  expect(scan.kind).toBe('gs1');
  return scan.kind === 'gs1' ? Object.fromEntries(scan.ais.map((pair) => [pair.ai, pair.value])) : {};
}

describe('GS separators in element strings', () => {
  it('keeps lot and serial apart', () => {
    const scan = decodeOk(`]d20109506000123455` + `10LOT7A${GS}21SN000451\r`);

    expect(aiValues(scan)).toEqual({ '01': '09506000123455', '10': 'LOT7A', '21': 'SN000451' });
    expect(scan).toMatchObject({ kind: 'gs1', fields: { gtin: '09506000123455', lot: 'LOT7A', serial: 'SN000451' } });
  });

  it('keeps lot and serial apart without AIM identifier', () => {
    const scan = decodeOk(`0109506000123455` + `10LOT7A${GS}21SN000451`);

    expect(aiValues(scan)['10']).toBe('LOT7A');
    expect(aiValues(scan)['21']).toBe('SN000451');
  });

  it('rejects a dropped GS as ambiguous', () => {
    const raw = '010950600012345521SN123451727033110B77';

    expect(decodeErrorCode(raw)).toBe('ambiguous-separator');
    expect(decodeErrorCode(`]d2${raw}`)).toBe('ambiguous-separator');
  });

  it('rejects a serial hiding a dated field', () => {
    expect(decodeErrorCode(`]d2010950600012345521ABC17270331`)).toBe('ambiguous-separator');
  });

  it.each(['HS000101', 'SN0010A', 'AB2100X'])('accepts serial %s with AI-like digits', (serial) => {
    const scan = decodeOk(`]d20109506000123455` + `21${serial}`);

    expect(aiValues(scan)).toEqual({ '01': '09506000123455', '21': serial });
  });

  it.each(['|', ' '])('reads fields with GS substitute %j', (substitute) => {
    const scan = decodeOk(`]d2010950600012345521SN12345${substitute}1727033110B77`, { gsSubstitute: substitute });

    expect(aiValues(scan)).toEqual({ '01': '09506000123455', '21': 'SN12345', '17': '270331', '10': 'B77' });
    expect(scan).toMatchObject({ kind: 'gs1', fields: { expiry: '2027-03-31' } });
  });

  it('reads GS substitute without AIM identifier', () => {
    const scan = decodeOk('010950600012345521SN12345|1727033110B77', { gsSubstitute: '|' });

    expect(aiValues(scan)['21']).toBe('SN12345');
  });

  it('rejects a substitute from character set 82', () => {
    expect(decodeErrorCode('0109506000123455', { gsSubstitute: '-' })).toBe('invalid-option');
    expect(decodeErrorCode('0109506000123455', { gsSubstitute: '||' })).toBe('invalid-option');
  });
});

describe('expiry day 00', () => {
  it.each([
    ['17190700', '2019-07-31'],
    ['17250200', '2025-02-28'],
    ['17280200', '2028-02-29'],
  ])('reads %s as %s', (expiryField, isoDate) => {
    const scan = decodeOk(`]C10109506000123455${expiryField}10L7`);

    expect(scan).toMatchObject({ kind: 'gs1', fields: { expiry: isoDate } });
  });
});

describe('decimal AIs', () => {
  it('rejects the three-digit AI 310', () => {
    expect(decodeErrorCode('(01)09506000123455(310)3001250')).toBe('unknown-ai');
  });

  it('reads net weight with three decimals', () => {
    const scan = decodeOk('(01)09506000123455(3103)001250');

    expect(scan).toMatchObject({ kind: 'gs1', ais: [{ ai: '01' }, { ai: '3103', value: '001250', decimal: '1.250' }] });
  });

  it('reads net weight with two decimals', () => {
    const scan = decodeOk('(01)09506000123455(3102)000125');

    expect(scan).toMatchObject({ kind: 'gs1', ais: [{ ai: '01' }, { decimal: '1.25' }] });
  });

  it('reads price with two decimals', () => {
    const scan = decodeOk('(01)09506000123455(3102)000125(3922)1299');

    expect(scan).toMatchObject({ kind: 'gs1', ais: [{ ai: '01' }, { ai: '3102' }, { ai: '3922', value: '1299', decimal: '12.99' }] });
  });

  it('reads standalone measures without pairing checks', () => {
    const weight = decodeOk('(3103)001250', { checkPairings: false });
    const price = decodeOk(']C139221299', { checkPairings: false });

    expect(weight).toMatchObject({ kind: 'gs1', ais: [{ decimal: '1.250' }] });
    expect(price).toMatchObject({ kind: 'gs1', ais: [{ decimal: '12.99' }] });
  });

  it('rejects a bare 3926 without crashing', () => {
    expect(decodeErrorCode('(3926)')).toBe('invalid-length');
    expect(decodeErrorCode(']C13926')).toBe('invalid-length');
  });
});

describe('GTIN check digits', () => {
  it.each([
    ['9506000101040', '09506000101040'],
    ['09506000201030', '09506000201030'],
  ])('accepts %s with check digit 0', (raw, gtin) => {
    expect(decodeOk(raw)).toEqual({ kind: 'gtin', symbology: { aim: null, name: null }, gtin });
  });

  it('rejects a wrong check digit', () => {
    expect(decodeErrorCode('9506000101041')).toBe('invalid-check-digit');
    expect(decodeErrorCode(']E09506000101041')).toBe('invalid-check-digit');
  });

  it('normalizes EAN-8 and UPC-A to GTIN-14', () => {
    expect(decodeOk(']E495060002')).toMatchObject({ kind: 'gtin', gtin: '00000095060002', symbology: { name: 'EAN-8' } });
    expect(decodeOk('036000291452')).toMatchObject({ kind: 'gtin', gtin: '00036000291452' });
  });

  it('reads an 8-digit number with wrong check digit as serial', () => {
    expect(decodeOk('12345678')).toMatchObject({ kind: 'serial', serial: '12345678' });
  });
});

describe('SSCC', () => {
  it('recognises GS1-128 SSCC', () => {
    expect(decodeOk(']C100109506000000000429')).toEqual({
      kind: 'sscc',
      symbology: { aim: ']C1', name: 'GS1-128' },
      sscc: '109506000000000429',
    });
  });

  it('recognises SSCC from plain Code 128', () => {
    expect(decodeOk(']C000109506000000000429')).toMatchObject({ kind: 'sscc', sscc: '109506000000000429' });
    expect(decodeOk('109506000000000429')).toMatchObject({ kind: 'sscc', sscc: '109506000000000429' });
    expect(decodeOk('00109506000000000429')).toMatchObject({ kind: 'sscc', sscc: '109506000000000429' });
  });

  it('rejects an SSCC with wrong check digit', () => {
    expect(decodeErrorCode(']C100109506000000000428')).toBe('invalid-check-digit');
    expect(decodeErrorCode('109506000000000428')).toBe('invalid-check-digit');
    expect(decodeErrorCode('00109506000000000428')).toBe('invalid-check-digit');
  });
});

describe('AIM identifiers', () => {
  it('reads non-GS1 Code 128 as plain data', () => {
    expect(decodeOk(']C00109506000123455')).toMatchObject({ kind: 'serial', serial: '0109506000123455' });
  });

  it('forces GS1 parsing for GS1 QR', () => {
    expect(decodeErrorCode(']Q3SN000451')).toBe('unknown-ai');
  });

  it.each([
    [']C1', 'GS1-128'],
    [']d2', 'GS1 DataMatrix'],
    [']Q3', 'GS1 QR Code'],
    [']e0', 'GS1 DataBar'],
  ])('names symbology %s', (aim, name) => {
    expect(decodeOk(`${aim}0109506000123455` + `21SN1`).symbology).toEqual({ aim, name });
  });

  it.each([
    [']A0', 'Code 39'],
    [']d1', 'DataMatrix'],
    [']Q1', 'QR Code'],
    [']L0', 'PDF417'],
  ])('reads %s data as serial', (aim, name) => {
    expect(decodeOk(`${aim}SN000451`)).toEqual({ kind: 'serial', symbology: { aim, name }, serial: 'SN000451' });
  });

  it('rejects an identifier without data', () => {
    expect(decodeErrorCode(']d2')).toBe('empty');
  });
});

describe('plain data', () => {
  it('reads FNSKU in lower case', () => {
    expect(decodeOk(' x00abc1234')).toMatchObject({ kind: 'fnsku', fnsku: 'X00ABC1234' });
  });

  it('rejects FNSKU of 9 or 11 characters', () => {
    expect(decodeErrorCode('X00ABC123')).toBe('invalid-fnsku');
    expect(decodeErrorCode('X00ABC12345')).toBe('invalid-fnsku');
  });

  it('reads FBA box ID', () => {
    expect(decodeOk('FBA15ABCDE12U000001')).toMatchObject({ kind: 'fba-box-id', shipmentId: 'FBA15ABCDE12', boxNumber: 1 });
  });

  it('reads command barcodes', () => {
    expect(decodeOk('#PT:NEW-CARTON')).toMatchObject({ kind: 'command', command: 'new-carton' });
    expect(decodeErrorCode('#PT:SHIP')).toBe('unknown-command');
  });

  it('normalizes serial whitespace', () => {
    expect(decodeOk('\u200bSN000457\u00a0\r\n')).toMatchObject({ kind: 'serial', serial: 'SN000457' });
  });

  it('rejects empty and whitespace scans', () => {
    expect(decodeErrorCode('')).toBe('empty');
    expect(decodeErrorCode(' \r\n\t\u00a0\ufeff')).toBe('empty');
  });

  it('rejects control characters in serial', () => {
    expect(decodeErrorCode('SN\u0007000457')).toBe('invalid-serial');
  });

  it('reads short AI-like text as serial', () => {
    expect(decodeOk('10ABC')).toMatchObject({ kind: 'serial', serial: '10ABC' });
    expect(decodeOk('21SN000451')).toMatchObject({ kind: 'serial', serial: '21SN000451' });
  });
});

describe('GS1 inference without identifier', () => {
  it('reads a GS as GS1 signal', () => {
    expect(decodeErrorCode(`10LOT1${GS}`)).toBe('invalid-pairing');
  });

  it('reports errors after a valid GTIN field', () => {
    expect(decodeErrorCode('0109506000123455' + '17251301')).toBe('invalid-date');
    expect(decodeErrorCode('0109506000123455' + '9')).toBe('unknown-ai');
  });

  it('reads ISO/IEC 15434 format 05', () => {
    const scan = decodeOk(`[)>\u001e05${GS}0109506000123455${GS}21SN1\u001e\u0004`);

    expect(aiValues(scan)).toEqual({ '01': '09506000123455', '21': 'SN1' });
  });
});
