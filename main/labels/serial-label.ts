import { err, type Result } from '../core/result';
import { hasValidGs1CheckDigit } from '../gs1/check-digit';
import type { Translate } from '../core/translator';
import { chooseModuleDots } from './dots';
import { horizontalRule, textAt } from './element-builders';
import type { LabelError } from './errors';
import type { BarcodeElement, Dpi, LabelDocument } from './model';
import { validateLabelDocument } from './validate';

/** The content of a serial label: the product and the serial Packtrace assigned to the unit. */
export interface SerialLabelData {
  readonly clientCode: string;
  readonly sku: string;
  readonly title: string;
  /** GTIN-14; with it the barcode is GS1-128 (01) GTIN (21) serial, without it Code 128 of the serial. */
  readonly gtin: string | null;
  readonly serial: string;
  readonly lot: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly expiry: string | null;
}

export interface SerialLabelOptions {
  readonly dpi: Dpi;
  readonly t: Translate;
}

// A 100 × 38 mm (4 × 1.5 in) thermal label, a common roll size for unit labels.
const pageWidthMm = 101.6;
const pageHeightMm = 38.1;
const marginMm = 3;
const contentWidthMm = pageWidthMm - 2 * marginMm;
// GS1 General Specifications, symbol specification table 2 (trade items not scanned at the point
// of sale): GS1-128 X-dimension at least 0.25 mm. The same minimum keeps Code 128 readable.
const minimumModuleMm = 0.25;
const barHeightMm = 13;

/**
 * Builds a serial label: client, SKU and title, lot and expiry when known, and the serial as a
 * barcode with its text under the bars. A serial outside printable ASCII is
 * `label-barcode-data-invalid`, because Code 128 cannot encode it. Returns
 * `label-barcode-does-not-fit` when the symbol does not fit at the minimum module width.
 */
export function buildSerialLabel(data: SerialLabelData, options: SerialLabelOptions): Result<LabelDocument, LabelError> {
  const useGs1 = data.gtin !== null && /^\d{14}$/.test(data.gtin) && hasValidGs1CheckDigit(data.gtin);
  if (!/^[\x20-\x7e]{1,64}$/.test(data.serial)) {
    const symbology = useGs1 ? 'gs1-128' : 'code128';
    return err({ code: 'label-barcode-data-invalid', symbology, data: data.serial, reason: 'serial has characters outside printable ASCII' });
  }

  const { t } = options;
  const details = [
    data.lot === null ? null : t('tracking:label.lot', { lot: data.lot }),
    data.expiry === null ? null : t('tracking:label.expiry', { expiry: data.expiry }),
  ].filter((part): part is string => part !== null);
  const barcode: BarcodeElement = {
    kind: 'barcode',
    symbology: useGs1 ? 'gs1-128' : 'code128',
    data: useGs1 ? `(01)${data.gtin}(21)${data.serial}` : data.serial,
    xMm: marginMm,
    yMm: 15,
    widthMm: contentWidthMm,
    barHeightMm,
    moduleDots: chooseModuleDots(options.dpi, minimumModuleMm),
    quietZoneModules: 10,
    align: 'center',
    humanReadable: { text: data.serial, font: 'bold', size: { unit: 'pt', value: 10 }, gapMm: 0.8 },
  };

  return validateLabelDocument({
    widthMm: pageWidthMm,
    heightMm: pageHeightMm,
    dpi: options.dpi,
    title: `Serial label ${data.sku} ${data.serial}`,
    elements: [
      textAt(`${data.clientCode} · ${data.sku}`, { xMm: marginMm, yMm: 2.5, maxWidthMm: contentWidthMm, font: 'bold', sizePt: 10 }),
      textAt(data.title, { xMm: marginMm, yMm: 7, maxWidthMm: contentWidthMm, sizePt: 8 }),
      textAt(details.join('   '), { xMm: marginMm, yMm: 10.6, maxWidthMm: contentWidthMm, sizePt: 8 }),
      horizontalRule(marginMm, 14.2, contentWidthMm, 0.3),
      barcode,
    ],
  });
}
