import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import { decodeScan } from '../../../main/scan/decode';
import { unescapeScanLine } from '../../../main/scan/escapes';

// Public fixtures live in the shared folder beside the repository (CI keeps a copy there); each
// source folder carries its licence and origin notice.
const fixturesFolder = new URL('../../../../shared/fixtures/real/', import.meta.url);
const today = new Date('2025-06-15T00:00:00Z');

function readFixture(relativePath: string): string {
  return readFileSync(fileURLToPath(new URL(relativePath, fixturesFolder)), 'utf8');
}

describe('real scanner fixtures', () => {
  it('rejects Brockfeld GS1-128 for exclusive prices', () => {
    const result = decodeScan(readFixture('brockfeld-barcodeparser/ScannedBarcode.txt'), { today });

    // (3922) price and (3932) price with ISO currency must not appear together (ex=392n,393n).
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-pairing', part: '(3922)(3932)' } });
  });

  it('reads Brockfeld GS1-128 without pairing checks', () => {
    const result = decodeScan(readFixture('brockfeld-barcodeparser/ScannedBarcode.txt'), { today, checkPairings: false });

    expect(result).toMatchObject({ ok: true, value: {
      kind: 'gs1',
      symbology: { aim: ']C1', name: 'GS1-128' },
      ais: [
        { ai: '01', value: '04012345678901' },
        { ai: '17', value: '150129' },
        { ai: '10', value: 'ABC123' },
        { ai: '3932', value: '9714711', currency: '971', decimal: '47.11' },
        { ai: '3103', value: '000525', decimal: '0.525' },
        { ai: '3922', value: '4711', decimal: '47.11' },
        { ai: '421', value: '27649716' },
      ],
      fields: { gtin: '04012345678901', lot: 'ABC123', expiry: '2015-01-29' },
    } });
  });

  it('reads ZXing DataBar Expanded text', () => {
    const text = readFixture('zxing-blackbox/rssexpanded-2/12.txt').trim();

    const result = decodeScan(`]e0${text}`, { today });

    expect(result).toMatchObject({ ok: true, value: {
      kind: 'gs1',
      ais: [
        { ai: '01', value: '98898765432106' },
        { ai: '3103', value: '001750', decimal: '1.750' },
      ],
    } });
  });

  it('reads ZXing Code 128 air waybill as serial', () => {
    const result = decodeScan(readFixture('zxing-blackbox/code128-2/01.txt'), { today });

    expect(result).toMatchObject({ ok: true, value: { kind: 'serial', serial: '005-3379497200006' } });
  });

  it('reads ZXing PDF417 digits as serial', () => {
    const result = decodeScan(`]L0${readFixture('zxing-blackbox/pdf417-2/01.txt')}`, { today });

    expect(result).toMatchObject({ ok: true, value: { kind: 'serial', serial: '1234567890' } });
  });

  it('reads zxing-cpp GS1 DataMatrix text', () => {
    const result = decodeScan(`]d2${readFixture('zxing-cpp-samples/datamatrix-1/gs1-figure-4.15.1-2-32x32.txt')}`, { today });

    expect(result).toMatchObject({ ok: true, value: {
      kind: 'gs1',
      ais: [
        { ai: '01', value: '09504000059101' },
        { ai: '21', value: '12345678p901' },
        { ai: '10', value: '1234567p' },
        { ai: '17', value: '141120' },
        { ai: '8200', value: 'http://www.gs1.org/demo/' },
      ],
      fields: { gtin: '09504000059101', serial: '12345678p901', lot: '1234567p', expiry: '2014-11-20' },
    } });
  });

  it('rejects zxing-cpp GS1-128 short date', () => {
    // The sample encodes (16) sell-by with four digits, where GS1 requires six.
    const result = decodeScan(`]C1${readFixture('zxing-cpp-samples/code128-1/1.txt')}`, { today });

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-length', part: '(16)8901' } });
  });

  it('reads field-case replay notation', () => {
    const result = decodeScan(unescapeScanLine(']d20109506000123455' + '10LOT7A␝21SN000451'), { today });

    expect(result).toMatchObject({ ok: true, value: { fields: { lot: 'LOT7A', serial: 'SN000451' } } });
  });
});
