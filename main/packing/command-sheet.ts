import { COMMAND_BARCODE_TEXT } from '../scan/commands';
import type { PackCommand } from '../scan/types';
import { chooseModuleDots } from '../labels/dots';
import { textAt } from '../labels/element-builders';
import type { LabelError } from '../labels/errors';
import type { BarcodeElement, LabelDocument, LabelElement } from '../labels/model';
import { validateLabelDocument } from '../labels/validate';
import type { Result } from '../core/result';

/** Captions printed on the sheet, already in the station's language. */
export interface CommandSheetCaptions {
  readonly title: string;
  readonly hint: string;
  readonly commands: Readonly<Record<PackCommand, string>>;
}

// A4 portrait, for the office printer next to the bench.
const pageWidthMm = 210;
const pageHeightMm = 297;
const marginMm = 20;
const contentWidthMm = pageWidthMm - 2 * marginMm;
const firstBlockTopMm = 55;
const blockHeightMm = 75;
// 0.5 mm modules read well from a laminated sheet at arm's length; an estimate, not a standard.
const minimumModuleMm = 0.5;
const barHeightMm = 25;
const commandOrder: ReadonlyArray<PackCommand> = ['new-carton', 'close-carton', 'undo-last-scan'];

function commandBlock(command: PackCommand, caption: string, topMm: number): ReadonlyArray<LabelElement> {
  const barcode: BarcodeElement = {
    kind: 'barcode',
    symbology: 'code128',
    data: COMMAND_BARCODE_TEXT[command],
    xMm: marginMm,
    yMm: topMm + 12,
    widthMm: contentWidthMm,
    barHeightMm,
    moduleDots: chooseModuleDots(300, minimumModuleMm),
    quietZoneModules: 10,
    align: 'center',
    humanReadable: { text: COMMAND_BARCODE_TEXT[command], font: 'regular', size: { unit: 'pt', value: 9 }, gapMm: 1.5 },
  };
  return [textAt(caption, { xMm: marginMm, yMm: topMm, maxWidthMm: contentWidthMm, font: 'bold', sizePt: 18, align: 'center' }), barcode];
}

/**
 * Builds the A4 sheet with the three command barcodes (new carton, close carton, undo last scan)
 * as Code 128 with their captions, laid out for a 300 dpi printer.
 */
export function buildCommandSheet(captions: CommandSheetCaptions): Result<LabelDocument, LabelError> {
  const elements: LabelElement[] = [
    textAt(captions.title, { xMm: marginMm, yMm: marginMm, maxWidthMm: contentWidthMm, font: 'bold', sizePt: 22, align: 'center' }),
    textAt(captions.hint, { xMm: marginMm, yMm: marginMm + 12, maxWidthMm: contentWidthMm, sizePt: 11, align: 'center', maxLines: 2 }),
  ];
  commandOrder.forEach((command, index) => {
    elements.push(...commandBlock(command, captions.commands[command], firstBlockTopMm + index * blockHeightMm));
  });

  return validateLabelDocument({ widthMm: pageWidthMm, heightMm: pageHeightMm, dpi: 300, title: captions.title, elements });
}
