import { type Result, err } from '../core/result';
import { chooseModuleDots } from './dots';
import { horizontalRule, lineAdvanceMm, textAt } from './element-builders';
import type { LabelError } from './errors';
import type { BarcodeElement, Dpi, LabelDocument, LabelElement } from './model';
import { formatSsccForPeople, validateSscc } from './sscc';
import { validateLabelDocument } from './validate';

/** A postal address as printed: one line per entry, postcode and city on one line. */
export interface Address {
  readonly name: string;
  readonly addressLines: ReadonlyArray<string>;
  readonly postcode: string;
  readonly city: string;
  /** Country name or ISO 3166 code, printed as given. */
  readonly country: string;
}

export interface CartonContentLine {
  readonly sku: string;
  readonly title: string;
  readonly quantity: number;
}

/** Everything printed on a carton label, as plain data. */
export interface CartonLabelData {
  readonly sscc: string;
  /** Length of the GS1 company prefix inside the SSCC, used only to group the printed digits. */
  readonly companyPrefixLength?: number;
  readonly shipFrom: Address;
  readonly shipTo: Address;
  readonly shipmentReference: string;
  readonly clientName: string;
  /** 1-based position of this carton in the shipment. */
  readonly cartonNumber: number;
  /** Number of cartons in the shipment, or null while packing is still open. */
  readonly cartonCount: number | null;
  readonly contents: ReadonlyArray<CartonContentLine>;
  readonly weightGrams?: number;
  /** Packing time, printed as given, so the caller formats it for the station. */
  readonly packedAt?: string;
}

/** Returns the operator-language text for a caption key, with `{{name}}` placeholders filled. */
export type TranslateCaption = (key: string, params?: Readonly<Record<string, string | number>>) => string;

export interface CartonLabelOptions {
  readonly dpi: Dpi;
  readonly t: TranslateCaption;
  /** BCP 47 locale for numbers such as the weight; defaults to `en`. */
  readonly locale?: string;
}

// 4 × 6 in portrait, the usual size for carton and pallet labels on thermal printers.
const pageWidthMm = 101.6;
const pageHeightMm = 152.4;
const marginMm = 4;
const contentWidthMm = pageWidthMm - 2 * marginMm;
const rightColumnXMm = 56;
const rightColumnWidthMm = pageWidthMm - marginMm - rightColumnXMm;
const ruleThicknessMm = 0.4;
const captionSizePt = 6.5;

// NOTE: 0.495 mm minimum X-dimension and 31.75 mm bar height are taken from memory of the GS1
// General Specifications table for GS1-128 on logistic labels. Check them against that table.
const ssccMinimumModuleMm = 0.495;
const ssccBarHeightMm = 31.75;
const ssccQuietZoneModules = 10;

// Vertical bands of the label, top to bottom.
const fromTopMm = marginMm;
const shipToTopMm = 25;
const cartonTopMm = 61;
const contentsTopMm = 78;
const ssccTopMm = 108;

const contentsSizePt = 8;
const contentsFirstLineMm = contentsTopMm + 4;
const contentsBottomMm = ssccTopMm - 2.5;
const quantityColumnWidthMm = 16;

function caption(text: string, xMm: number, yMm: number, widthMm: number): LabelElement {
  return textAt(text, { xMm, yMm, maxWidthMm: widthMm, font: 'bold', sizePt: captionSizePt });
}

interface AddressStyle {
  readonly nameSizePt: number;
  readonly lineSizePt: number;
  /** Address lines beyond this count are joined onto the last allowed line, which is shortened to fit. */
  readonly maxAddressLines: number;
}

function limitAddressLines(lines: ReadonlyArray<string>, maxLines: number): ReadonlyArray<string> {
  if (lines.length <= maxLines) {
    return lines;
  }
  return [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(', ')];
}

// NOTE: postcode before city is the continental European order; UK and Irish addresses put the
// city first, and this block does not yet follow the destination country's convention.
function addressBlock(address: Address, xMm: number, topMm: number, widthMm: number, style: AddressStyle): LabelElement[] {
  const { nameSizePt, lineSizePt } = style;
  const name = textAt(address.name, { xMm, yMm: topMm, maxWidthMm: widthMm, font: 'bold', sizePt: nameSizePt, minSizePt: nameSizePt * 0.75 });
  const elements: LabelElement[] = [name];
  let yMm = topMm + lineAdvanceMm(nameSizePt);
  const addressLines = limitAddressLines(address.addressLines, style.maxAddressLines);
  for (const line of [...addressLines, `${address.postcode} ${address.city}`, address.country]) {
    elements.push(textAt(line, { xMm, yMm, maxWidthMm: widthMm, sizePt: lineSizePt }));
    yMm += lineAdvanceMm(lineSizePt);
  }
  return elements;
}

