import ExcelJS from 'exceljs';
import { manifestColumns, type ManifestRow } from './manifest-rows';

/** Excel's built-in "Text" number format: the cell's content is shown and kept as typed. */
const TEXT_FORMAT = '@';

/**
 * Writes manifest rows as an XLSX workbook with one sheet, "Manifest", and a header row.
 *
 * Every cell except the carton number is a string cell (a shared string, `t="s"` in the sheet
 * XML) and carries the '@' text format. A string cell keeps all digits of an SSCC or GTIN,
 * its leading zeros, and `12E34` as letters, whatever Excel would guess from the characters.
 * The text format makes Excel keep a value as text when someone edits the cell and saves.
 * A string cell is never run as a formula, so no apostrophe is added as in the CSV.
 */
export async function writeManifestXlsx(rows: ReadonlyArray<ManifestRow>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Packtrace';
  const sheet = workbook.addWorksheet('Manifest', { views: [{ state: 'frozen', ySplit: 1 }] });

  sheet.columns = manifestColumns.map((column) => ({
    header: column.header,
    key: column.field,
    width: column.field === 'cartonNumber' ? 14 : 22,
    style: column.field === 'cartonNumber' ? {} : { numFmt: TEXT_FORMAT },
  }));
  sheet.getRow(1).font = { bold: true };

  for (const row of rows) {
    const added = sheet.addRow(manifestColumns.map((column) => row[column.field]));
    added.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      if (manifestColumns[columnNumber - 1]?.field !== 'cartonNumber') {
        cell.numFmt = TEXT_FORMAT;
      }
    });
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
