import { PDFDocument } from 'pdf-lib';
import { type Result, err, ok } from '../core/result';
import { millimetresPerInch, pointsPerInch } from '../labels/model';

/** Size of the label pages cut out of a carrier's sheet, such as 4×6 in (101.6 × 152.4 mm). */
export interface LabelPageSize {
  readonly widthMm: number;
  readonly heightMm: number;
}

export const fourBySixInches: LabelPageSize = { widthMm: 101.6, heightMm: 152.4 };

export type CarrierPdfError =
  | { readonly code: 'carrier-pdf-invalid'; readonly detail: string }
  | { readonly code: 'carrier-pdf-page-too-small'; readonly page: number; readonly pageWidthMm: number; readonly pageHeightMm: number };

function mmToPoints(mm: number): number {
  return (mm * pointsPerInch) / millimetresPerInch;
}

function pointsToMm(points: number): number {
  return (points * millimetresPerInch) / pointsPerInch;
}

// Tolerance for the rounding in page sizes, such as A4 stored as 595.28 × 841.89 pt.
const pageSizeTolerancePt = 1;

/**
 * Cuts each page of a carrier's sheet PDF (A4, Letter or any page that contains several labels)
 * into label pages of `label` size, unscaled. Labels sit in a grid from the top-left corner of
 * the page: as many columns and rows as fit whole, read row by row. `labelsPerPage` limits how
 * many cells of each page are taken, for sheets that hold fewer labels than fit. A page that is
 * itself the label size is copied as one label. Content is cropped, never shrunk, so barcodes
 * keep their module width. Returns `carrier-pdf-page-too-small` for a page smaller than a label.
 *
 * NOTE: the grid assumes labels start at the page's top-left corner without margins between them,
 * as on the Letter and A4 sheets of two 4×6 labels side by side. Sheets laid out otherwise need
 * their cell positions, which this does not take yet.
 */
export async function splitCarrierPdf(pdf: Uint8Array, label: LabelPageSize = fourBySixInches, labelsPerPage?: number): Promise<Result<Buffer, CarrierPdfError>> {
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(pdf);
  } catch (error) {
    return err({ code: 'carrier-pdf-invalid', detail: (error as Error).message });
  }

  const output = await PDFDocument.create();
  const labelWidthPt = mmToPoints(label.widthMm);
  const labelHeightPt = mmToPoints(label.heightMm);
  const pages = source.getPages();
  for (const [index, page] of pages.entries()) {
    const { width, height } = page.getSize();
    const columns = Math.floor((width + pageSizeTolerancePt) / labelWidthPt);
    const rows = Math.floor((height + pageSizeTolerancePt) / labelHeightPt);
    if (columns < 1 || rows < 1) {
      return err({ code: 'carrier-pdf-page-too-small', page: index + 1, pageWidthMm: pointsToMm(width), pageHeightMm: pointsToMm(height) });
    }

    const cellCount = Math.min(columns * rows, labelsPerPage ?? columns * rows);
    for (let cell = 0; cell < cellCount; cell += 1) {
      const column = cell % columns;
      const row = Math.floor(cell / columns);
      // PDF coordinates start at the bottom-left, so row 0 is the top band of the page.
      const left = column * labelWidthPt;
      const top = height - row * labelHeightPt;
      const embedded = await output.embedPage(page, { left, right: left + labelWidthPt, bottom: top - labelHeightPt, top });
      const labelPage = output.addPage([labelWidthPt, labelHeightPt]);
      labelPage.drawPage(embedded, { x: 0, y: 0, width: labelWidthPt, height: labelHeightPt });
    }
  }

  return ok(Buffer.from(await output.save()));
}