function headerSection(data: CartonLabelData, t: TranslateCaption): LabelElement[] {
  const fromWidthMm = rightColumnXMm - marginMm - 3;
  return [
    caption(t('labels:carton.shipFrom'), marginMm, fromTopMm, fromWidthMm),
    ...addressBlock(data.shipFrom, marginMm, fromTopMm + 3, fromWidthMm, { nameSizePt: 7.5, lineSizePt: 7, maxAddressLines: 2 }),
    caption(t('labels:carton.client'), rightColumnXMm, fromTopMm, rightColumnWidthMm),
    textAt(data.clientName, { xMm: rightColumnXMm, yMm: fromTopMm + 3, maxWidthMm: rightColumnWidthMm, font: 'bold', sizePt: 9, minSizePt: 7 }),
    caption(t('labels:carton.shipment'), rightColumnXMm, fromTopMm + 8, rightColumnWidthMm),
    textAt(data.shipmentReference, {
      xMm: rightColumnXMm,
      yMm: fromTopMm + 11,
      maxWidthMm: rightColumnWidthMm,
      font: 'bold',
      sizePt: 9,
      maxLines: 2,
    }),
    horizontalRule(marginMm, shipToTopMm - 2, contentWidthMm, ruleThicknessMm),
  ];
}

function shipToSection(data: CartonLabelData, t: TranslateCaption): LabelElement[] {
  return [
    caption(t('labels:carton.shipTo'), marginMm, shipToTopMm, contentWidthMm),
    ...addressBlock(data.shipTo, marginMm + 2, shipToTopMm + 3.5, contentWidthMm - 2, { nameSizePt: 14, lineSizePt: 11, maxAddressLines: 3 }),
    horizontalRule(marginMm, cartonTopMm - 2, contentWidthMm, ruleThicknessMm),
  ];
}

