import type { ResponseOf } from '../../../../main/api/contract';
import { statusOrder } from './chart-colors';
import type { ClientStatusRow } from './StatusByClientChart';

export type WarehouseOverview = ResponseOf<'history.overview'>;

/** Groups the status counts per client, clients with the most units first. */
export function clientStatusRows(overview: WarehouseOverview): ReadonlyArray<ClientStatusRow> {
  const byClient = new Map<string, Array<{ readonly status: string; readonly units: number }>>();
  for (const count of overview.unitsByStatus) {
    const segments = byClient.get(count.clientCode) ?? [];
    segments.push({ status: count.status, units: count.units });
    byClient.set(count.clientCode, segments);
  }

  const rank = (status: string): number => {
    const index = statusOrder.indexOf(status);
    return index === -1 ? statusOrder.length : index;
  };
  return [...byClient]
    .map(([clientCode, segments]) => ({
      clientCode,
      total: segments.reduce((sum, segment) => sum + segment.units, 0),
      segments: [...segments].sort((a, b) => rank(a.status) - rank(b.status)),
    }))
    .sort((a, b) => b.total - a.total || a.clientCode.localeCompare(b.clientCode));
}
