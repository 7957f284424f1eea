import { type Result, err, ok } from '../core/result';
import { normalizeFnsku } from '../scan/fnsku';
import { chooseModuleDots } from './dots';
import { lineAdvanceMm, textAt } from './element-builders';
import type { LabelError } from './errors';
import { createLabelFontMetrics } from './font-metrics';
import { shortenMiddleToFit } from './middle-ellipsis';
import { type BarcodeElement, type Dpi, type LabelDocument, type LabelElement, mmToPt } from './model';
import type { FontMetrics } from './text-layout';
import { validateLabelDocument } from './validate';
import { type FnskuCondition, fnskuConditions } from './fnsku-conditions';

export { type FnskuCondition, fnskuConditions };


/** Content of an FNSKU unit label. `fnsku` is raw input, which the builder normalizes. */
export interface FnskuLabelData {
  readonly fnsku: string;
  readonly title: string;
  readonly condition: string;
  /** Optional line such as the seller's name or a lot, printed last. */
  readonly sellerText?: string;
}

/** A label area in millimetres, on its own page or as a cell of a sheet. */
export interface LabelArea {
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
}

export type FnskuLabelError =
  | LabelError
  | { readonly code: 'fnsku-invalid'; readonly fnsku: string; readonly reason: string }
  | { readonly code: 'fnsku-condition-unknown'; readonly condition: string }
  | { readonly code: 'fnsku-module-too-narrow'; readonly moduleDots: number; readonly minimumDots: number; readonly dpi: Dpi }
  | { readonly code: 'fnsku-label-too-short'; readonly neededMm: number; readonly availableMm: number };

/**
 * Narrowest X-dimension printed for an FNSKU: 2 dots (0.250 mm, 0.0098 in) at 203 dpi and
 * 3 dots (0.254 mm) at 300 dpi. Scanners at Amazon's receiving docks read that reliably, while
 * one dot at 203 dpi (0.125 mm) prints uneven bars.
 */
export const fnskuMinimumModuleMm = 0.25;
/** Quiet zone on each side of the Code 128 symbol, in modules (the ISO/IEC 15417 minimum). */
export const fnskuQuietZoneModules = 10;
/** Shortest bars that still scan with a hand scanner swiped across the label. */
export const fnskuMinimumBarHeightMm = 6;

const textSizePt = 6;
const humanReadableSizePt = 7;
const humanReadableGapMm = 0.4;

let sharedMetrics: FontMetrics | undefined;

function labelMetrics(): FontMetrics {
  sharedMetrics ??= createLabelFontMetrics();
  return sharedMetrics;
}

/** Returns the condition in Amazon's spelling, matching case-insensitively, or null when unknown. */
export function canonicalCondition(condition: string): FnskuCondition | null {
  const requested = condition.trim().replace(/\s+/g, ' ').toLowerCase();
  return fnskuConditions.find((known) => known.toLowerCase() === requested) ?? null;
}

/** Options shared by roll labels and sheets. */
export interface FnskuLayoutOptions {
  readonly dpi: Dpi;
  /** Module width in dots; defaults to the narrowest whole-dot module of at least 0.25 mm. */
  readonly moduleDots?: number;
  /** Inner margin of the label in millimetres. */
  readonly marginMm?: number;
}

/** FNSKU label data after validation: the normalized FNSKU and the condition in Amazon's spelling. */
export interface CheckedFnskuLabel {
  readonly fnsku: string;
  readonly title: string;
  readonly condition: FnskuCondition;
  readonly sellerText: string;
}

/** Normalizes the FNSKU (trim, upper case, never a number) and checks the condition. */
export function checkFnskuLabelData(data: FnskuLabelData): Result<CheckedFnskuLabel, FnskuLabelError> {
  const fnsku = normalizeFnsku(data.fnsku);
  if (!fnsku.ok) {
    return err({ code: 'fnsku-invalid', fnsku: data.fnsku, reason: fnsku.error.message });
  }
  const condition = canonicalCondition(data.condition);
  if (condition === null) {
    return err({ code: 'fnsku-condition-unknown', condition: data.condition });
  }
  return ok({ fnsku: fnsku.value, title: data.title, condition, sellerText: data.sellerText?.trim() ?? '' });
}

/** Resolves the module width and rejects one narrower than the FNSKU minimum. */
export function fnskuModuleDots(options: FnskuLayoutOptions): Result<number, FnskuLabelError> {
  const minimumDots = chooseModuleDots(options.dpi, fnskuMinimumModuleMm);
  const moduleDots = options.moduleDots ?? minimumDots;
  if (!Number.isInteger(moduleDots) || moduleDots < minimumDots) {
    return err({ code: 'fnsku-module-too-narrow', moduleDots, minimumDots, dpi: options.dpi });
  }
  return ok(moduleDots);
}

