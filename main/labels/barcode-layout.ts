import { type Result, err, ok } from '../core/result';
import { encodeLinearSymbol } from './barcode';
import { dotsToMm, mmToDotsCeil, mmToDotsFloor, mmToDotsNearest } from './dots';
import type { LabelError } from './errors';
import type { BarcodeElement, Dpi } from './model';

/** One bar in printer dots, measured from the left edge of the label. */
export interface DotBar {
  readonly leftDots: number;
  readonly widthDots: number;
}

/**
 * A barcode placed on the printer's dot grid. Every value is a whole number of dots measured
 * from the top-left corner of the label, so renderers draw it without further rounding.
 */
export interface BarcodeLayout {
  readonly dpi: Dpi;
  readonly moduleDots: number;
  readonly bars: ReadonlyArray<DotBar>;
  /** Left edge of the first bar. */
  readonly symbolLeftDots: number;
  readonly symbolWidthDots: number;
  readonly quietZoneDots: number;
  readonly topDots: number;
  readonly heightDots: number;
}

/**
 * Encodes a barcode element and places it on the dot grid of `dpi`. The reserved box is
 * narrowed inwards to whole dots. The symbol with a quiet zone on each side must fit inside it
 * at the element's module width, or this returns `label-barcode-does-not-fit` with the needed
 * and available widths. It never narrows the modules to make a barcode fit.
 */
export function layoutBarcode(element: BarcodeElement, dpi: Dpi): Result<BarcodeLayout, LabelError> {
  if (!Number.isInteger(element.moduleDots) || element.moduleDots < 1) {
    throw new Error(`Barcode module width must be a whole number of dots, got ${element.moduleDots}`);
  }
  if (!Number.isInteger(element.quietZoneModules) || element.quietZoneModules < 0) {
    throw new Error(`Barcode quiet zone must be a whole number of modules, got ${element.quietZoneModules}`);
  }

  const encoded = encodeLinearSymbol(element.symbology, element.data);
  if (!encoded.ok) {
    return encoded;
  }

  const boxLeftDots = mmToDotsCeil(dpi, element.xMm);
  const boxRightDots = mmToDotsFloor(dpi, element.xMm + element.widthMm);
  const availableDots = boxRightDots - boxLeftDots;
  const symbolWidthDots = encoded.value.widthModules * element.moduleDots;
  const quietZoneDots = element.quietZoneModules * element.moduleDots;
  const neededDots = symbolWidthDots + 2 * quietZoneDots;
  if (neededDots > availableDots) {
    return err({
      code: 'label-barcode-does-not-fit',
      symbology: element.symbology,
      dpi,
      moduleDots: element.moduleDots,
      neededMm: dotsToMm(dpi, neededDots),
      availableMm: dotsToMm(dpi, Math.max(0, availableDots)),
    });
  }

  // Centring splits the spare dots, and an odd spare dot goes to the right-hand side.
  const spareDots = availableDots - neededDots;
  const leadingDots = element.align === 'center' ? Math.floor(spareDots / 2) : 0;
  const symbolLeftDots = boxLeftDots + leadingDots + quietZoneDots;
  const bars = encoded.value.bars.map((bar) => ({
    leftDots: symbolLeftDots + bar.startModule * element.moduleDots,
    widthDots: bar.widthModules * element.moduleDots,
  }));

  const topDots = mmToDotsNearest(dpi, element.yMm);
  const heightDots = Math.max(1, mmToDotsNearest(dpi, element.barHeightMm));
  return ok({ dpi, moduleDots: element.moduleDots, bars, symbolLeftDots, symbolWidthDots, quietZoneDots, topDots, heightDots });
}
