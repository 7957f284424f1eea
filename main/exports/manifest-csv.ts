import { manifestColumns, type ManifestRow } from './manifest-rows';

// Spreadsheet programs run a cell that starts with one of these as a formula. Some strip a leading
// tab or CR and then run what follows. A serial or SKU such as `=HYPERLINK(...)` taken from an
// order file could therefore run on the reader's machine, so such a cell gets a leading apostrophe. The apostrophe stays in the file's text: a reader sees it, and a program
// that re-imports the file reads it as part of the value. Identifiers that Packtrace creates
// (SSCC, GTIN) are digits only and are never changed.
const FORMULA_TRIGGERS = /^[=+\-@\t\r]/;

/** Returns a cell's text with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_TRIGGERS.test(text) ? `'${text}` : text;
}

function quoteCell(text: string): string {
  return `"${neutralizeFormula(text).replace(/"/g, '""')}"`;
}

/**
 * Writes manifest rows as CSV: a header line, comma-separated, every field quoted, CRLF line ends
 * (RFC 4180), and a UTF-8 byte order mark so Excel detects UTF-8 in SKUs and references.
 *
 * Quoting keeps `000123` and `12E34` as text for programs that honour quotes, the Packtrace
 * importer among them. Excel ignores quotes when it opens a CSV and still turns long digit runs
 * into numbers, so the XLSX export is the one to open in Excel.
 */
export function writeManifestCsv(rows: ReadonlyArray<ManifestRow>): string {
  const lines = [manifestColumns.map((column) => quoteCell(column.header)).join(',')];
  for (const row of rows) {
    lines.push(manifestColumns.map((column) => quoteCell(String(row[column.field]))).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
