// Plain data without Node imports, so the prep screen can offer the same list.

/** Conditions Amazon accepts on an FNSKU label, spelled as Amazon prints them. */
export const fnskuConditions = [
  'New',
  'Used - Like New',
  'Used - Very Good',
  'Used - Good',
  'Used - Acceptable',
  'Collectible - Like New',
  'Collectible - Very Good',
  'Collectible - Good',
  'Collectible - Acceptable',
  'Refurbished',
] as const;

export type FnskuCondition = (typeof fnskuConditions)[number];
