import { type Dpi, millimetresPerInch, pointsPerInch } from './model';

/**
 * Printer-dot arithmetic. A thermal printer can only print whole dots, so every bar edge is
 * placed on the dot grid of the target DPI, and a module is a whole number of dots.
 */

// Absorbs floating-point noise such as 2 dots at 203 dpi computing to 0.25024630541871917 mm,
// which must not round up to a third dot.
const gridTolerance = 1e-9;

/** Width in millimetres of `dots` printer dots at `dpi`. */
export function dotsToMm(dpi: Dpi, dots: number): number {
  return (dots * millimetresPerInch) / dpi;
}

/** Width in PDF points of `dots` printer dots at `dpi`. */
export function dotsToPt(dpi: Dpi, dots: number): number {
  return (dots * pointsPerInch) / dpi;
}

/** Module width (X-dimension) in millimetres of a module that is `dots` dots wide. */
export function moduleWidthMm(dpi: Dpi, dots: number): number {
  return dotsToMm(dpi, dots);
}

/** Number of whole dots from the label edge to the first dot edge at or after `mm`. */
export function mmToDotsCeil(dpi: Dpi, mm: number): number {
  return Math.ceil((mm * dpi) / millimetresPerInch - gridTolerance);
}

/** Number of whole dots from the label edge to the last dot edge at or before `mm`. */
export function mmToDotsFloor(dpi: Dpi, mm: number): number {
  return Math.floor((mm * dpi) / millimetresPerInch + gridTolerance);
}

/** Number of whole dots nearest to `mm`. */
export function mmToDotsNearest(dpi: Dpi, mm: number): number {
  return Math.round((mm * dpi) / millimetresPerInch);
}

/**
 * Chooses the narrowest whole-dot module at `dpi` that is at least `minimumModuleMm` wide, so
 * the printed X-dimension never falls below the symbology's minimum. Throws on a minimum that
 * is not a positive finite number, which is a bug in the caller.
 */
export function chooseModuleDots(dpi: Dpi, minimumModuleMm: number): number {
  if (!Number.isFinite(minimumModuleMm) || minimumModuleMm <= 0) {
    throw new Error(`Minimum module width must be a positive number of millimetres, got ${minimumModuleMm}`);
  }

  return Math.max(1, mmToDotsCeil(dpi, minimumModuleMm));
}
