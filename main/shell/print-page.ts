/**
 * Options of Electron's silent label print, kept free of a runtime 'electron' import so a unit
 * test can check them under plain Node.
 */
import type { WebContentsPrintOptions } from 'electron';

/** Micrometres per millimetre; Electron takes a custom `pageSize` in micrometres. */
const micronsPerMillimetre = 1000;

/** Converts a label length in millimetres to whole micrometres, as `webContents.print` takes them. */
export function mmToMicrons(mm: number): number {
  return Math.round(mm * micronsPerMillimetre);
}

/** Size of one label page in millimetres. */
export interface LabelPageSize {
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * Returns the `webContents.print` options for one label on `deviceName`: no dialog, the label's
 * own page size (a 4 × 6 in label is 101,600 × 152,400 µm), no margins and backgrounds printed.
 * Scale 100 keeps the page at 100 %, so the bars stay on the printer's dot grid.
 */
export function labelPrintOptions(page: LabelPageSize, deviceName: string): WebContentsPrintOptions {
  return {
    silent: true,
    deviceName,
    pageSize: { width: mmToMicrons(page.widthMm), height: mmToMicrons(page.heightMm) },
    margins: { marginType: 'none' },
    printBackground: true,
    scaleFactor: 100,
  };
}
