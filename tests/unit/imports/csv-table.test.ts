import { describe, expect, it } from 'vitest';
import { decodeUtf8, detectDelimiter, parseCsvTable } from '../../../main/imports/csv-table';

describe('csv table parsing', () => {
  it('strips a byte order mark', () => {
    const decoded = decodeUtf8('a.csv', Buffer.from('\ufeffsku,title\n', 'utf8'));

    expect(decoded).toEqual({ ok: true, value: 'sku,title\n' });
  });

  it('rejects invalid UTF-8 bytes', () => {
    const decoded = decodeUtf8('latin1.csv', Buffer.from([0x73, 0x6b, 0x75, 0x0a, 0xe4, 0x0a]));

    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.error.code).toBe('import-not-utf8');
  });

  it('detects comma, semicolon and tab', () => {
    expect(detectDelimiter('sku,title,gtin')).toBe(',');
    expect(detectDelimiter('sku;title;"a,b"')).toBe(';');
    expect(detectDelimiter('order-id\tsku')).toBe('\t');
    expect(detectDelimiter('sku')).toBe(',');
  });

  it('keeps cells as strings and numbers rows', () => {
    const table = parseCsvTable('a.csv', 'sku,qty\n000123,1\n\n12E34,2\n,\n', { delimiter: ',', quoted: true });

    expect(table.ok).toBe(true);
    if (!table.ok) return;
    expect(table.value.header).toEqual(['sku', 'qty']);
    expect(table.value.records).toEqual([
      { row: 2, cells: ['000123', '1'] },
      { row: 3, cells: ['12E34', '2'] },
    ]);
  });

  it('names the row of a short record', () => {
    const table = parseCsvTable('a.csv', 'sku,qty\nA,1\nB\n', { delimiter: ',', quoted: true });

    expect(table.ok).toBe(false);
    if (table.ok) return;
    expect(table.error.code).toBe('import-malformed-csv');
    expect(table.error.row).toBe(3);
    expect(table.error.text).toContain('different number of cells');
  });

  it('reports an unclosed quote', () => {
    const table = parseCsvTable('a.csv', 'sku,title\nA,"open\n', { delimiter: ',', quoted: true });

    expect(table.ok).toBe(false);
    if (!table.ok) expect(table.error.text).toContain('a quoted cell is never closed');
  });

  it('keeps bare quotes when unquoted', () => {
    const table = parseCsvTable('a.txt', 'sku\tname\nA\tCable 12" long\n', { delimiter: '\t', quoted: false });

    expect(table.ok).toBe(true);
    if (table.ok) expect(table.value.records[0]?.cells[1]).toBe('Cable 12" long');
  });
});
