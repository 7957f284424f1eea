/**
 * Amazon's limits for one FBA box. NOTE: these are estimates. Amazon's own Seller Central page
 * could not be opened here, so the figures come from third-party summaries of it
 * (https://projectfba.com/?p=16196 and https://www.china-nbn-inspection.com/blogshow_215.html):
 * at most 50 lb (22.68 kg) per box unless it carries "Team lift" labels, "Mech lift" above
 * 100 lb (45.36 kg), and no side longer than 25 in (63.5 cm) unless a single unit is larger.
 */
export const fbaBoxLimits = {
  maxWeightGrams: 22_680,
  mechLiftWeightGrams: 45_360,
  maxSideMm: 635,
} as const;

/** Weight and outer dimensions of a packed box. */
export interface BoxMeasurements {
  readonly weightGrams: number;
  readonly lengthMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
}

export type BoxLimitWarning =
  | { readonly code: 'fba-box-team-lift'; readonly weightGrams: number; readonly limitGrams: number }
  | { readonly code: 'fba-box-mech-lift'; readonly weightGrams: number; readonly limitGrams: number }
  | { readonly code: 'fba-box-side-too-long'; readonly sideMm: number; readonly limitMm: number };

/**
 * Lists the limits a box exceeds. A box heavier than the team-lift limit gets one warning, and
 * one heavier than the mech-lift limit gets that warning instead. A longest side over the limit
 * adds one more. An empty list means the box is within every limit.
 */
export function checkBoxLimits(box: BoxMeasurements): ReadonlyArray<BoxLimitWarning> {
  const warnings: BoxLimitWarning[] = [];
  if (box.weightGrams > fbaBoxLimits.mechLiftWeightGrams) {
    warnings.push({ code: 'fba-box-mech-lift', weightGrams: box.weightGrams, limitGrams: fbaBoxLimits.mechLiftWeightGrams });
  } else if (box.weightGrams > fbaBoxLimits.maxWeightGrams) {
    warnings.push({ code: 'fba-box-team-lift', weightGrams: box.weightGrams, limitGrams: fbaBoxLimits.maxWeightGrams });
  }

  const longestSideMm = Math.max(box.lengthMm, box.widthMm, box.heightMm);
  if (longestSideMm > fbaBoxLimits.maxSideMm) {
    warnings.push({ code: 'fba-box-side-too-long', sideMm: longestSideMm, limitMm: fbaBoxLimits.maxSideMm });
  }
  return warnings;
}
