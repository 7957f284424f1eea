import { err, type Result } from '../core/result';
import { horizontalRule, textAt } from './element-builders';
import type { LabelError } from './errors';
import type { LabelDocument, LabelElement } from './model';
import { code128WithText, isCode128Text, type ReturnedUnitLabelOptions } from './returned-unit-barcode';
import { validateLabelDocument } from './validate';

/** The content of a return-to-vendor label, for a unit the returns desk sends back to its vendor. */
export interface ReturnToVendorLabelData {
  readonly clientCode: string;
  readonly clientName: string;
  readonly sku: string;
  readonly title: string;
  readonly serial: string;
  readonly grade: 'A' | 'B' | 'C' | 'D';
  readonly amazonCondition: string | null;
  /** The return's RMA, license plate number or tracking number; '' for a return without one. */
  readonly returnReference: string;
  /** The customer's return reason as the return recorded it; '' when none. */
  readonly reason: string;
}

// A 4 × 3 in (101.6 × 76.2 mm) thermal label: room for two barcodes, reference and serial.
const pageWidthMm = 101.6;
const pageHeightMm = 76.2;
const marginMm = 3;
const contentWidthMm = pageWidthMm - 2 * marginMm;

/**
 * Builds a return-to-vendor label: a heading, the owning client, SKU and title, grade and
 * condition, the return reason, then the return reference and the serial as Code 128 barcodes.
 * A return without a reference gets a line saying so in place of its barcode. Data outside
 * printable ASCII is `label-barcode-data-invalid`.
 */
export function buildReturnToVendorLabel(data: ReturnToVendorLabelData, options: ReturnedUnitLabelOptions): Result<LabelDocument, LabelError> {
  for (const value of [data.serial, data.returnReference]) {
    if (value !== '' && !isCode128Text(value)) {
      return err({ code: 'label-barcode-data-invalid', symbology: 'code128', data: value, reason: 'value has characters outside printable ASCII' });
    }
  }

  const { t } = options;
  const line = (text: string, yMm: number, sizePt = 8, font: 'regular' | 'bold' = 'regular') => textAt(text, { xMm: marginMm, yMm, maxWidthMm: contentWidthMm, sizePt, font });
  const condition = data.amazonCondition === null ? `${data.grade}` : `${data.grade} · ${data.amazonCondition}`;
  const reason = data.reason === '' ? t('return-evidence:label.no-reason') : t('return-evidence:label.reason', { reason: data.reason });
  const elements: LabelElement[] = [
    textAt(t('return-evidence:label.return-to-vendor-heading'), { xMm: marginMm, yMm: 2.5, maxWidthMm: contentWidthMm, font: 'bold', sizePt: 14, minSizePt: 10 }),
    line(t('return-evidence:label.owner', { name: data.clientName, code: data.clientCode }), 8.8, 9, 'bold'),
    line(`${data.sku} · ${data.title}`, 13.2),
    line(t('return-evidence:label.grade-and-condition', { condition }), 16.9),
    line(reason, 20.6),
    horizontalRule(marginMm, 25, contentWidthMm, 0.3),
    line(t('return-evidence:label.reference-caption'), 26.2, 7),
  ];
  if (data.returnReference === '') {
    elements.push(line(t('return-evidence:label.no-reference'), 32, 10, 'bold'));
  } else {
    elements.push(code128WithText(data.returnReference, { xMm: marginMm, yMm: 29.4, widthMm: contentWidthMm, barHeightMm: 11 }, options.dpi, 9));
  }
  elements.push(
    horizontalRule(marginMm, 49, contentWidthMm, 0.3),
    line(t('return-evidence:label.serial-caption'), 50.2, 7),
    code128WithText(data.serial, { xMm: marginMm, yMm: 53.4, widthMm: contentWidthMm, barHeightMm: 13 }, options.dpi, 9),
  );

  return validateLabelDocument({
    widthMm: pageWidthMm,
    heightMm: pageHeightMm,
    dpi: options.dpi,
    title: `Return to vendor ${data.sku} ${data.serial}`,
    elements,
  });
}
