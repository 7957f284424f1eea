import { describe, expect, it } from 'vitest';
import { buildFnskuSheets, maxLabelsPerJob, planSheetPlacements } from '../../../main/labels/fnsku-sheet';
import { fnskuTemplates, type SheetTemplate } from '../../../main/labels/fnsku-templates';
import { renderLabelPagesPdf } from '../../../main/labels/pdf-renderer';
import { decodeAreaOfPdf } from './pdf-crop';
import { readPdfPageCount, readPdfPageSize } from './pdf-tools';

const sheets = [...fnskuTemplates.values()].filter((template): template is SheetTemplate => template.kind === 'sheet');

function sheet(name: string): SheetTemplate {
  const template = fnskuTemplates.get(name);
  if (template?.kind !== 'sheet') throw new Error(`no sheet template ${name}`);
  return template;
}

const bottle = { fnsku: 'X00ABC1234', title: 'Acme Water Bottle 750 ml Midnight Blue', condition: 'New' };
const notebook = { fnsku: 'X002K3ZQ9L', title: 'Zażółć gęślą jaźń notebook A5 dotted', condition: 'Used - Like New' };

describe('planSheetPlacements', () => {
  it('starts at the start position', () => {
    const placements = planSheetPlacements(sheet('letter-30'), [2], 5);
    expect(placements.ok).toBe(true);
    if (!placements.ok) return;

    expect(placements.value).toEqual([
      { page: 0, position: 5, column: 1, row: 1, entry: 0 },
      { page: 0, position: 6, column: 2, row: 1, entry: 0 },
    ]);
  });

  it('continues on a new sheet', () => {
    const placements = planSheetPlacements(sheet('letter-30'), [3], 29);
    expect(placements.ok).toBe(true);
    if (!placements.ok) return;

    expect(placements.value.map((placement) => [placement.page, placement.position])).toEqual([
      [0, 29],
      [0, 30],
      [1, 1],
    ]);
  });

  it('keeps mixed entries in order', () => {
    const placements = planSheetPlacements(sheet('a4-21'), [2, 1, 3], 1);
    expect(placements.ok).toBe(true);
    if (!placements.ok) return;

    expect(placements.value.map((placement) => placement.entry)).toEqual([0, 0, 1, 2, 2, 2]);
    expect(placements.value.map((placement) => placement.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([0, 31, 2.5])('rejects start position %d', (startPosition) => {
    const placements = planSheetPlacements(sheet('letter-30'), [1], startPosition);
    expect(placements.ok).toBe(false);
    if (placements.ok) return;
    expect(placements.error.code).toBe('fnsku-start-position-invalid');
  });

  it('rejects a zero count', () => {
    const placements = planSheetPlacements(sheet('letter-30'), [2, 0], 1);
    expect(placements.ok).toBe(false);
    if (placements.ok) return;
    expect(placements.error).toEqual({ code: 'fnsku-count-invalid', entry: 1, count: 0 });
  });

  it('rejects an empty job', () => {
    const placements = planSheetPlacements(sheet('letter-30'), [], 1);
    expect(placements.ok).toBe(false);
  });

  it('rejects a job over the maximum', () => {
    const placements = planSheetPlacements(sheet('letter-30'), [maxLabelsPerJob, 1], 1);
    expect(placements.ok).toBe(false);
    if (placements.ok) return;
    expect(placements.error.code).toBe('fnsku-job-too-large');
  });
});

describe('sheet templates', () => {
  it.each(sheets.map((template) => [template.name, template] as const))('%s stays on the page', (_, template) => {
    const right = template.leftMarginMm + (template.columns - 1) * template.columnPitchMm + template.labelWidthMm;
    const bottom = template.topMarginMm + (template.rows - 1) * template.rowPitchMm + template.labelHeightMm;
    expect(template.leftMarginMm).toBeGreaterThanOrEqual(0);
    expect(template.topMarginMm).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(template.pageWidthMm + 1e-9);
    expect(bottom).toBeLessThanOrEqual(template.pageHeightMm + 1e-9);
  });

  it.each(sheets.map((template) => [template.name, template] as const))('%s prints a scannable full sheet', async (_, template) => {
    const perSheet = template.columns * template.rows;
    const built = buildFnskuSheets({ template, startPosition: 1, entries: [{ label: notebook, count: perSheet }] });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value).toHaveLength(1);

    const pdf = await renderLabelPagesPdf('sheet', built.value);
    const size = readPdfPageSize(pdf);
    expect(size.widthPt).toBeCloseTo((template.pageWidthMm * 72) / 25.4, 0);
    expect(size.heightPt).toBeCloseTo((template.pageHeightMm * 72) / 25.4, 0);
    // The last cell is the one most likely to run off a miscalculated sheet.
    const lastColumn = template.columns - 1;
    const lastRow = template.rows - 1;
    const decoded = decodeAreaOfPdf(
      pdf,
      {
        page: 1,
        xMm: template.leftMarginMm + lastColumn * template.columnPitchMm,
        yMm: template.topMarginMm + lastRow * template.rowPitchMm,
        widthMm: template.labelWidthMm,
        heightMm: template.labelHeightMm,
      },
      300,
      'Code128',
    );
    expect(decoded).toEqual(['X002K3ZQ9L']);
  });

  it('rejects a module too wide for the cell', () => {
    const built = buildFnskuSheets({ template: sheet('a4-44'), startPosition: 1, entries: [{ label: notebook, count: 1 }] }, { dpi: 300, moduleDots: 4 });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error.code).toBe('label-barcode-does-not-fit');
  });
});

describe('buildFnskuSheets mixed job', () => {
  it('prints each FNSKU in its cells', async () => {
    const template = sheet('letter-30');
    const built = buildFnskuSheets({
      template,
      startPosition: 28,
      entries: [
        { label: bottle, count: 2 },
        { label: notebook, count: 2 },
      ],
    });
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value).toHaveLength(2);

    const pdf = await renderLabelPagesPdf('mixed', built.value);
    expect(readPdfPageCount(pdf)).toBe(2);
    const cell = (page: number, position: number) => {
      const index = position - 1;
      return {
        page,
        xMm: template.leftMarginMm + (index % 3) * template.columnPitchMm,
        yMm: template.topMarginMm + Math.floor(index / 3) * template.rowPitchMm,
        widthMm: template.labelWidthMm,
        heightMm: template.labelHeightMm,
      };
    };
    expect(decodeAreaOfPdf(pdf, cell(1, 27), 300, 'Code128')).toEqual([]);
    expect(decodeAreaOfPdf(pdf, cell(1, 28), 300, 'Code128')).toEqual(['X00ABC1234']);
    expect(decodeAreaOfPdf(pdf, cell(1, 30), 300, 'Code128')).toEqual(['X002K3ZQ9L']);
    expect(decodeAreaOfPdf(pdf, cell(2, 1), 300, 'Code128')).toEqual(['X002K3ZQ9L']);
    expect(decodeAreaOfPdf(pdf, cell(2, 2), 300, 'Code128')).toEqual([]);
  });

  it('rejects an invalid FNSKU in any entry', () => {
    const built = buildFnskuSheets({
      template: sheet('letter-30'),
      startPosition: 1,
      entries: [
        { label: bottle, count: 1 },
        { label: { ...notebook, fnsku: 'X002K3ZQ9' }, count: 1 },
      ],
    });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error.code).toBe('fnsku-invalid');
  });
});
