import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportCartonManifest, manifestFileName } from '../../../main/exports/carton-manifest';
import { neutralizeFormula, writeManifestCsv } from '../../../main/exports/manifest-csv';
import { decodeUtf8, parseCsvTable } from '../../../main/imports/csv-table';
import { bulkAddSerials } from '../../../main/packing/bulk-add';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

const sscc = '109506000000000429';
const gtin = '09506000123455';

/**
 * Creates a shipment of the camera (GTIN 09506000123455) whose first carton gets SSCC
 * 109506000000000429, with the field case's serials and a few formula-like ones.
 */
function manifestShipment(dir: string) {
  const fixture = createPackingFixture(dir);
  fixture.db.prepare('UPDATE products SET serial_pattern = NULL WHERE id = ?').run(fixture.cameraId);
  fixture.db.prepare('UPDATE clients SET next_sscc_serial = 42 WHERE id = ?').run(fixture.clientId);
  const shipmentId = fixture.addShipment('ORD-3001', [{ productId: fixture.cameraId, quantity: 10 }]);

  const lotted = fixture.scan(shipmentId, `(01)${gtin}(10)0042(17)271231(21)SN000451`);
  if (lotted.outcome !== 'accepted') {
    throw new Error(`setup scan rejected: ${lotted.code}`);
  }
  const added = bulkAddSerials(fixture.db, fixture.actor, {
    shipmentId,
    productId: fixture.cameraId,
    serials: ['12E34', '000123', '=1+2', '@SUM(A1)', '-5', '+49'],
    gestureId: 'manifest-setup',
  });
  if (!added.ok || added.value.some((result) => result.verdict.outcome !== 'accepted')) {
    throw new Error(`setup bulk add failed: ${JSON.stringify(added)}`);
  }
  return { fixture, shipmentId };
}

async function exportBytes(dir: string, format: 'csv' | 'xlsx'): Promise<Uint8Array> {
  const { fixture, shipmentId } = manifestShipment(dir);
  const exported = await exportCartonManifest(fixture.db, shipmentId, format);
  if (!exported.ok) {
    throw new Error(`export failed: ${exported.error.code}`);
  }
  expect(exported.value.fileName).toBe(`manifest-ORD-3001.${format}`);
  return exported.value.content;
}

describe('carton manifest CSV', () => {
  const tempDir = useTempDir();

  it('quotes every field', async () => {
    // ignoreBOM keeps the byte order mark in the decoded text, so the test can see it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exportBytes(tempDir(), 'csv'));
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');

    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('"reference","carton_number","sscc","sku","gtin","serial","lot","expiry"');
    expect(lines[1]).toBe(`"ORD-3001","1","${sscc}","CAM-1","${gtin}","SN000451","0042","2027-12-31"`);
    expect(lines.at(-1)).toBe('');
  });

  it('keeps identifiers as text after re-reading', async () => {
    const content = await exportBytes(tempDir(), 'csv');
    const decoded = decodeUtf8('manifest.csv', content);
    const table = decoded.ok ? parseCsvTable('manifest.csv', decoded.value, { delimiter: ',', quoted: true }) : decoded;

    expect(table.ok).toBe(true);
    const records = table.ok ? table.value.records.map((record) => record.cells) : [];
    expect(table.ok ? table.value.header : []).toEqual(['reference', 'carton_number', 'sscc', 'sku', 'gtin', 'serial', 'lot', 'expiry']);
    expect(records.map((cells) => cells[2])).toEqual(Array(7).fill(sscc));
    expect(records.map((cells) => cells[4])).toEqual(Array(7).fill(gtin));
    expect(records.map((cells) => cells[5])).toEqual(['SN000451', '12E34', '000123', "'=1+2", "'@SUM(A1)", "'-5", "'+49"]);
    expect(records[0]?.[6]).toBe('0042');
  });

  it('neutralizes formula-like cells', () => {
    expect(neutralizeFormula('=HYPERLINK("http://127.0.0.1/")')).toBe('\'=HYPERLINK("http://127.0.0.1/")');
    expect(neutralizeFormula('+49')).toBe("'+49");
    expect(neutralizeFormula('-5')).toBe("'-5");
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeFormula('\t=1')).toBe("'\t=1");
    expect(neutralizeFormula('\r=1')).toBe("'\r=1");
    expect(neutralizeFormula('AB-100')).toBe('AB-100');
    expect(neutralizeFormula('000123')).toBe('000123');
  });

  it('doubles quotes inside a cell', () => {
    const csv = writeManifestCsv([
      { reference: 'ORD "A"', cartonNumber: 1, sscc, sku: 'X,Y', gtin: '', serial: 'S1', lot: '', expiry: '' },
    ]);

    expect(csv.split('\r\n')[1]).toBe(`"ORD ""A""","1","${sscc}","X,Y","","S1","",""`);
  });
});

describe('carton manifest XLSX', () => {
  const tempDir = useTempDir();

  it('reads back identifiers as text cells', async () => {
    const content = await exportBytes(tempDir(), 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Manifest');

    expect(sheet).toBeDefined();
    const rows = [2, 3, 4].map((rowNumber) => sheet?.getRow(rowNumber));
    for (const row of rows) {
      for (const column of [3, 5, 6, 7]) {
        const cell = row?.getCell(column);
        expect(cell?.type, `row ${row?.number} column ${column}`).toBe(ExcelJS.ValueType.String);
        expect(cell?.numFmt, `row ${row?.number} column ${column}`).toBe('@');
      }
    }
    expect(rows[0]?.getCell(3).value).toBe(sscc);
    expect(rows[0]?.getCell(5).value).toBe(gtin);
    expect(rows[0]?.getCell(7).value).toBe('0042');
    expect(rows[1]?.getCell(6).value).toBe('12E34');
    expect(rows[2]?.getCell(6).value).toBe('000123');
    expect(sheet?.getRow(5).getCell(6).value).toBe('=1+2');
    expect(sheet?.getRow(5).getCell(6).formula).toBeUndefined();
  });

  it('writes identifiers as string XML cells', async () => {
    const content = await exportBytes(tempDir(), 'xlsx');
    const zip = await JSZip.loadAsync(content);
    const sheetXml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    const stylesXml = (await zip.file('xl/styles.xml')?.async('string')) ?? '';
    const sharedStrings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';

    for (const reference of ['C2', 'E2', 'F2', 'F3', 'F4', 'F5']) {
      const cell = new RegExp(`<c r="${reference}"[^>]*>`).exec(sheetXml)?.[0] ?? '';
      expect(cell, reference).toMatch(/t="(s|inlineStr)"/);
    }
    expect(sheetXml).not.toMatch(/<f>/);
    expect(sharedStrings).toContain(`<t>${sscc}</t>`);
    expect(sharedStrings).toContain(`<t>${gtin}</t>`);
    expect(sharedStrings).toContain('<t>12E34</t>');
    expect(sharedStrings).toContain('<t>000123</t>');
    // numFmtId 49 is the built-in '@' (Text) format of SpreadsheetML.
    expect(stylesXml).toMatch(/numFmtId="49"/);
  });
});

describe('manifestFileName', () => {
  it('replaces unsafe characters', () => {
    expect(manifestFileName('ORD/12:34 x', 'csv')).toBe('manifest-ORD_12_34_x.csv');
  });
});
