import { chooseModuleDots } from './dots';
import type { Translate } from '../core/translator';
import type { BarcodeElement, Dpi } from './model';

/** Options of the returned-unit labels (grade, return-to-vendor): the printer's resolution and the caption language. */
export interface ReturnedUnitLabelOptions {
  readonly dpi: Dpi;
  readonly t: Translate;
}

// Same X-dimension floor as the serial label: at least 0.25 mm, which keeps Code 128 readable
// by the bench's hand scanners at 203 and 300 dpi.
const minimumModuleMm = 0.25;

/** True when Code 128 can encode `data`: 1 to 64 printable ASCII characters. */
export function isCode128Text(data: string): boolean {
  return /^[\x20-\x7e]{1,64}$/.test(data);
}

/**
 * Creates a Code 128 barcode element of `data` with its text under the bars, centred in a box
 * `widthMm` wide, with a 10-module quiet zone on each side. Returned-unit labels use plain
 * Code 128 because the returns desk scans the bare serial or reference.
 */
export function code128WithText(data: string, box: { readonly xMm: number; readonly yMm: number; readonly widthMm: number; readonly barHeightMm: number }, dpi: Dpi, textSizePt: number): BarcodeElement {
  return {
    kind: 'barcode',
    symbology: 'code128',
    data,
    xMm: box.xMm,
    yMm: box.yMm,
    widthMm: box.widthMm,
    barHeightMm: box.barHeightMm,
    moduleDots: chooseModuleDots(dpi, minimumModuleMm),
    quietZoneModules: 10,
    align: 'center',
    humanReadable: { text: data, font: 'bold', size: { unit: 'pt', value: textSizePt }, gapMm: 0.8 },
  };
}
