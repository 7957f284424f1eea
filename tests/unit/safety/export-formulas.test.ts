import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportCartonManifest } from '../../../main/exports/carton-manifest';
import { insertProduct } from '../../../main/store/products';
import { createPackingFixture, productFields } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir('packtrace-formulas-');

const formulaSku = '=HYPERLINK("http://127.0.0.1/","x")';
const formulaSerials = ['@SUM(A1)', '+CMD1', '-2+3'];

/** Packs a shipment whose SKU and serials a spreadsheet would run as formulas. */
function packedFormulaShipment(): { readonly fixture: ReturnType<typeof createPackingFixture>; readonly shipmentId: number } {
  const fixture = createPackingFixture(tempDir());
  const productId = insertProduct(fixture.db, fixture.clientId, productFields(formulaSku, { title: '=1+1' }), '2026-01-05T08:00:00.000Z');
  const shipmentId = fixture.addShipment('=SO-1', [{ productId, quantity: formulaSerials.length }]);
  for (const serial of formulaSerials) {
    const verdict = fixture.scan(shipmentId, serial);
    expect(verdict.outcome, `${serial}: ${verdict.code}`).toBe('accepted');
  }
  return { fixture, shipmentId };
}

describe('manifest export formula injection', () => {
  it('prefixes formula cells in CSV', async () => {
    const { fixture, shipmentId } = packedFormulaShipment();

    const exported = await exportCartonManifest(fixture.db, shipmentId, 'csv');
    if (!exported.ok) throw new Error(exported.error.code);
    const csv = new TextDecoder().decode(exported.value.content);

    expect(csv).toContain(`"'=HYPERLINK(""http://127.0.0.1/"",""x"")"`);
    for (const serial of formulaSerials) {
      expect(csv).toContain(`"'${serial}"`);
    }
    for (const line of csv.replace(/^\uFEFF/, '').split('\r\n').filter((row) => row !== '')) {
      for (const cell of line.slice(1, -1).split('","')) {
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    fixture.db.close();
  });

  it('stores XLSX cells as text, not formulas', async () => {
    const { fixture, shipmentId } = packedFormulaShipment();

    const exported = await exportCartonManifest(fixture.db, shipmentId, 'xlsx');
    if (!exported.ok) throw new Error(exported.error.code);
    const zip = await JSZip.loadAsync(exported.value.content);
    const sheets = Object.keys(zip.files).filter((name) => name.startsWith('xl/worksheets/') && name.endsWith('.xml'));
    const sheetXml = (await Promise.all(sheets.map((name) => zip.file(name)?.async('string') ?? ''))).join('');
    const sharedStrings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';

    expect(sheets.length).toBeGreaterThan(0);
    expect(sheetXml).not.toMatch(/<f[ >]/);
    expect(`${sheetXml}${sharedStrings}`).toContain('@SUM(A1)');
    fixture.db.close();
  });
});
