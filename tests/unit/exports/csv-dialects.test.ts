import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeCsv, type CsvColumn } from '../../../main/exports/csv-dialects';

interface RecallRow {
  readonly sscc: string;
  readonly gtin: string;
  readonly serial: string;
  readonly lot: string;
  readonly note: string;
  readonly weightKg: number;
}

const columns: ReadonlyArray<CsvColumn<RecallRow>> = [
  { header: 'sscc', kind: 'identifier', value: (row) => row.sscc },
  { header: 'gtin', kind: 'identifier', value: (row) => row.gtin },
  { header: 'serial', kind: 'identifier', value: (row) => row.serial },
  { header: 'lot', kind: 'identifier', value: (row) => row.lot },
  { header: 'note', kind: 'text', value: (row) => row.note },
  { header: 'weight_kg', kind: 'number', value: (row) => row.weightKg },
];

// The identifiers of the long-number field case: an 18-digit SSCC, a GTIN with a leading zero,
// a serial that looks like scientific notation, and a lot with leading zeros.
const r27Row: RecallRow = { sscc: '109506000000000429', gtin: '09506000123455', serial: '12E34', lot: '000123', note: 'Müller; "fragile"', weightKg: 1.25 };

/**
 * Reads a cell as Excel does when it opens a CSV: `="text"` is a string constant and shows as
 * text, a number-like cell becomes a double with at most 15 significant digits, and any other
 * cell stays text. Saving the sheet as CSV writes what the cell shows.
 */
function excelShownValue(cell: string, decimalSeparator: '.' | ','): string {
  const constant = /^="((?:[^"]|"")*)"$/.exec(cell);
  if (constant !== null) {
    return (constant[1] ?? '').replace(/""/g, '"');
  }
  const numeric = decimalSeparator === ',' ? cell.replace(',', '.') : cell;
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(numeric)) {
    return String(Number(Number(numeric).toPrecision(15)));
  }
  return cell;
}

describe('writeCsv', () => {
  it('writes the standard dialect', () => {
    const text = writeCsv(columns, [r27Row], 'standard');

    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text).toBe('sscc,gtin,serial,lot,note,weight_kg\r\n109506000000000429,09506000123455,12E34,000123,"Müller; ""fragile""",1.25\r\n');
  });

  it('writes the Excel EU dialect', () => {
    const text = writeCsv(columns, [r27Row], 'excel-eu');

    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe('sscc;gtin;serial;lot;note;weight_kg');
    expect(text).toContain('"=""109506000000000429""";"=""09506000123455""";"=""12E34""";"=""000123""";"Müller; ""fragile""";1,25\r\n');
  });

  it('reads back with the standard parser', () => {
    const records = parse(writeCsv(columns, [r27Row], 'excel-eu'), { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;

    expect(records[0]).toEqual({ sscc: '="109506000000000429"', gtin: '="09506000123455"', serial: '="12E34"', lot: '="000123"', note: 'Müller; "fragile"', weight_kg: '1,25' });
  });

  it('keeps identifiers through an Excel round trip', () => {
    const records = parse(writeCsv(columns, [r27Row], 'excel-eu'), { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;
    const shown = Object.fromEntries(Object.entries(records[0] ?? {}).map(([header, cell]) => [header, excelShownValue(cell, ',')]));

    expect(shown).toMatchObject({ sscc: '109506000000000429', gtin: '09506000123455', serial: '12E34', lot: '000123', weight_kg: '1.25' });
  });

  it('shows the loss the dialect avoids', () => {
    const records = parse(writeCsv(columns, [r27Row], 'standard'), { columns: true }) as Array<Record<string, string>>;
    const record = records[0] ?? {};

    expect(excelShownValue(record.sscc ?? '', '.')).toBe('109506000000000000');
    expect(excelShownValue(record.gtin ?? '', '.')).toBe('9506000123455');
    expect(excelShownValue(record.serial ?? '', '.')).toBe('1.2e+35');
    expect(excelShownValue(record.lot ?? '', '.')).toBe('123');
  });

  it.each(['standard', 'excel-eu'] as const)('neutralizes formulas in %s', (dialect) => {
    const attacks = ['=HYPERLINK("http://127.0.0.1/x","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1'];
    const rows = attacks.map((note) => ({ ...r27Row, note }));
    const delimiter = dialect === 'excel-eu' ? ';' : ',';

    const records = parse(writeCsv(columns, rows, dialect), { bom: true, delimiter, columns: true }) as Array<Record<string, string>>;

    expect(records.map((record) => record.note)).toEqual(attacks.map((attack) => `'${attack}`));
  });

  it('keeps formula-like identifiers inert', () => {
    const row = { ...r27Row, serial: '=cmd|"/c calc"!A1' };

    const standard = parse(writeCsv(columns, [row], 'standard'), { columns: true }) as Array<Record<string, string>>;
    const excel = parse(writeCsv(columns, [row], 'excel-eu'), { bom: true, delimiter: ';', columns: true }) as Array<Record<string, string>>;

    expect(standard[0]?.serial).toBe(`'=cmd|"/c calc"!A1`);
    // A string constant: Excel shows the text and runs nothing.
    expect(excel[0]?.serial).toBe('="=cmd|""/c calc""!A1"');
  });

  it('leaves empty cells empty', () => {
    const text = writeCsv(columns, [{ ...r27Row, lot: '', note: '' }], 'excel-eu');

    expect(text).toContain(';;1,25\r\n');
  });

  it('rejects a non-finite number', () => {
    expect(() => writeCsv(columns, [{ ...r27Row, weightKg: Number.NaN }], 'standard')).toThrow(/not a finite number/);
  });
});
