import { err, ok } from '../../core/result';
import { bulkAddSerials, bulkSerialMessage } from '../../packing/bulk-add';
import { expandSerialRange, parseSerialList, type BulkSerialError } from '../../packing/bulk-serials';
import type { ServiceError } from '../contract';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { packViewOrError, requireActor, serviceError, type StationSession } from './service-support';

type BulkChannels = 'pack.previewSerialList' | 'pack.previewSerialRange' | 'pack.bulkAdd';

function fromBulkSerialError(error: BulkSerialError): ServiceError {
  return serviceError(`bulk-${error.code}`, bulkSerialMessage(error));
}

/**
 * Handlers for bulk serial entry. The two previews only parse and write nothing; pack.bulkAdd
 * packs the confirmed serials one gesture each (see bulkAddSerials).
 */
export function createBulkAddServices(context: StationContext, session: StationSession): Pick<Services, BulkChannels> {
  return {
    'pack.previewSerialList': (request) => {
      const parsed = parseSerialList(request.text);
      return parsed.ok ? ok({ serials: [...parsed.value] }) : err(fromBulkSerialError(parsed.error));
    },

    'pack.previewSerialRange': (request) => {
      const expanded = expandSerialRange(request.start, request.end);
      return expanded.ok ? ok({ serials: [...expanded.value] }) : err(fromBulkSerialError(expanded.error));
    },

    'pack.bulkAdd': (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }

      const added = bulkAddSerials(context.db, actor.value, request);
      if (!added.ok) {
        return err(serviceError(added.error.code, added.error.message));
      }
      const view = packViewOrError(context, request.shipmentId);
      return view.ok ? ok({ results: [...added.value], view: view.value }) : view;
    },
  };
}