function cartonSection(data: CartonLabelData, options: CartonLabelOptions): LabelElement[] {
  const { t } = options;
  const numberText =
    data.cartonCount === null
      ? t('labels:carton.cartonNumberOfUnknown', { number: data.cartonNumber })
      : t('labels:carton.cartonNumberOfCount', { number: data.cartonNumber, count: data.cartonCount });
  const elements: LabelElement[] = [
    caption(t('labels:carton.carton'), marginMm, cartonTopMm, rightColumnXMm - marginMm),
    textAt(numberText, {
      xMm: marginMm,
      yMm: cartonTopMm + 3,
      maxWidthMm: rightColumnXMm - marginMm - 3,
      font: 'bold',
      sizePt: 22,
      minSizePt: 12,
    }),
  ];

  if (data.weightGrams !== undefined) {
    const kilograms = new Intl.NumberFormat(options.locale ?? 'en', { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(
      data.weightGrams / 1000,
    );
    elements.push(
      caption(t('labels:carton.weight'), rightColumnXMm, cartonTopMm, rightColumnWidthMm),
      textAt(`${kilograms} kg`, { xMm: rightColumnXMm, yMm: cartonTopMm + 3, maxWidthMm: rightColumnWidthMm, font: 'bold', sizePt: 10 }),
    );
  }
  if (data.packedAt !== undefined) {
    elements.push(
      caption(t('labels:carton.packedAt'), rightColumnXMm, cartonTopMm + 8, rightColumnWidthMm),
      textAt(data.packedAt, { xMm: rightColumnXMm, yMm: cartonTopMm + 11, maxWidthMm: rightColumnWidthMm, sizePt: 8 }),
    );
  }

  elements.push(horizontalRule(marginMm, contentsTopMm - 2, contentWidthMm, ruleThicknessMm));
  return elements;
}

function contentsSection(data: CartonLabelData, t: TranslateCaption): LabelElement[] {
  const totalQuantity = data.contents.reduce((sum, line) => sum + line.quantity, 0);
  const elements: LabelElement[] = [
    caption(t('labels:carton.contents'), marginMm, contentsTopMm, contentWidthMm / 2),
    textAt(t('labels:carton.totalQuantity', { count: totalQuantity }), {
      xMm: marginMm + contentWidthMm / 2,
      yMm: contentsTopMm,
      maxWidthMm: contentWidthMm / 2,
      font: 'bold',
      sizePt: captionSizePt,
      align: 'right',
    }),
  ];

  // When the lines do not all fit, the last slot shows how many were left out instead.
  const advanceMm = lineAdvanceMm(contentsSizePt);
  const slots = Math.floor((contentsBottomMm - contentsFirstLineMm) / advanceMm);
  const shownCount = data.contents.length <= slots ? data.contents.length : slots - 1;
  const skuWidthMm = contentWidthMm - quantityColumnWidthMm;
  data.contents.slice(0, shownCount).forEach((line, index) => {
    const yMm = contentsFirstLineMm + index * advanceMm;
    elements.push(
      textAt(`${line.sku}  ${line.title}`, { xMm: marginMm, yMm, maxWidthMm: skuWidthMm - 1, sizePt: contentsSizePt }),
      textAt(`× ${line.quantity}`, {
        xMm: marginMm + skuWidthMm,
        yMm,
        maxWidthMm: quantityColumnWidthMm,
        font: 'bold',
        sizePt: contentsSizePt,
        align: 'right',
      }),
    );
  });
  if (shownCount < data.contents.length) {
    elements.push(
      textAt(t('labels:carton.moreContents', { count: data.contents.length - shownCount }), {
        xMm: marginMm,
        yMm: contentsFirstLineMm + shownCount * advanceMm,
        maxWidthMm: contentWidthMm,
        font: 'bold',
        sizePt: contentsSizePt,
      }),
    );
  }

  elements.push(horizontalRule(marginMm, ssccTopMm - 2, contentWidthMm, ruleThicknessMm));
  return elements;
}

function ssccSection(data: CartonLabelData, options: CartonLabelOptions): LabelElement[] {
  const barcode: BarcodeElement = {
    kind: 'barcode',
    symbology: 'gs1-128',
    data: `(00)${data.sscc}`,
    xMm: marginMm,
    yMm: ssccTopMm + 4,
    widthMm: contentWidthMm,
    barHeightMm: ssccBarHeightMm,
    moduleDots: chooseModuleDots(options.dpi, ssccMinimumModuleMm),
    quietZoneModules: ssccQuietZoneModules,
    align: 'center',
    humanReadable: {
      text: formatSsccForPeople(data.sscc, data.companyPrefixLength),
      font: 'bold',
      size: { unit: 'pt', value: 11 },
      gapMm: 1,
    },
  };
  return [caption(options.t('labels:carton.sscc'), marginMm, ssccTopMm, contentWidthMm), barcode];
}

/**
 * Builds the 4 × 6 in carton label: ship-from, client and shipment, ship-to, carton n of m
 * (`n of ?` while the count is unknown), a contents summary and the SSCC as GS1-128 with AI 00.
 * Returns `label-sscc-invalid` for an SSCC that is not 18 digits with a correct check digit,
 * `label-carton-number-invalid` for a carton number outside 1..count, and
 * `label-barcode-does-not-fit` when the SSCC symbol does not fit at the minimum module width.
 */
export function buildCartonLabel(data: CartonLabelData, options: CartonLabelOptions): Result<LabelDocument, LabelError> {
  const sscc = validateSscc(data.sscc);
  if (!sscc.ok) {
    return err({ code: 'label-sscc-invalid', sscc: data.sscc, cause: sscc.error });
  }
  const countValid = data.cartonCount === null || (Number.isInteger(data.cartonCount) && data.cartonNumber <= data.cartonCount);
  if (!Number.isInteger(data.cartonNumber) || data.cartonNumber < 1 || !countValid) {
    return err({ code: 'label-carton-number-invalid', cartonNumber: data.cartonNumber, cartonCount: data.cartonCount });
  }

  const document: LabelDocument = {
    widthMm: pageWidthMm,
    heightMm: pageHeightMm,
    dpi: options.dpi,
    title: `Carton label ${data.sscc}`,
    elements: [
      ...headerSection(data, options.t),
      ...shipToSection(data, options.t),
      ...cartonSection(data, options),
      ...contentsSection(data, options.t),
      ...ssccSection(data, options),
    ],
  };
  return validateLabelDocument(document);
}
