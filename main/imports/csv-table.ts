import { parse } from 'csv-parse/sync';
import { err, ok, type Result } from '../core/result';
import { importError, type ImportError } from './import-error';

/** One data record of a delimited file; `row` counts the header as row 1, as spreadsheets do. */
export interface CsvRecord {
  readonly row: number;
  readonly cells: ReadonlyArray<string>;
}

/** A delimited file split into its header and data records, every cell as text. */
export interface CsvTable {
  readonly header: ReadonlyArray<string>;
  readonly records: ReadonlyArray<CsvRecord>;
}

export type Delimiter = ',' | ';' | '\t';

export interface ParseCsvOptions {
  readonly delimiter: Delimiter;
  /** False for Amazon flat files, which quote nothing and may contain bare `"` in product names. */
  readonly quoted: boolean;
}

/** Decodes strict UTF-8 and drops a leading byte order mark. Invalid byte sequences are an error. */
export function decodeUtf8(file: string, content: Uint8Array): Result<string, ImportError> {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(content));
  } catch {
    return err(importError('import-not-utf8', 'notUtf8', { file }));
  }
}

/** Returns the first line of the text, for format and delimiter detection. */
export function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

/**
 * Picks the delimiter that occurs most often in the header line. A tie, including a one-column
 * header, picks the comma. Quoted header names are rare enough that counting inside quotes is
 * acceptable.
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const candidates: ReadonlyArray<Delimiter> = [',', ';', '\t'];
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const candidate of candidates) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

// csv-parse error codes mapped to the reasons in imports.json (`csvReason.*`).
function csvReason(code: unknown): string {
  switch (code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'quoteNotClosed';
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return 'fieldCount';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'misplacedQuote';
    default:
      return 'other';
  }
}

/**
 * Parses delimited text into a header and records. Every cell stays a string (no casting), so
 * `000123` and `12E34` survive. Blank lines and lines of empty cells are skipped. A record with
 * a different number of cells than the header is an error.
 */
export function parseCsvTable(file: string, text: string, options: ParseCsvOptions): Result<CsvTable, ImportError> {
  let parsed: Array<{ record: string[]; info: { records: number } }>;
  try {
    parsed = parse(text, {
      delimiter: options.delimiter,
      quote: options.quoted ? '"' : false,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as unknown as Array<{ record: string[]; info: { records: number } }>;
  } catch (error) {
    const details = error as { code?: unknown; records?: unknown };
    const row = typeof details.records === 'number' ? details.records + 1 : 1;
    return err(importError('import-malformed-csv', 'malformedCsv', { file, row }, { reason: csvReason(details.code) }));
  }

  const [headerEntry, ...dataEntries] = parsed;
  if (headerEntry === undefined) {
    return err(importError('import-empty', 'empty', { file }));
  }
  const records = dataEntries
    .map((entry) => ({ row: entry.info.records, cells: entry.record }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  return ok({ header: headerEntry.record, records });
}
