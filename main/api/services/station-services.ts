import { ok } from '../../core/result';
import { listClients } from '../../store/clients';
import { readStation } from '../../store/station';
import { findOrCreateOperator } from '../../store/operators';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import type { StationSession } from './service-support';

/** Handlers for station.info, clients.list and operator.signIn. */
export function createStationServices(
  context: StationContext,
  session: StationSession,
): Pick<Services, 'station.info' | 'clients.list' | 'operator.signIn'> {
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
        operator: session.operator,
        canPrint: context.printCartonLabel !== undefined,
      });
    },

    'clients.list': () => ok([...listClients(context.db)]),

    // NOTE: the session belongs to this createServices instance, so every browser tab that
    // shares one loopback host also shares the signed-in operator.
    'operator.signIn': (request) => {
      const operator = findOrCreateOperator(context.db, request.name);
      session.operator = { operatorId: operator.id, name: operator.name };
      return ok(session.operator);
    },
  };
}
