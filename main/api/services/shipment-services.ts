import { err } from '../../core/result';
import { findShipmentForPacking } from '../../packing/open-shipment';
import { listShipmentSummaries } from '../../store/shipments';
import { ok } from '../../core/result';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { fromRefusal, packViewOrError } from './service-support';

/** Handlers for shipments.list, shipments.open and pack.view; none of them writes. */
export function createShipmentServices(context: StationContext): Pick<Services, 'shipments.list' | 'shipments.open' | 'pack.view'> {
  return {
    'shipments.list': () => ok([...listShipmentSummaries(context.db)]),

    'shipments.open': (request) => {
      const shipment = findShipmentForPacking(context.db, request.reference);
      if (!shipment.ok) {
        return err(fromRefusal(shipment.error));
      }
      return packViewOrError(context, shipment.value.id);
    },

    'pack.view': (request) => packViewOrError(context, request.shipmentId),
  };
}
