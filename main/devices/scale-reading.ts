/**
 * Scale reading types, apart from the report reader so the renderer can type-check against them.
 * This file must stay free of Node imports.
 */

/** State of a scale as its data report gives it. */
export type ScaleStatus = 'fault' | 'zero' | 'in-motion' | 'stable' | 'under-zero' | 'overweight' | 'needs-calibration' | 'needs-rezero';

/** One reading of a HID scale, converted to grams. */
export interface ScaleReading {
  readonly status: ScaleStatus;
  /** Weight in grams, rounded to the gram; 0 when the status carries no weight. */
  readonly grams: number;
  /** The unit the scale displays, kept so the screen can show what the scale itself displays. */
  readonly unit: string;
}
