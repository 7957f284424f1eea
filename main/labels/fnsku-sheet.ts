import { type Result, err, ok } from '../core/result';
import {
  type CheckedFnskuLabel,
  type FnskuLabelData,
  type FnskuLabelError,
  type FnskuLayoutOptions,
  checkFnskuLabelData,
  fnskuLabelElements,
  fnskuModuleDots,
} from './fnsku-label';
import type { SheetTemplate } from './fnsku-templates';
import type { LabelDocument, LabelElement } from './model';
import { validateLabelDocument } from './validate';

/** One FNSKU of a print job and how many labels of it to print. */
export interface FnskuJobEntry {
  readonly label: FnskuLabelData;
  readonly count: number;
}

/** A sheet job: entries printed in order, starting at `startPosition` of the first sheet. */
export interface FnskuSheetJob {
  readonly template: SheetTemplate;
  readonly entries: ReadonlyArray<FnskuJobEntry>;
  /** 1-based position on the first sheet, counted left to right, then top to bottom. */
  readonly startPosition: number;
}

/** Position of one label of the job: sheet, cell and job entry. */
export interface SheetPlacement {
  /** 0-based sheet index. */
  readonly page: number;
  /** 1-based position on the sheet. */
  readonly position: number;
  readonly column: number;
  readonly row: number;
  /** Index into the job's entries. */
  readonly entry: number;
}

/** Largest job accepted in one document; a larger count is almost always a typing error. */
export const maxLabelsPerJob = 10_000;

export type FnskuSheetError =
  | FnskuLabelError
  | { readonly code: 'fnsku-job-empty' }
  | { readonly code: 'fnsku-count-invalid'; readonly entry: number; readonly count: number }
  | { readonly code: 'fnsku-job-too-large'; readonly labels: number; readonly maximum: number }
  | { readonly code: 'fnsku-start-position-invalid'; readonly startPosition: number; readonly labelsPerSheet: number };

/**
 * Assigns every label of the job to a sheet and a position. Positions before `startPosition` on
 * the first sheet stay empty (a partly used sheet), later sheets start at position 1. Rejects an
 * empty job, a count that is not a whole number from 1, more than `maxLabelsPerJob` labels and a
 * start position outside the sheet.
 */
export function planSheetPlacements(
  template: SheetTemplate,
  counts: ReadonlyArray<number>,
  startPosition: number,
): Result<ReadonlyArray<SheetPlacement>, FnskuSheetError> {
  const labelsPerSheet = template.columns * template.rows;
  if (!Number.isInteger(startPosition) || startPosition < 1 || startPosition > labelsPerSheet) {
    return err({ code: 'fnsku-start-position-invalid', startPosition, labelsPerSheet });
  }
  if (counts.length === 0) {
    return err({ code: 'fnsku-job-empty' });
  }
  const badEntry = counts.findIndex((count) => !Number.isInteger(count) || count < 1);
  if (badEntry !== -1) {
    return err({ code: 'fnsku-count-invalid', entry: badEntry, count: counts[badEntry] ?? 0 });
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total > maxLabelsPerJob) {
    return err({ code: 'fnsku-job-too-large', labels: total, maximum: maxLabelsPerJob });
  }

  const placements: SheetPlacement[] = [];
  let slot = startPosition - 1;
  counts.forEach((count, entry) => {
    for (let copy = 0; copy < count; copy += 1) {
      const onPage = slot % labelsPerSheet;
      placements.push({
        page: Math.floor(slot / labelsPerSheet),
        position: onPage + 1,
        column: onPage % template.columns,
        row: Math.floor(onPage / template.columns),
        entry,
      });
      slot += 1;
    }
  });
  return ok(placements);
}

function translate(element: LabelElement, dxMm: number, dyMm: number): LabelElement {
  switch (element.kind) {
    case 'line':
      return { ...element, x1Mm: element.x1Mm + dxMm, y1Mm: element.y1Mm + dyMm, x2Mm: element.x2Mm + dxMm, y2Mm: element.y2Mm + dyMm };
    default:
      return { ...element, xMm: element.xMm + dxMm, yMm: element.yMm + dyMm };
  }
}

/**
 * Builds the sheets of a job as one label document per sheet, ready for `renderLabelPagesPdf`.
 * Each FNSKU is checked and laid out once, then copied to its positions. Every sheet is
 * validated, so a barcode that does not fit its cell at the module width rejects the whole job.
 * Sheets default to 300 dpi, whose dot grid a 600-dpi laser printer also keeps.
 */
export function buildFnskuSheets(job: FnskuSheetJob, options: Partial<FnskuLayoutOptions> = {}): Result<ReadonlyArray<LabelDocument>, FnskuSheetError> {
  const layoutOptions: FnskuLayoutOptions = { dpi: options.dpi ?? 300, ...options };
  const { template } = job;
  const placements = planSheetPlacements(template, job.entries.map((entry) => entry.count), job.startPosition);
  if (!placements.ok) {
    return placements;
  }
  const moduleDots = fnskuModuleDots(layoutOptions);
  if (!moduleDots.ok) {
    return moduleDots;
  }

  const cells: Array<ReadonlyArray<LabelElement>> = [];
  for (const entry of job.entries) {
    const checked: Result<CheckedFnskuLabel, FnskuLabelError> = checkFnskuLabelData(entry.label);
    if (!checked.ok) {
      return checked;
    }
    const area = { xMm: 0, yMm: 0, widthMm: template.labelWidthMm, heightMm: template.labelHeightMm };
    const elements = fnskuLabelElements(checked.value, area, moduleDots.value, layoutOptions);
    if (!elements.ok) {
      return elements;
    }
    cells.push(elements.value);
  }

  const pageCount = (placements.value.at(-1)?.page ?? 0) + 1;
  const pageElements: LabelElement[][] = Array.from({ length: pageCount }, () => []);
  for (const placement of placements.value) {
    const dxMm = template.leftMarginMm + placement.column * template.columnPitchMm;
    const dyMm = template.topMarginMm + placement.row * template.rowPitchMm;
    const cell = cells[placement.entry] ?? [];
    pageElements[placement.page]?.push(...cell.map((element) => translate(element, dxMm, dyMm)));
  }

  const pages: LabelDocument[] = [];
  for (const [index, elements] of pageElements.entries()) {
    const page = validateLabelDocument({
      widthMm: template.pageWidthMm,
      heightMm: template.pageHeightMm,
      dpi: layoutOptions.dpi,
      title: `FNSKU labels ${template.name} sheet ${index + 1} of ${pageCount}`,
      elements,
    });
    if (!page.ok) {
      return page;
    }
    pages.push(page.value);
  }
  return ok(pages);
}
