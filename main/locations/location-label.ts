import type { Result } from '../core/result';
import type { Translate } from '../core/translator';
import { chooseModuleDots } from '../labels/dots';
import { textAt } from '../labels/element-builders';
import type { LabelError } from '../labels/errors';
import type { Dpi, LabelDocument } from '../labels/model';
import { validateLabelDocument } from '../labels/validate';
import { locationBarcodeData, type LocationRow } from './locations';

// A 100 × 50 mm shelf label; the code is large enough to read from a forklift seat at about 2 m.
const pageWidthMm = 100;
const pageHeightMm = 50;
const marginMm = 4;
const contentWidthMm = pageWidthMm - 2 * marginMm;
// Put-away scans happen at arm's length or further, so the bars are wider than on unit labels.
const minimumModuleMm = 0.375;

/**
 * Builds a location label: the location code in large type, its name, and a Code 128 barcode of
 * `LOC:` and the code, which the put-away and cycle count screens read as a location scan.
 */
export function buildLocationLabel(location: LocationRow, options: { readonly dpi: Dpi; readonly t: Translate }): Result<LabelDocument, LabelError> {
  return validateLabelDocument({
    widthMm: pageWidthMm,
    heightMm: pageHeightMm,
    dpi: options.dpi,
    title: `Location label ${location.code}`,
    elements: [
      textAt(options.t('tracking:label.location'), { xMm: marginMm, yMm: 3, maxWidthMm: contentWidthMm, sizePt: 8 }),
      textAt(location.code, { xMm: marginMm, yMm: 6.5, maxWidthMm: contentWidthMm, font: 'bold', sizePt: 34, minSizePt: 16, align: 'center' }),
      textAt(location.name, { xMm: marginMm, yMm: 20, maxWidthMm: contentWidthMm, sizePt: 9, align: 'center' }),
      {
        kind: 'barcode',
        symbology: 'code128',
        data: locationBarcodeData(location.code),
        xMm: marginMm,
        yMm: 25.5,
        widthMm: contentWidthMm,
        barHeightMm: 16,
        moduleDots: chooseModuleDots(options.dpi, minimumModuleMm),
        quietZoneModules: 10,
        align: 'center',
        humanReadable: null,
      },
    ],
  });
}
