import { describe, expect, it } from 'vitest';

import { foldSerialForComparison, isValidSerialText, MAX_SERIAL_LENGTH, normalizeSerial } from '../../../main/scan/serial';

describe('normalizeSerial', () => {
  it.each(['SN000457 ', 'SN000457\r', ' SN000457', 'SN000457\u00a0', '\tSN000457\n', '\ufeffSN000457\u200b', 'SN\u00ad000457'])(
    'normalizes %j to SN000457',
    (raw) => {
      expect(normalizeSerial(raw)).toBe('SN000457');
    },
  );

  it('folds full-width letters with NFKC', () => {
    expect(normalizeSerial('ＳＮ０００４５７')).toBe('SN000457');
  });

  it('keeps case and inner spaces', () => {
    expect(normalizeSerial(' ab 12 ')).toBe('ab 12');
  });
});

describe('foldSerialForComparison', () => {
  it('folds case-only duplicates together', () => {
    expect(foldSerialForComparison('sn000457')).toBe(foldSerialForComparison('SN000457'));
    expect(normalizeSerial('sn000457')).not.toBe('SN000457');
  });
});

describe('isValidSerialText', () => {
  it('rejects empty, control and long text', () => {
    expect(isValidSerialText('')).toBe(false);
    expect(isValidSerialText('SN\u001d1')).toBe(false);
    expect(isValidSerialText('S'.repeat(MAX_SERIAL_LENGTH + 1))).toBe(false);
    expect(isValidSerialText('S'.repeat(MAX_SERIAL_LENGTH))).toBe(true);
  });
});
