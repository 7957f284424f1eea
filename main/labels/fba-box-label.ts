import { type Result, err } from '../core/result';
import { formatFbaBoxId } from '../scan/fba-box-id';
import type { TranslateCaption } from './carton-label';
import { chooseModuleDots } from './dots';
import { horizontalRule, lineAdvanceMm, textAt } from './element-builders';
import type { LabelError } from './errors';
import type { BarcodeElement, Dpi, LabelDocument, LabelElement, Pdf417Element } from './model';
import { validateLabelDocument } from './validate';

/** Label stock for FBA box ID labels. */
export type FbaBoxLabelStock = '4x6in' | '3.33x4in';

export const fbaBoxLabelStocks: Readonly<Record<FbaBoxLabelStock, { readonly widthMm: number; readonly heightMm: number }>> = {
  '4x6in': { widthMm: 101.6, heightMm: 152.4 },
  '3.33x4in': { widthMm: (10 / 3) * 25.4, heightMm: 101.6 },
};

/** One FNSKU line printed in the label's content list. */
export interface FbaBoxContentSummary {
  readonly fnsku: string;
  readonly quantity: number;
}

/** Everything printed on an FBA box ID label. */
export interface FbaBoxLabelData {
  readonly shipmentId: string;
  readonly boxNumber: number;
  /** Number of boxes in the shipment, or null while packing is still open. */
  readonly boxCount: number | null;
  readonly clientName: string;
  /** Text of the 2D box-content barcode from `buildBoxContentPayload`. */
  readonly contentPayload: string;
  readonly contents: ReadonlyArray<FbaBoxContentSummary>;
  readonly weightGrams: number | null;
  /** Outer dimensions L × W × H in millimetres, or null when not measured. */
  readonly dimensionsMm: readonly [number, number, number] | null;
}

export interface FbaBoxLabelOptions {
  readonly dpi: Dpi;
  readonly stock: FbaBoxLabelStock;
  readonly t: TranslateCaption;
}

export type FbaBoxLabelError = LabelError | { readonly code: 'fba-box-number-invalid'; readonly boxNumber: number };

/**
 * Amazon's minimum PDF417 module for box-content barcodes is 0.020 in (0.508 mm), with rows of at
 * least 3 modules and error correction level 6 or more (Seller Central help page 202049090,
 * "2D barcodes for box content information").
 */
export const boxContentMinimumModuleMm = 0.508;
export const boxContentErrorCorrectionLevel = 6;
const boxContentRowHeightModules = 3;
const boxContentQuietZoneModules = 2;

// The box ID is a plain Code 128 symbol of about 220 modules. 4 × 6 in stock takes 0.33 mm
// (13 mil), and the 3⅓ in wide stock only fits 0.25 mm (10 mil), the same X as FNSKU labels.
const boxIdMinimumModuleMm: Readonly<Record<FbaBoxLabelStock, number>> = { '4x6in': 0.33, '3.33x4in': 0.25 };
const marginMm = 3;
const captionSizePt = 6.5;
const contentSizePt = 7;

// PDF417 width in modules: 17 per data column plus 69 for the start, stop and row indicators.
function pdf417Columns(availableMm: number, moduleMm: number): number {
  const modules = Math.floor(availableMm / moduleMm) - 2 * boxContentQuietZoneModules;
  return Math.max(1, Math.min(30, Math.floor((modules - 69) / 17)));
}

function boxNumberText(data: FbaBoxLabelData, t: TranslateCaption): string {
  return data.boxCount === null
    ? t('fba:boxLabel.boxNumberOfUnknown', { number: data.boxNumber })
    : t('fba:boxLabel.boxNumberOfCount', { number: data.boxNumber, count: data.boxCount });
}

function measurementText(data: FbaBoxLabelData, t: TranslateCaption): string {
  const parts: string[] = [];
  if (data.weightGrams !== null) {
    parts.push(t('fba:boxLabel.weightKg', { weight: (data.weightGrams / 1000).toFixed(2) }));
  }
  if (data.dimensionsMm !== null) {
    const [length, width, height] = data.dimensionsMm.map((mm) => (mm / 10).toFixed(1));
    parts.push(t('fba:boxLabel.dimensionsCm', { length: length ?? '', width: width ?? '', height: height ?? '' }));
  }
  return parts.join('   ');
}

/**
 * Builds an FBA box ID label: the box ID (shipment ID, `U`, six-digit box number) as Code 128,
 * box number and client, weight and dimensions, a short content list, and the PDF417
 * box-content barcode at Amazon's minimum module or wider. Rejects a box number outside
 * 1..999999 and any barcode that does not fit the stock at its module width. It never narrows a
 * barcode to make it fit. At 203 dpi the 5-dot (0.625 mm) PDF417 module makes even a short
 * level-6 symbol too tall for 3⅓ × 4 in stock, so that stock needs a 300-dpi printer.
 */