/**
 * Lays out one FNSKU label inside `area`: the Code 128 bars with the FNSKU under them, the title
 * shortened in the middle to fit, the condition, and the seller text when given. The barcode is
 * checked by the caller through `validateLabelDocument`, which rejects it when it does not fit
 * the width at `moduleDots`. Returns `fnsku-label-too-short` when the text leaves the bars less
 * than their minimum height.
 */
export function fnskuLabelElements(
  label: CheckedFnskuLabel,
  area: LabelArea,
  moduleDots: number,
  options: FnskuLayoutOptions,
): Result<ReadonlyArray<LabelElement>, FnskuLabelError> {
  const marginMm = options.marginMm ?? Math.min(1.5, area.heightMm * 0.06);
  const innerWidthMm = area.widthMm - 2 * marginMm;
  const lineMm = lineAdvanceMm(textSizePt);
  const humanReadableMm = humanReadableGapMm + lineAdvanceMm(humanReadableSizePt);

  // Two title lines when the label is tall enough to keep the bars at twice their minimum.
  const fixedLines = 1 + (label.sellerText === '' ? 0 : 1);
  const textBudgetMm = area.heightMm - 2 * marginMm - humanReadableMm - 2 * fnskuMinimumBarHeightMm;
  const titleLines = textBudgetMm >= (fixedLines + 2) * lineMm ? 2 : 1;
  const barHeightMm = area.heightMm - 2 * marginMm - humanReadableMm - (fixedLines + titleLines) * lineMm;
  if (barHeightMm < fnskuMinimumBarHeightMm) {
    const neededMm = area.heightMm - barHeightMm + fnskuMinimumBarHeightMm;
    return err({ code: 'fnsku-label-too-short', neededMm, availableMm: area.heightMm });
  }

  const barcode: BarcodeElement = {
    kind: 'barcode',
    symbology: 'code128',
    data: label.fnsku,
    xMm: area.xMm + marginMm,
    yMm: area.yMm + marginMm,
    widthMm: innerWidthMm,
    barHeightMm,
    moduleDots,
    quietZoneModules: fnskuQuietZoneModules,
    align: 'center',
    humanReadable: { text: label.fnsku, font: 'bold', size: { unit: 'pt', value: humanReadableSizePt }, gapMm: humanReadableGapMm },
  };

  const metrics = labelMetrics();
  const title = shortenMiddleToFit(label.title, mmToPt(innerWidthMm), titleLines, (text) => metrics.widthOf('regular', textSizePt, text));
  let yMm = area.yMm + marginMm + barHeightMm + humanReadableMm;
  const place = { xMm: area.xMm + marginMm, maxWidthMm: innerWidthMm, sizePt: textSizePt };
  const elements: LabelElement[] = [barcode, textAt(title, { ...place, yMm, maxLines: titleLines })];
  yMm += titleLines * lineMm;
  elements.push(textAt(label.condition, { ...place, yMm, font: 'bold' }));
  if (label.sellerText !== '') {
    yMm += lineMm;
    elements.push(textAt(label.sellerText, { ...place, yMm }));
  }
  return ok(elements);
}

/**
 * Builds a one-label page of `widthMm` × `heightMm` (a thermal roll label). Rejects an invalid
 * FNSKU or condition, a module under 0.25 mm, and a barcode that does not fit the label at its
 * module width. It never narrows the barcode to make it fit.
 */
export function buildFnskuLabel(
  data: FnskuLabelData,
  size: { readonly widthMm: number; readonly heightMm: number },
  options: FnskuLayoutOptions,
): Result<LabelDocument, FnskuLabelError> {
  const label = checkFnskuLabelData(data);
  if (!label.ok) {
    return label;
  }
  const moduleDots = fnskuModuleDots(options);
  if (!moduleDots.ok) {
    return moduleDots;
  }

  const area = { xMm: 0, yMm: 0, widthMm: size.widthMm, heightMm: size.heightMm };
  const elements = fnskuLabelElements(label.value, area, moduleDots.value, options);
  if (!elements.ok) {
    return elements;
  }
  return validateLabelDocument({
    widthMm: size.widthMm,
    heightMm: size.heightMm,
    dpi: options.dpi,
    title: `FNSKU ${label.value.fnsku}`,
    elements: elements.value,
  });
}
