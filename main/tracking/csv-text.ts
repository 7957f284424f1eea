import { neutralizeFormula } from '../exports/manifest-csv';

/**
 * Writes rows as standard CSV: comma-separated, every cell quoted, CRLF line ends (RFC 4180),
 * UTF-8 with a byte order mark. A cell that a spreadsheet would run as a formula gets a leading
 * apostrophe.
 */
export function writeCsvText(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  const quote = (value: string | number | null): string => `"${neutralizeFormula(value === null ? '' : String(value)).replace(/"/g, '""')}"`;
  const lines = [header.map(quote).join(','), ...rows.map((row) => row.map(quote).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
