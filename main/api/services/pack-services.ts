import { err, ok } from '../../core/result';
import { closeOpenCarton, reopenCarton, startNewCarton } from '../../packing/carton-actions';
import { writeCartonLabelWithDocument } from '../../packing/carton-label-file';
import { removeUnitFromCarton } from '../../packing/remove-unit';
import { recordScan } from '../../packing/scan-pipeline';
import { decodeOptionsFor } from '../../settings/scan-decode-options';
import { readStationSettings } from '../../settings/settings-store';
import { reopenShippedCarton } from '../../packing/reopen-shipped-carton';
import { finishShipment, shortShipShipment } from '../../packing/shipment-completion';
import { roleHasPermission } from '../../operators/roles';
import { findCartonById } from '../../store/cartons';
import { findShipmentById } from '../../store/shipments';
import type { Services } from '../services';
import { queueClosedCartonLabel } from './carton-label-queue';
import { permissionDenied } from './operator-access';
import type { StationContext } from '../station-context';
import { fromRefusal, packViewOrError, requireActor, runPackingChange, type StationSession } from './service-support';

type PackChannels =
  | 'pack.scan'
  | 'pack.removeUnit'
  | 'pack.newCarton'
  | 'pack.closeCarton'
  | 'pack.reopenCarton'
  | 'pack.finishShipment'
  | 'pack.shortShip';

/** Handlers for every packing change; each returns the pack view read after the commit. */
export function createPackServices(context: StationContext, session: StationSession): Pick<Services, PackChannels> {
  const labelOutput = { labelsDir: context.labelsDir, language: context.labelLanguage ?? 'en', dpi: context.labelDpi ?? 203 } as const;

  return {
    'pack.scan': (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }
      // The GS substitute is a station setting, so every client's wedge scans decode alike.
      const decodeOptions = decodeOptionsFor(readStationSettings(context.db, context.stationId), request.source);
      const verdict = recordScan(context.db, actor.value, request, decodeOptions);
      if (!verdict.ok) {
        return err(fromRefusal(verdict.error));
      }
      const view = packViewOrError(context, request.shipmentId);
      return view.ok ? ok({ verdict: verdict.value, view: view.value }) : view;
    },

    'pack.removeUnit': (request) => {
      const removed = runPackingChange(context, session, 'remove unit', (actor) =>
        removeUnitFromCarton(context.db, actor, request.shipmentId, request.unitId, request.reason),
      );
      return removed.ok ? packViewOrError(context, request.shipmentId) : removed;
    },

    'pack.newCarton': (request) => {
      const started = runPackingChange(context, session, 'new carton', (actor) => startNewCarton(context.db, actor, request.shipmentId));
      return started.ok ? packViewOrError(context, request.shipmentId) : started;
    },

    // The carton is closed and committed before its label is rendered. When the label fails,
    // the carton stays closed and labels.carton renders it again.
    'pack.closeCarton': async (request) => {
      const closed = runPackingChange(context, session, 'close carton', (actor) =>
        closeOpenCarton(context.db, actor, request.shipmentId, request.weightGrams),
      );
      if (!closed.ok) {
        return closed;
      }
      const label = await writeCartonLabelWithDocument(context.db, closed.value.id, labelOutput);
      if (!label.ok) {
        return label;
      }
      await queueClosedCartonLabel(context, session, closed.value.id, label.value.document);
      const view = packViewOrError(context, request.shipmentId);
      return view.ok ? ok({ view: view.value, label: label.value.file }) : view;
    },

    'pack.reopenCarton': (request) => {
      // A carton of a finished or short-shipped shipment takes the shipment and its units back
      // into packing, which needs a supervisor or admin. The check and the change run in the same
      // synchronous handler, so the shipment status cannot change in between.
      const carton = findCartonById(context.db, request.cartonId);
      const shipment = carton === undefined ? undefined : findShipmentById(context.db, carton.shipmentId);
      const role = session.operator?.role;
      const shipped = shipment !== undefined && shipment.status !== 'open';
      if (shipped && role !== undefined && !roleHasPermission(role, 'carton.reopenShipped')) {
        return err(permissionDenied('carton.reopenShipped'));
      }
      const reopened = runPackingChange(context, session, 'reopen carton', (actor) =>
        shipped ? reopenShippedCarton(context.db, actor, request.cartonId, request.reason) : reopenCarton(context.db, actor, request.cartonId, request.reason),
      );
      return reopened.ok ? packViewOrError(context, reopened.value.shipmentId) : reopened;
    },

    'pack.finishShipment': (request) => {
      const finished = runPackingChange(context, session, 'finish shipment', (actor) => finishShipment(context.db, actor, request.shipmentId));
      return finished.ok ? packViewOrError(context, request.shipmentId) : finished;
    },

    'pack.shortShip': (request) => {
      const shipped = runPackingChange(context, session, 'short-ship', (actor) => shortShipShipment(context.db, actor, request.shipmentId, request.reason));
      return shipped.ok ? packViewOrError(context, request.shipmentId) : shipped;
    },
  };
}
