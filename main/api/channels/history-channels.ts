/**
 * Traceability's part of the contract: the warehouse overview. This file must stay free of Node
 * imports because the renderer type-checks against it.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();

const returnCountSchema = z.object({ clientCode: z.string(), sku: z.string(), lot: z.string().nullable(), returns: count });

export const warehouseOverviewSchema = z.object({
  generatedAt: z.string(),
  unitsByStatus: z.array(z.object({ clientCode: z.string(), status: z.string(), units: count })),
  /** Units in the warehouse by days since receipt, in [minDays, maxDays); maxDays null is open-ended. */
  timeInWarehouse: z.array(z.object({ minDays: count, maxDays: count.nullable(), units: count })),
  /** The products and the lots with the most returns, most first. */
  returnsByProduct: z.array(returnCountSchema),
  returnsByLot: z.array(returnCountSchema),
});

/** Channels of the traceability overview. */
export const historyChannels = {
  /** Counts units per client and status, units in the warehouse by age, and returns; writes nothing. */
  'history.overview': { request: z.object({}), response: warehouseOverviewSchema },
} as const;
