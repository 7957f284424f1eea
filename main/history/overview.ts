import type Database from 'better-sqlite3';
import { inWarehouseStatuses } from '../tracking/unit-states';

/** Units of one client in one status. */
export interface StatusCount {
  readonly clientCode: string;
  readonly status: string;
  readonly units: number;
}

/** Units in the warehouse whose time since receipt falls in [minDays, maxDays). */
export interface AgeBucket {
  readonly minDays: number;
  /** Null for the open-ended last bucket. */
  readonly maxDays: number | null;
  readonly units: number;
}

export interface ReturnCount {
  readonly clientCode: string;
  readonly sku: string;
  /** The lot, in the per-lot list; null in the per-product list and for units without a lot. */
  readonly lot: string | null;
  readonly returns: number;
}

export interface WarehouseOverview {
  readonly generatedAt: string;
  readonly unitsByStatus: ReadonlyArray<StatusCount>;
  readonly timeInWarehouse: ReadonlyArray<AgeBucket>;
  readonly returnsByProduct: ReadonlyArray<ReturnCount>;
  readonly returnsByLot: ReadonlyArray<ReturnCount>;
}

/** Bucket edges in days: a week, a month, a quarter, half a year, a year, and beyond. */
export const ageBucketEdges: ReadonlyArray<number> = [0, 7, 30, 90, 180, 365];

// Units physically in the warehouse: the tracking states plus a hold of any of them.
const warehouseStatuses = [...inWarehouseStatuses, 'hold'];

/**
 * Reads the counts behind the overview screen. `topReturns` limits each returns list to the
 * products or lots with the most returns. A return is one 'unit-returned' event, so a unit
 * returned twice counts twice.
 *
 * NOTE: the status and age counts scan the units table, the status count through the
 * units_by_status index. At ten million units that takes seconds, so the screen loads the
 * overview on demand and never per scan.
 */
export function readWarehouseOverview(db: Database.Database, now: Date, topReturns = 10): WarehouseOverview {
  const unitsByStatus = db
    .prepare<[], StatusCount>(
      `SELECT c.code AS clientCode, u.status AS status, count(*) AS units
       FROM units u JOIN products p ON p.id = u.product_id JOIN clients c ON c.id = p.client_id
       GROUP BY c.code, u.status ORDER BY c.code, u.status`,
    )
    .all();

  // ISO 8601 UTC strings order like the times they name, so created_at compares as text.
  const cutoffs = ageBucketEdges.slice(1).map((days) => new Date(now.getTime() - days * 86_400_000).toISOString());
  const placeholders = warehouseStatuses.map(() => '?').join(', ');
  const ageRows = db
    .prepare<string[], { bucket: number; units: number }>(
      `SELECT CASE ${cutoffs.map((_, index) => `WHEN created_at > ? THEN ${index}`).join(' ')} ELSE ${cutoffs.length} END AS bucket,
              count(*) AS units
       FROM units WHERE status IN (${placeholders}) GROUP BY bucket`,
    )
    .all(...cutoffs, ...warehouseStatuses);
  const timeInWarehouse = ageBucketEdges.map((minDays, index) => ({
    minDays,
    maxDays: ageBucketEdges[index + 1] ?? null,
    units: ageRows.find((row) => row.bucket === index)?.units ?? 0,
  }));

  const returns = (groupByLot: boolean): ReadonlyArray<ReturnCount> =>
    db
      .prepare<[number], ReturnCount>(
        `SELECT c.code AS clientCode, p.sku AS sku, ${groupByLot ? 'u.lot' : 'NULL'} AS lot, count(*) AS returns
         FROM events e JOIN units u ON u.id = e.unit_id JOIN products p ON p.id = u.product_id JOIN clients c ON c.id = p.client_id
         WHERE e.type = 'unit-returned' -- literal, so the partial index events_unit_returns applies
         GROUP BY c.code, p.sku${groupByLot ? ', u.lot' : ''}
         ORDER BY returns DESC, c.code, p.sku LIMIT ?`,
      )
      .all(topReturns);

  return { generatedAt: now.toISOString(), unitsByStatus, timeInWarehouse, returnsByProduct: returns(false), returnsByLot: returns(true) };
}
