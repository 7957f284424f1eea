/**
 * The returns desk's evidence, relabelling and reports: photos attached to a return, the labels
 * a disposition calls for, and the returns reports with their CSV files. This file must stay free
 * of Node imports because the renderer type-checks against it.
 */

/** Channels of return photos, relabelling and returns reports. */
export const returnEvidenceChannels = {} as const;
