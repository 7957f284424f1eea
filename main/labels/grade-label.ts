import { err, type Result } from '../core/result';
import { horizontalRule, textAt } from './element-builders';
import type { LabelError } from './errors';
import type { LabelDocument } from './model';
import { code128WithText, isCode128Text, type ReturnedUnitLabelOptions } from './returned-unit-barcode';
import { validateLabelDocument } from './validate';

/** The content of a grade label, stuck on a returned unit once the returns desk has graded it. */
export interface GradeLabelData {
  readonly clientCode: string;
  readonly sku: string;
  readonly title: string;
  readonly serial: string;
  readonly grade: 'A' | 'B' | 'C' | 'D';
  /** Amazon's condition for the grade, such as 'Used - Very Good'; null when none was mapped. */
  readonly amazonCondition: string | null;
  /** The return's RMA, license plate number or tracking number; '' for a return without one. */
  readonly returnReference: string;
  /** Translated disposition, such as "Restock as used". */
  readonly dispositionText: string;
}

// A 4 × 2 in (101.6 × 50.8 mm) thermal label, a common roll size on returns desks.
const pageWidthMm = 101.6;
const pageHeightMm = 50.8;
const marginMm = 3;
const contentWidthMm = pageWidthMm - 2 * marginMm;
const gradeBoxMm = 20;
const detailsXMm = marginMm + gradeBoxMm + 3;
const detailsWidthMm = pageWidthMm - marginMm - detailsXMm;

/**
 * Builds a grade label: client, SKU and title, the grade letter in a box, Amazon's condition,
 * the return reference and the disposition, and the serial as a Code 128 barcode. A serial
 * outside printable ASCII is `label-barcode-data-invalid`, and one too long for the label's
 * width is `label-barcode-does-not-fit`.
 */
export function buildGradeLabel(data: GradeLabelData, options: ReturnedUnitLabelOptions): Result<LabelDocument, LabelError> {
  if (!isCode128Text(data.serial)) {
    return err({ code: 'label-barcode-data-invalid', symbology: 'code128', data: data.serial, reason: 'serial has characters outside printable ASCII' });
  }

  const { t } = options;
  const reference = data.returnReference === '' ? t('return-evidence:label.no-reference') : t('return-evidence:label.return-reference', { reference: data.returnReference });
  return validateLabelDocument({
    widthMm: pageWidthMm,
    heightMm: pageHeightMm,
    dpi: options.dpi,
    title: `Grade label ${data.sku} ${data.serial}`,
    elements: [
      textAt(`${data.clientCode} · ${data.sku}`, { xMm: marginMm, yMm: 2.5, maxWidthMm: contentWidthMm, font: 'bold', sizePt: 10 }),
      textAt(data.title, { xMm: marginMm, yMm: 7, maxWidthMm: contentWidthMm, sizePt: 8 }),
      { kind: 'box', xMm: marginMm, yMm: 11, widthMm: gradeBoxMm, heightMm: gradeBoxMm, thicknessMm: 0.6, filled: false },
      textAt(data.grade, { xMm: marginMm, yMm: 12.6, maxWidthMm: gradeBoxMm, font: 'bold', sizePt: 40, align: 'center' }),
      textAt(t('return-evidence:label.grade-heading'), { xMm: detailsXMm, yMm: 11.5, maxWidthMm: detailsWidthMm, sizePt: 8 }),
      textAt(data.amazonCondition ?? t('return-evidence:label.no-condition'), { xMm: detailsXMm, yMm: 15.5, maxWidthMm: detailsWidthMm, font: 'bold', sizePt: 12, minSizePt: 8 }),
      textAt(reference, { xMm: detailsXMm, yMm: 21.8, maxWidthMm: detailsWidthMm, sizePt: 8 }),
      textAt(data.dispositionText, { xMm: detailsXMm, yMm: 25.8, maxWidthMm: detailsWidthMm, sizePt: 8 }),
      horizontalRule(marginMm, 32.5, contentWidthMm, 0.3),
      code128WithText(data.serial, { xMm: marginMm, yMm: 34, widthMm: contentWidthMm, barHeightMm: 10 }, options.dpi, 9),
    ],
  });
}
