// The Node entry point: the package root only resolves under conditions TypeScript's Bundler mode does not set.
import bwipjs from 'bwip-js/node';
import { type Result, err, ok } from '../core/result';
import { dotsToMm, mmToDotsCeil, mmToDotsFloor } from './dots';
import type { LabelError } from './errors';
import type { Dpi, Pdf417Element } from './model';

/** One dark rectangle of a laid-out PDF417 symbol, in whole printer dots from the label's top-left corner. */
export interface DotRectangle {
  readonly leftDots: number;
  readonly topDots: number;
  readonly widthDots: number;
  readonly heightDots: number;
}

/** A PDF417 symbol placed on the printer's dot grid. */
export interface Pdf417Layout {
  readonly dpi: Dpi;
  readonly moduleDots: number;
  readonly rows: number;
  readonly columnsModules: number;
  readonly rectangles: ReadonlyArray<DotRectangle>;
  readonly symbolLeftDots: number;
  readonly symbolTopDots: number;
  readonly symbolWidthDots: number;
  readonly symbolHeightDots: number;
}

/** A PDF417 symbol as a module grid: `modules[row][column]` is true for a dark module. */
export interface EncodedPdf417 {
  readonly rows: number;
  readonly columnsModules: number;
  readonly modules: ReadonlyArray<ReadonlyArray<boolean>>;
}

interface RawMatrix {
  readonly pixs: ReadonlyArray<number>;
  readonly pixx: number;
}

/**
 * Encodes `data` as PDF417 with bwip-js's raw output: one entry per module, one row per PDF417
 * row, so the grid maps onto whole printer dots without resampling. Encoder failures, such as
 * data too long for the symbol, return `label-barcode-data-invalid`.
 */
export function encodePdf417(data: string, columns: number, errorCorrectionLevel: number): Result<EncodedPdf417, LabelError> {
  if (data === '') {
    return err({ code: 'label-barcode-data-invalid', symbology: 'pdf417', data, reason: 'Barcode data is empty' });
  }

  let matrix: RawMatrix;
  try {
    // A variable, not a literal, because bwip-js's RawOptions type leaves out the PDF417 options.
    const options = { bcid: 'pdf417', text: data, columns, eclevel: errorCorrectionLevel };
    const encoded = bwipjs.raw(options) as unknown as ReadonlyArray<RawMatrix>;
    const first = encoded[0];
    if (encoded.length !== 1 || first === undefined || !('pixs' in first)) {
      throw new Error('bwip-js returned no single PDF417 matrix');
    }
    matrix = first;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err({ code: 'label-barcode-data-invalid', symbology: 'pdf417', data, reason });
  }

  const columnsModules = matrix.pixx;
  const rows = matrix.pixs.length / columnsModules;
  if (!Number.isInteger(rows)) {
    throw new Error(`bwip-js returned ${matrix.pixs.length} PDF417 modules, not a multiple of the row width ${columnsModules}`);
  }
  const modules = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columnsModules }, (__, column) => matrix.pixs[row * columnsModules + column] === 1),
  );
  return ok({ rows, columnsModules, modules });
}

// Merges each row's runs of dark modules into one rectangle, so a renderer draws about a third
// as many shapes as there are dark modules.
function rowRectangles(encoded: EncodedPdf417, leftDots: number, topDots: number, moduleDots: number, rowDots: number): DotRectangle[] {
  const rectangles: DotRectangle[] = [];
  encoded.modules.forEach((row, rowIndex) => {
    let runStart = -1;
    for (let column = 0; column <= row.length; column += 1) {
      const dark = column < row.length && row[column] === true;
      if (dark && runStart === -1) {
        runStart = column;
      }
      if (!dark && runStart !== -1) {
        rectangles.push({
          leftDots: leftDots + runStart * moduleDots,
          topDots: topDots + rowIndex * rowDots,
          widthDots: (column - runStart) * moduleDots,
          heightDots: rowDots,
        });
        runStart = -1;
      }
    }
  });
  return rectangles;
}

/**
 * Encodes a PDF417 element and places it on the dot grid of `dpi`. The symbol and its quiet
 * zone on every side must fit the element's box at the element's module width, or this returns
 * `label-barcode-does-not-fit`. It never narrows the modules.
 */
export function layoutPdf417(element: Pdf417Element, dpi: Dpi): Result<Pdf417Layout, LabelError> {
  if (!Number.isInteger(element.moduleDots) || element.moduleDots < 1) {
    throw new Error(`PDF417 module width must be a whole number of dots, got ${element.moduleDots}`);
  }
  if (!Number.isInteger(element.rowHeightModules) || element.rowHeightModules < 3) {
    throw new Error(`PDF417 row height must be at least 3 modules, got ${element.rowHeightModules}`);
  }

  const encoded = encodePdf417(element.data, element.columns, element.errorCorrectionLevel);
  if (!encoded.ok) {
    return encoded;
  }

  const boxLeftDots = mmToDotsCeil(dpi, element.xMm);
  const boxTopDots = mmToDotsCeil(dpi, element.yMm);
  const availableWidthDots = mmToDotsFloor(dpi, element.xMm + element.widthMm) - boxLeftDots;
  const availableHeightDots = mmToDotsFloor(dpi, element.yMm + element.heightMm) - boxTopDots;
  const quietZoneDots = element.quietZoneModules * element.moduleDots;
  const rowDots = element.rowHeightModules * element.moduleDots;
  const symbolWidthDots = encoded.value.columnsModules * element.moduleDots;
  const symbolHeightDots = encoded.value.rows * rowDots;
  const neededWidthDots = symbolWidthDots + 2 * quietZoneDots;
  const neededHeightDots = symbolHeightDots + 2 * quietZoneDots;
  if (neededWidthDots > availableWidthDots || neededHeightDots > availableHeightDots) {
    const widthShort = neededWidthDots > availableWidthDots;
    return err({
      code: 'label-barcode-does-not-fit',
      symbology: 'pdf417',
      dpi,
      moduleDots: element.moduleDots,
      neededMm: dotsToMm(dpi, widthShort ? neededWidthDots : neededHeightDots),
      availableMm: dotsToMm(dpi, Math.max(0, widthShort ? availableWidthDots : availableHeightDots)),
    });
  }

  const leadingDots = element.align === 'center' ? Math.floor((availableWidthDots - neededWidthDots) / 2) : 0;
  const symbolLeftDots = boxLeftDots + leadingDots + quietZoneDots;
  const symbolTopDots = boxTopDots + quietZoneDots;
  return ok({
    dpi,
    moduleDots: element.moduleDots,
    rows: encoded.value.rows,
    columnsModules: encoded.value.columnsModules,
    rectangles: rowRectangles(encoded.value, symbolLeftDots, symbolTopDots, element.moduleDots, rowDots),
    symbolLeftDots,
    symbolTopDots,
    symbolWidthDots,
    symbolHeightDots,
  });
}