export function buildFbaBoxLabel(data: FbaBoxLabelData, options: FbaBoxLabelOptions): Result<LabelDocument, FbaBoxLabelError> {
  if (!Number.isInteger(data.boxNumber) || data.boxNumber < 1 || data.boxNumber > 999_999) {
    return err({ code: 'fba-box-number-invalid', boxNumber: data.boxNumber });
  }

  const { dpi, t } = options;
  const { widthMm, heightMm } = fbaBoxLabelStocks[options.stock];
  const innerWidthMm = widthMm - 2 * marginMm;
  const small = options.stock === '3.33x4in';
  const boxId = formatFbaBoxId({ shipmentId: data.shipmentId, boxNumber: data.boxNumber });

  let yMm = marginMm;
  const elements: LabelElement[] = [
    textAt(t('fba:boxLabel.heading'), { xMm: marginMm, yMm, maxWidthMm: innerWidthMm, font: 'bold', sizePt: small ? 9 : 11 }),
  ];
  yMm += lineAdvanceMm(small ? 9 : 11);
  elements.push(
    textAt(`${data.shipmentId}   ${boxNumberText(data, t)}`, { xMm: marginMm, yMm, maxWidthMm: innerWidthMm, font: 'bold', sizePt: small ? 8 : 10 }),
  );
  yMm += lineAdvanceMm(small ? 8 : 10);
  elements.push(textAt(data.clientName, { xMm: marginMm, yMm, maxWidthMm: innerWidthMm, sizePt: captionSizePt }));
  yMm += lineAdvanceMm(captionSizePt) + 1;

  const boxIdBarcode: BarcodeElement = {
    kind: 'barcode',
    symbology: 'code128',
    data: boxId,
    xMm: marginMm,
    yMm,
    widthMm: innerWidthMm,
    barHeightMm: small ? 12 : 18,
    moduleDots: chooseModuleDots(dpi, boxIdMinimumModuleMm[options.stock]),
    quietZoneModules: 10,
    align: 'center',
    humanReadable: { text: boxId, font: 'bold', size: { unit: 'pt', value: small ? 8 : 10 }, gapMm: 0.6 },
  };
  elements.push(boxIdBarcode);
  yMm += boxIdBarcode.barHeightMm + 0.6 + lineAdvanceMm(small ? 8 : 10) + 1;

  const measurements = measurementText(data, t);
  if (measurements !== '') {
    elements.push(textAt(measurements, { xMm: marginMm, yMm, maxWidthMm: innerWidthMm, sizePt: captionSizePt }));
    yMm += lineAdvanceMm(captionSizePt);
  }
  elements.push(horizontalRule(marginMm, yMm + 0.5, innerWidthMm, 0.3));
  yMm += 1.5;

  // The content list gets what the PDF417 symbol leaves; on small stock only a summary line.
  const contentLines = small ? 0 : Math.min(data.contents.length, 6);
  const totalUnits = data.contents.reduce((sum, line) => sum + line.quantity, 0);
  elements.push(
    textAt(t('fba:boxLabel.contentsSummary', { items: data.contents.length, units: totalUnits }), {
      xMm: marginMm,
      yMm,
      maxWidthMm: innerWidthMm,
      font: 'bold',
      sizePt: captionSizePt,
    }),
  );
  yMm += lineAdvanceMm(captionSizePt);
  for (const line of data.contents.slice(0, contentLines)) {
    elements.push(textAt(`${line.fnsku}  × ${line.quantity}`, { xMm: marginMm, yMm, maxWidthMm: innerWidthMm, sizePt: contentSizePt }));
    yMm += lineAdvanceMm(contentSizePt);
  }
  if (data.contents.length > contentLines && contentLines > 0) {
    elements.push(textAt(t('fba:boxLabel.moreContents', { count: data.contents.length - contentLines }), { xMm: marginMm, yMm, maxWidthMm: innerWidthMm, sizePt: contentSizePt }));
    yMm += lineAdvanceMm(contentSizePt);
  }

  const moduleDots = chooseModuleDots(dpi, boxContentMinimumModuleMm);
  const moduleMm = (moduleDots * 25.4) / dpi;
  const pdf417: Pdf417Element = {
    kind: 'pdf417',
    data: data.contentPayload,
    xMm: 1,
    yMm: yMm + 0.5,
    widthMm: widthMm - 2,
    heightMm: heightMm - yMm - 1.5,
    moduleDots,
    rowHeightModules: boxContentRowHeightModules,
    columns: pdf417Columns(widthMm - 2, moduleMm),
    errorCorrectionLevel: boxContentErrorCorrectionLevel,
    quietZoneModules: boxContentQuietZoneModules,
    align: 'center',
  };
  elements.push(pdf417);

  return validateLabelDocument({ widthMm, heightMm, dpi, title: `FBA box ${boxId}`, elements });
}
