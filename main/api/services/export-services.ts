import { err, ok } from '../../core/result';
import { exportCartonManifest } from '../../exports/carton-manifest';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { serviceError } from './service-support';

/** Handlers for file exports; they read the store and write nothing. */
export function createExportServices(context: StationContext): Pick<Services, 'exports.cartonManifest'> {
  return {
    'exports.cartonManifest': async (request) => {
      const exported = await exportCartonManifest(context.db, request.shipmentId, request.format);
      if (!exported.ok) {
        return err(serviceError('shipment-not-found', { key: 'pack:verdict.shipment-not-found.message', params: { reference: `#${request.shipmentId}` } }));
      }
      return ok({ fileName: exported.value.fileName, contentBase64: Buffer.from(exported.value.content).toString('base64') });
    },
  };
}
