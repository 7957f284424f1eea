import { createBulkAddServices } from './services/bulk-add';
import { createDeviceServices } from './services/device-services';
import { createExportServices } from './services/export-services';
import { createLabelServices } from './services/label-services';
import { createLookupAndImportServices } from './services/lookup-and-import-services';
import { createPackServices } from './services/pack-services';
import { createPrintingServices } from './services/printing-services';
import type { StationSession } from './services/service-support';
import { createShipmentServices } from './services/shipment-services';
import { createStationServices } from './services/station-services';
import type { Services } from './services';
import type { StationContext } from './station-context';

/**
 * Builds the handler of every contract channel over one station store. Both transports call the
 * returned object through dispatch(). The signed-in operator lives in this object, starts empty,
 * and is recorded on every event; packing changes fail with 'operator-not-signed-in' until
 * operator.signIn has run.
 */
export function createServices(context: StationContext): Services {
  const session: StationSession = { operator: null };

  return {
    ...createStationServices(context, session),
    ...createShipmentServices(context),
    ...createPackServices(context, session),
    ...createPrintingServices(context, session),
    ...createBulkAddServices(context, session),
    ...createLabelServices(context),
    ...createLookupAndImportServices(context),
    ...createExportServices(context),
    ...createDeviceServices(context),
  };
}
