import { describe, expect, it } from 'vitest';

import { unescapeScanLine } from '../../../main/scan/escapes';

describe('unescapeScanLine', () => {
  it('turns hex escapes into control characters', () => {
    expect(unescapeScanLine('[)>\\x1e05\\x1d01\\x04')).toBe('[)>\u001e05\u001d01\u0004');
  });

  it('turns control pictures into control characters', () => {
    expect(unescapeScanLine('10LOT7A␝21SN1␞␄')).toBe('10LOT7A\u001d21SN1\u001e\u0004');
  });

  it('reads tab, backslash and line escapes', () => {
    expect(unescapeScanLine('SN1\\tSN2\\\\x1d\\r\\n')).toBe('SN1\tSN2\\x1d\r\n');
  });

  it('keeps unknown escapes as written', () => {
    expect(unescapeScanLine('A\\qB\\x1\\')).toBe('A\\qB\\x1\\');
  });
});
