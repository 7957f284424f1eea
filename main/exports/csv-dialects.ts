import { assertNever } from '../core/assert';
import { neutralizeFormula } from './manifest-csv';

/**
 * The two CSV dialects Packtrace writes:
 * - 'standard': comma-separated, UTF-8 without BOM, decimal point; for programs and scripts.
 * - 'excel-eu': semicolon-separated, UTF-8 with BOM, decimal comma; what Excel in German, Polish
 *   or French locales opens by double-click with the columns split and umlauts intact.
 * Both end lines with CRLF and quote a field only when it contains the separator, a quote or a
 * line break (RFC 4180).
 */
export type CsvDialect = 'standard' | 'excel-eu';

export const csvDialects: ReadonlyArray<CsvDialect> = ['standard', 'excel-eu'];

/**
 * How a column's values are written:
 * - 'identifier': serials, GTINs, SSCCs, lots, references. In 'excel-eu' each non-empty value is
 *   written as the formula `="value"`, a string constant, so Excel shows it as text and saving
 *   the sheet keeps every digit: `000123` stays `000123`, `12E34` does not become 1.2E+35, and an
 *   18-digit SSCC keeps its last three digits. In 'standard' it is written as text.
 * - 'text': free text, written as it is.
 * - 'number': a finite number, with a decimal comma in 'excel-eu'.
 * Text and identifier values that a spreadsheet would run as a formula (leading =, +, -, @, tab,
 * CR) get a leading apostrophe in both dialects, see `neutralizeFormula`.
 */
export type CsvColumnKind = 'identifier' | 'text' | 'number';

export interface CsvColumn<Row> {
  readonly header: string;
  readonly kind: CsvColumnKind;
  readonly value: (row: Row) => string | number | null;
}

// Excel rejects a string constant longer than 255 characters in a formula.
const excelStringConstantLimit = 255;

/** A CSV writer that turns rows into lines one at a time, for streaming exports. */
export interface CsvWriter<Row> {
  /** The header line, preceded by the BOM in 'excel-eu'. */
  readonly header: string;
  line(row: Row): string;
}

/** Creates a writer for `columns` in `dialect`. Each line ends with CRLF. */
export function createCsvWriter<Row>(columns: ReadonlyArray<CsvColumn<Row>>, dialect: CsvDialect): CsvWriter<Row> {
  const separator = dialect === 'excel-eu' ? ';' : ',';
  const bom = dialect === 'excel-eu' ? '\uFEFF' : '';
  const quote = (text: string): string => (text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

  return {
    header: `${bom}${columns.map((column) => quote(neutralizeFormula(column.header))).join(separator)}\r\n`,
    line: (row) => `${columns.map((column) => quote(formatCell(column.kind, column.value(row), dialect))).join(separator)}\r\n`,
  };
}

/** Writes a whole CSV file's text; use `createCsvWriter` when the rows come from an iterator. */
export function writeCsv<Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: Iterable<Row>, dialect: CsvDialect): string {
  const writer = createCsvWriter(columns, dialect);
  const parts = [writer.header];
  for (const row of rows) {
    parts.push(writer.line(row));
  }
  return parts.join('');
}

function formatCell(kind: CsvColumnKind, value: string | number | null, dialect: CsvDialect): string {
  if (value === null || value === '') {
    return '';
  }
  switch (kind) {
    case 'number':
      return formatNumber(value, dialect);
    case 'text':
      return neutralizeFormula(String(value));
    case 'identifier': {
      const text = String(value);
      if (dialect === 'excel-eu' && text.length <= excelStringConstantLimit && !/[\r\n]/.test(text)) {
        return `="${text.replace(/"/g, '""')}"`;
      }
      return neutralizeFormula(text);
    }
    default:
      return assertNever(kind);
  }
}

function formatNumber(value: string | number, dialect: CsvDialect): string {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) {
    throw new Error(`CSV number column got ${String(value)}, which is not a finite number`);
  }
  const text = String(number);
  return dialect === 'excel-eu' ? text.replace('.', ',') : text;
}
