import { ok } from '../../core/result';
import { hasCartonLabelProfile } from '../../printing/carton-label-print';
import { listClients } from '../../store/clients';
import { readStation } from '../../store/station';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import type { StationSession } from './service-support';

/** Handlers for station.info and clients.list; signing in is in operator-services.ts. */
export function createStationServices(
  context: StationContext,
  session: StationSession,
): Pick<Services, 'station.info' | 'clients.list'> {
  return {
    'station.info': () => {
      const station = readStation(context.db);
      const clientCount = context.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM clients').get()?.n ?? 0;
      return ok({
        stationId: context.stationId,
        stationName: station?.name ?? '',
        dataDir: context.dataDir,
        appVersion: context.appVersion,
        transport: context.transport,
        storeIsEmpty: clientCount === 0,
        operator: session.operator === null ? null : { operatorId: session.operator.operatorId, name: session.operator.name },
        canPrint: context.printCartonLabel !== undefined || hasCartonLabelProfile(context.db, context.stationId),
      });
    },

    'clients.list': () => ok([...listClients(context.db)]),
  };
}
