import { describe, expect, it } from 'vitest';
import { scannerTestLines, type ScannerTestLineId } from '../../../../../main/labels/scanner-test-lines';
import { evaluateTestScan } from '../../../../../renderer/src/screens/scanner-check/scanner-check';

function line(id: ScannerTestLineId) {
  const found = scannerTestLines.find((candidate) => candidate.id === id);
  if (found === undefined) {
    throw new Error(id);
  }
  return found;
}

describe('evaluateTestScan layout line', () => {
  it('passes the exact text', () => {
    expect(evaluateTestScan(line('layout'), { raw: '/-YZ@"()qa', check: { status: 'as-typed' } }, null)).toEqual({ passed: true, advice: [] });
  });

  it('passes a repaired scan with a note', () => {
    expect(evaluateTestScan(line('layout'), { raw: '/-YZ@"()qa', check: { status: 'repaired', capsLock: false } }, null)).toEqual({ passed: true, advice: ['layout-repaired'] });
  });

  it('names Caps Lock for inverted case', () => {
    expect(evaluateTestScan(line('layout'), { raw: '/-yz@"()QA' }, null)).toEqual({ passed: false, advice: ['caps-lock-off'] });
  });

  it('names German for swapped Y and Z', () => {
    expect(evaluateTestScan(line('layout'), { raw: '&/ZY@"()qa' }, null).advice).toEqual(['set-layout-de']);
  });

  it('names French for swapped q and a', () => {
    expect(evaluateTestScan(line('layout'), { raw: '>)YZ2%90aq' }, null).advice).toEqual(['set-layout-fr']);
  });

  it('rejects an unrepairable scan', () => {
    const result = evaluateTestScan(line('layout'), { raw: 'x', check: { status: 'rejected', reason: 'key-not-on-layout' } }, null);

    expect(result).toEqual({ passed: false, advice: ['layout-unknown'] });
  });

  it('ignores the AIM identifier', () => {
    expect(evaluateTestScan(line('layout'), { raw: ']C0/-YZ@"()qa' }, null).passed).toBe(true);
  });
});

describe('evaluateTestScan GS1 line', () => {
  it('passes with GS', () => {
    expect(evaluateTestScan(line('gs1-separator'), { raw: ']d2010950600012345510LOT7A\u001d21SN000451' }, null).passed).toBe(true);
  });

  it('passes with the configured substitute', () => {
    expect(evaluateTestScan(line('gs1-separator'), { raw: '010950600012345510LOT7A|21SN000451' }, '|').passed).toBe(true);
  });

  it('names the lost separator', () => {
    const result = evaluateTestScan(line('gs1-separator'), { raw: '010950600012345510LOT7A21SN000451' }, null);

    expect(result).toEqual({ passed: false, advice: ['gs-missing', 'gs-substitute-unset', 'use-hid-pos'] });
  });
});

describe('evaluateTestScan EAN-13 line', () => {
  it('names a missing check digit', () => {
    expect(evaluateTestScan(line('ean13'), { raw: '400638133393' }, null)).toEqual({ passed: false, advice: ['check-digit-missing'] });
  });

  it('flags another barcode', () => {
    expect(evaluateTestScan(line('ean13'), { raw: 'SN000451' }, null).advice).toEqual(['wrong-line']);
  });
});
