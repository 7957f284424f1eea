/**
 * The returns desk's part of the contract: returns and their references, the unit check at
 * intake, the exception queue, grading and disposition, and each client's returns configuration.
 * This file must stay free of Node imports because the renderer type-checks against it.
 */

/** Channels of the returns desk's intake, exception queue, grading and disposition. */
export const returnsChannels = {} as const;
