import { describe, expect, it } from 'vitest';

import { decodeScan } from '../../../main/scan/decode';
import { formatScanParseJson } from '../../../main/scan/scan-parse-output';

const today = new Date('2025-06-15T00:00:00Z');

describe('formatScanParseJson', () => {
  it('prints GS1 scans with AIs first', () => {
    const json = JSON.stringify(formatScanParseJson(decodeScan(']d20109506000123455' + '3103001250', { today })));

    expect(json).toBe(
      '{"ok":true,"kind":"gs1","symbology":{"aim":"]d2","name":"GS1 DataMatrix"},' +
        '"ais":[{"ai":"01","value":"09506000123455"},{"ai":"3103","value":"001250","decimal":"1.250"}],' +
        '"source":"element-string","fields":{"gtin":"09506000123455"}}',
    );
  });

  it('prints other kinds with empty AIs', () => {
    expect(formatScanParseJson(decodeScan('FBA15ABCDE12U000007', { today }))).toEqual({
      ok: true,
      kind: 'fba-box-id',
      symbology: { aim: null, name: null },
      ais: [],
      shipmentId: 'FBA15ABCDE12',
      boxNumber: 7,
    });
  });

  it('prints errors with code, message and part', () => {
    expect(JSON.stringify(formatScanParseJson(decodeScan('9506000101041', { today })))).toBe(
      '{"ok":false,"error":{"code":"invalid-check-digit","message":"GTIN \\"9506000101041\\" has a wrong check digit.","part":"9506000101041"}}',
    );
  });
});
