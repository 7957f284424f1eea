import { createBulkAddServices } from './services/bulk-add';
import { createDeviceServices } from './services/device-services';
import { createExportServices } from './services/export-services';
import { createFbaServices } from './services/fba-services';
import { createHistoryServices } from './services/history-services';
import { createLabelServices } from './services/label-services';
import { createLookupAndImportServices } from './services/lookup-and-import-services';
import { createPackServices } from './services/pack-services';
import { createPrintingServices } from './services/printing-services';
import { createReturnEvidenceServices } from './services/return-evidence-services';
import { createReturnsServices } from './services/returns-services';
import { createOperatorManagementServices } from './services/operator-management-services';
import { createOperatorSessionServices } from './services/operator-services';
import { createOverrideServices } from './services/override-services';
import { createStationSession, type StationSession } from './services/service-support';
import type { AuthenticationOptions } from '../operators/authenticate';
import { guardServices, type GuardOptions } from './permission-guard';
import { createShipmentServices } from './services/shipment-services';
import { createStationServices } from './services/station-services';
import { createTrackingServices } from './services/tracking-services';
import type { Services } from './services';
import type { StationContext } from './station-context';

/** Clocks and lockout policy; tests pass their own, the app uses the defaults. */
export interface ServiceOptions extends GuardOptions {
  readonly authentication?: AuthenticationOptions;
}

/**
 * Builds the handler of every contract channel over one station store for one session. Both
 * transports call the returned object through dispatch(): the Electron window has one session,
 * the browser station one per browser. Every handler runs behind guardServices, which checks
 * the channel's permission (main/api/channel-permissions.ts) against the session's operator.
 */
export function createServices(context: StationContext, session: StationSession = createStationSession(), options: ServiceOptions = {}): Services {
  const authentication = options.authentication ?? {};
  const handlers: Services = {
    ...createStationServices(context, session),
    ...createOperatorSessionServices(context, session, authentication),
    ...createOperatorManagementServices(context, session),
    ...createOverrideServices(context, session, authentication),
    ...createShipmentServices(context),
    ...createPackServices(context, session),
    ...createPrintingServices(context, session),
    ...createBulkAddServices(context, session),
    ...createLabelServices(context, session),
    ...createLookupAndImportServices(context),
    ...createExportServices(context),
    ...createDeviceServices(context),
    ...createHistoryServices(context),
    ...createTrackingServices(context, session),
    ...createFbaServices(context, session),
    ...createReturnsServices(context, session),
    ...createReturnEvidenceServices(context, session),
  };

  return guardServices(handlers, context, session, options);
}
