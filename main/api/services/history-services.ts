import { createLogger } from '../../core/logger';
import { ok } from '../../core/result';
import { readWarehouseOverview } from '../../history/overview';
import { describeSigningKeyError, loadOrCreateSigningKey } from '../../history/station-key';
import type { Services } from '../services';
import type { StationContext } from '../station-context';

const log = createLogger('history');

/**
 * Builds the handlers of the traceability overview. It also creates the station's signing key on
 * the station's first start, so the key exists before the first history export. A key that
 * cannot be loaded is logged, and the export command reports it again.
 */
export function createHistoryServices(context: StationContext): Pick<Services, 'history.overview'> {
  const key = loadOrCreateSigningKey(context.dataDir);
  if (!key.ok) {
    log.error('station signing key unusable', { code: key.error.code, detail: describeSigningKeyError(key.error) });
  }

  return {
    'history.overview': () => {
      const overview = readWarehouseOverview(context.db, new Date());
      return ok({
        generatedAt: overview.generatedAt,
        unitsByStatus: [...overview.unitsByStatus],
        timeInWarehouse: [...overview.timeInWarehouse],
        returnsByProduct: [...overview.returnsByProduct],
        returnsByLot: [...overview.returnsByLot],
      });
    },
  };
}
