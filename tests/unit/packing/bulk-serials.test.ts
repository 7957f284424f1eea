import { describe, expect, it } from 'vitest';
import { checkSerialList, expandSerialRange, MAX_BULK_SERIALS, parseSerialList } from '../../../main/packing/bulk-serials';

describe('parseSerialList', () => {
  it('keeps hyphenated serials literal', () => {
    expect(parseSerialList('AB-100, AB-101')).toEqual({ ok: true, value: ['AB-100', 'AB-101'] });
  });

  it('reads a short serial alone', () => {
    expect(parseSerialList('2P')).toEqual({ ok: true, value: ['2P'] });
  });

  it('splits on commas, semicolons, tabs and line breaks', () => {
    const parsed = parseSerialList('A1,A2;A3\tA4\nA5\r\nA6');

    expect(parsed).toEqual({ ok: true, value: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'] });
  });

  it('skips empty entries and trims edges', () => {
    const parsed = parseSerialList('\n  SN000460 ,\n\n, SN000461\u00A0,\n');

    expect(parsed).toEqual({ ok: true, value: ['SN000460', 'SN000461'] });
  });

  it('never expands a hyphen to a range', () => {
    const parsed = parseSerialList('SN000460-SN000464');

    expect(parsed).toEqual({ ok: true, value: ['SN000460-SN000464'] });
  });

  it('normalises full-width and invisible characters', () => {
    const parsed = parseSerialList('ＡＢ-１００\u200B');

    expect(parsed).toEqual({ ok: true, value: ['AB-100'] });
  });

  it('rejects a space inside an entry', () => {
    const parsed = parseSerialList('AB-100 AB-101');

    expect(parsed).toEqual({ ok: false, error: { code: 'space-inside-serial', serial: 'AB-100 AB-101', position: 1 } });
  });

  it('rejects a serial listed twice', () => {
    const parsed = parseSerialList('AB-100, AB-101, ab-100');

    expect(parsed).toEqual({ ok: false, error: { code: 'duplicate-serial', serial: 'ab-100', position: 3, firstPosition: 1 } });
  });

  it('rejects text without serials', () => {
    expect(parseSerialList(' ,\n;\t')).toEqual({ ok: false, error: { code: 'no-serials' } });
  });

  it('rejects a serial over 64 characters', () => {
    const long = 'X'.repeat(65);

    expect(parseSerialList(`A1, ${long}`)).toEqual({ ok: false, error: { code: 'invalid-serial', serial: long, position: 2 } });
  });
});

describe('checkSerialList', () => {
  it('rejects more than the maximum', () => {
    const serials = Array.from({ length: MAX_BULK_SERIALS + 1 }, (_, index) => `S${index}`);

    expect(checkSerialList(serials)).toEqual({ ok: false, error: { code: 'too-many-serials', count: 501, max: 500 } });
  });

  it('accepts exactly the maximum', () => {
    const serials = Array.from({ length: MAX_BULK_SERIALS }, (_, index) => `S${index}`);

    expect(checkSerialList(serials).ok).toBe(true);
  });

  it('rejects a control character', () => {
    expect(checkSerialList(['A1', 'A\u001D2'])).toEqual({ ok: false, error: { code: 'invalid-serial', serial: 'A\u001D2', position: 2 } });
  });
});

describe('expandSerialRange', () => {
  it('expands SN000460 to SN000464', () => {
    const expanded = expandSerialRange('SN000460', 'SN000464', 500);

    expect(expanded).toEqual({ ok: true, value: ['SN000460', 'SN000461', 'SN000462', 'SN000463', 'SN000464'] });
  });

  it('keeps the width across a carry', () => {
    const expanded = expandSerialRange('AB-098', 'AB-101', 500);

    expect(expanded).toEqual({ ok: true, value: ['AB-098', 'AB-099', 'AB-100', 'AB-101'] });
  });

  it('expands a one-serial range', () => {
    expect(expandSerialRange('SN000460', 'SN000460', 500)).toEqual({ ok: true, value: ['SN000460'] });
  });

  it('expands digits beyond double precision', () => {
    const expanded = expandSerialRange('12345678901234567890', '12345678901234567892', 500);

    expect(expanded).toEqual({ ok: true, value: ['12345678901234567890', '12345678901234567891', '12345678901234567892'] });
  });

  it('rejects mismatched prefixes', () => {
    expect(expandSerialRange('SN000460', 'SX000464', 500)).toEqual({
      ok: false,
      error: { code: 'range-prefix-mismatch', startPrefix: 'SN', endPrefix: 'SX' },
    });
  });

  it('rejects prefixes differing in case', () => {
    expect(expandSerialRange('sn000460', 'SN000464', 500)).toMatchObject({ ok: false, error: { code: 'range-prefix-mismatch' } });
  });

  it('rejects mismatched widths', () => {
    expect(expandSerialRange('SN460', 'SN000464', 500)).toEqual({
      ok: false,
      error: { code: 'range-width-mismatch', startDigits: 3, endDigits: 6 },
    });
  });

  it('rejects a reversed range', () => {
    expect(expandSerialRange('SN000464', 'SN000460', 500)).toEqual({
      ok: false,
      error: { code: 'range-reversed', start: 'SN000464', end: 'SN000460' },
    });
  });

  it('rejects a range above the limit', () => {
    expect(expandSerialRange('SN000001', 'SN000501', 500)).toEqual({ ok: false, error: { code: 'range-too-large', count: '501', max: 500 } });
  });

  it('accepts a range at the limit', () => {
    const expanded = expandSerialRange('SN000001', 'SN000500', 500);

    expect(expanded.ok).toBe(true);
    expect(expanded.ok ? expanded.value.length : 0).toBe(500);
  });

  it('rejects an end without digits', () => {
    expect(expandSerialRange('SN000460', 'SN', 500)).toEqual({ ok: false, error: { code: 'range-without-number', serial: 'SN' } });
  });

  it('rejects an empty start', () => {
    expect(expandSerialRange('  ', 'SN000464', 500)).toMatchObject({ ok: false, error: { code: 'invalid-serial' } });
  });

  it('defaults to the bulk maximum', () => {
    expect(expandSerialRange('1', '999')).toMatchObject({ ok: false, error: { code: 'range-width-mismatch' } });
    expect(expandSerialRange('000', '999')).toMatchObject({ ok: false, error: { code: 'range-too-large', max: MAX_BULK_SERIALS } });
  });
});
