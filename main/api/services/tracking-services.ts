import { createLogger } from '../../core/logger';
import { err, ok, type Result } from '../../core/result';
import { createCaptionTranslator } from '../../labels/captions';
import { renderLabelPdf } from '../../labels/pdf-renderer';
import { buildSerialLabel } from '../../labels/serial-label';
import { renderLabelSvg } from '../../labels/svg-renderer';
import { buildLocationLabel } from '../../locations/location-label';
import { createLocation, findLocationByCode, findLocationById, listLocations, normalizeLocationCode, parseLocationBarcode } from '../../locations/locations';
import { putUnitInLocation } from '../../locations/put-away';
import { writeLabelFile } from '../../packing/carton-label-file';
import type { Actor } from '../../packing/actor';
import { parseAdvanceShippingNotice } from '../../receiving/asn-csv';
import { closeReceipt } from '../../receiving/close-receipt';
import { createReceipt, type ExpectedLine } from '../../receiving/create-receipt';
import { buildDiscrepancyReport, writeDiscrepancyCsv } from '../../receiving/discrepancies';
import { handleReceiveScan } from '../../receiving/receive-scan';
import { findReceiptById, listReceipts } from '../../receiving/receipts';
import { findClientByCode } from '../../store/clients';
import { findClientProductBySku } from '../../store/catalog-lookup';
import { appendEvent, findEventByIdempotencyKey } from '../../store/events';
import { prepared } from '../../store/statement-cache';
import { inWriteTransaction } from '../../store/write-transaction';
import { buildSerialPages } from '../../tracking/serial-page';
import { searchUnits } from '../../tracking/search';
import { findUnitByScan } from '../../tracking/unit-scan';
import type { LabelDocumentFile, ServiceError } from '../contract';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { createCountAndRecallServices } from './count-and-recall-services';
import { requireActor, runOperatorChange, type StationSession } from './service-support';
import { readReceiptView, trackingError, type ReceiptView } from './tracking-views';

const log = createLogger('tracking');

type ReceivingChannels =
  | 'receipts.list'
  | 'receipts.view'
  | 'receipts.create'
  | 'receipts.importAsn'
  | 'receipts.scan'
  | 'receipts.close'
  | 'receipts.discrepancyCsv'
  | 'locations.list'
  | 'locations.create'
  | 'locations.label'
  | 'putaway.scan'
  | 'units.serialPage'
  | 'units.search';

type TrackingChannels = ReceivingChannels | 'recall.preview' | 'recall.hold' | 'recall.csv' | 'counts.start' | 'counts.scan' | 'counts.close';

/** Handlers of the tracking channels: receiving, locations, put-away, serial page, searches, recalls, cycle counts. */
export function createTrackingServices(context: StationContext, session: StationSession): Pick<Services, TrackingChannels> {
  return { ...createReceivingServices(context, session), ...createCountAndRecallServices(context, session) };
}

function receiptOrError(context: StationContext, receiptId: number): Result<ReceiptView, ServiceError> {
  const view = readReceiptView(context.db, receiptId);
  return view === undefined ? err(trackingError({ code: 'receipt-not-found', receiptId })) : ok(view);
}

/** Runs a tracking change for the signed-in operator; see runOperatorChange. */
export function runTrackingChange<T>(
  context: StationContext,
  session: StationSession,
  action: string,
  change: (actor: Actor) => Result<T, { readonly code: string }>,
): Result<T, ServiceError> {
  return runOperatorChange(context, session, { logger: log, action, toServiceError: trackingError }, change);
}

function createReceivingServices(context: StationContext, session: StationSession): Pick<Services, ReceivingChannels> {
  const { db } = context;
  const labelLanguage = context.labelLanguage ?? 'en';
  const dpi = context.labelDpi ?? 203;

  const printSerialLabel = async (unitId: number, actor: Actor): Promise<LabelDocumentFile | null> => {
    const data = prepared<[number], { clientCode: string; sku: string; title: string; gtin: string | null; serial: string; lot: string | null; expiry: string | null }>(
      db,
      `SELECT c.code AS clientCode, p.sku, p.title, p.gtin, u.serial, u.lot, u.expiry
         FROM units u JOIN products p ON p.id = u.product_id JOIN clients c ON c.id = p.client_id WHERE u.id = ?`,
    ).get(unitId);
    const label = data === undefined ? null : buildSerialLabel(data, { dpi, t: createCaptionTranslator(labelLanguage) });
    if (label === null || !label.ok) {
      log.error('serial label could not be built', { unitId, code: label?.ok === false ? label.error.code : 'unit-not-found' });
      return null;
    }
    const pdf = await renderLabelPdf(label.value);
    const file = { ...writeLabelFile(context.labelsDir, `serial-${unitId}.pdf`, pdf), previewSvg: renderLabelSvg(label.value) };
    inWriteTransaction(db, () =>
      appendEvent(db, { type: 'unit-label-printed', stationId: actor.stationId, operatorId: actor.operatorId, unitId, payload: { label: 'serial', fileName: file.fileName } }),
    );
    return file;
  };

  return {
    'receipts.list': () =>
      ok(
        listReceipts(db)
          .map((receipt) => readReceiptView(db, receipt.id))
          .filter((view): view is ReceiptView => view !== undefined)
          .map(({ lines: _lines, discrepancies: _discrepancies, ...summary }) => summary),
      ),

    'receipts.view': (request) => receiptOrError(context, request.receiptId),

    'receipts.create': (request) => {
      const client = findClientByCode(db, request.clientCode);
      if (client === undefined) {
        return err(trackingError({ code: 'client-not-found', clientCode: request.clientCode }));
      }
      const lines: ExpectedLine[] = [];
      for (const line of request.lines) {
        const product = findClientProductBySku(db, client.id, line.sku);
        if (product === undefined) {
          return err(trackingError({ code: 'asn-unknown-sku', sku: line.sku, row: lines.length + 1 }));
        }
        lines.push({ productId: product.id, sku: product.sku, quantity: line.quantity, lot: line.lot, expiry: line.expiry, serials: line.serials });
      }
      const created = runTrackingChange(context, session, 'receipts.create', (actor) =>
        createReceipt(db, actor, { clientId: client.id, reference: request.reference, source: 'on-the-spot', lines }),
      );
      return created.ok ? receiptOrError(context, created.value.id) : created;
    },

    'receipts.importAsn': (request) => {
      const text = Buffer.from(request.contentBase64, 'base64').toString('utf8');
      const notice = parseAdvanceShippingNotice(db, request.fileName, text);
      if (!notice.ok) {
        return err(trackingError(notice.error));
      }
      const created = runTrackingChange(context, session, 'receipts.importAsn', (actor) =>
        createReceipt(db, actor, { clientId: notice.value.clientId, reference: request.reference, source: 'asn-import', lines: notice.value.lines }),
      );
      return created.ok ? receiptOrError(context, created.value.id) : created;
    },

    'receipts.scan': async (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }
      if (findEventByIdempotencyKey(db, request.gestureId) !== undefined) {
        // A repeated delivery of a scan that already booked its unit.
        const view = receiptOrError(context, request.receiptId);
        return view.ok
          ? ok({ outcome: 'unit' as const, message: { key: 'tracking:receive.alreadyRecorded', params: {} }, pendingProductId: null, serial: null, unexpectedSerial: false, serialLabel: null, view: view.value })
          : view;
      }

      const scanned = runTrackingChange(context, session, 'receipts.scan', (signedIn) =>
        handleReceiveScan(db, signedIn, { receiptId: request.receiptId, raw: request.raw, pendingProductId: request.pendingProductId, idempotencyKey: request.gestureId }),
      );
      const view = receiptOrError(context, request.receiptId);
      if (!scanned.ok || !view.ok) {
        return scanned.ok ? (view as Result<never, ServiceError>) : scanned;
      }
      if (scanned.value.kind === 'product') {
        return ok({
          outcome: 'product' as const,
          message: { key: 'tracking:receive.productScanned', params: { sku: scanned.value.sku } },
          pendingProductId: scanned.value.productId,
          serial: null,
          unexpectedSerial: false,
          serialLabel: null,
          view: view.value,
        });
      }

      const received = scanned.value.received;
      const serialLabel = received.serialAssigned ? await printSerialLabel(received.unitId, actor.value) : null;
      return ok({
        outcome: 'unit' as const,
        message: { key: received.unexpectedSerial ? 'tracking:receive.unexpectedSerial' : 'tracking:receive.unitReceived', params: { serial: received.serial, sku: scanned.value.sku } },
        pendingProductId: null,
        serial: received.serial,
        unexpectedSerial: received.unexpectedSerial,
        serialLabel,
        view: view.value,
      });
    },

    'receipts.close': (request) => {
      const closed = runTrackingChange(context, session, 'receipts.close', (actor) => closeReceipt(db, actor, request.receiptId));
      if (!closed.ok) {
        return closed;
      }
      const view = receiptOrError(context, request.receiptId);
      const csv = writeDiscrepancyCsv(closed.value);
      return view.ok ? ok({ view: view.value, csv: { fileName: `discrepancies-${closed.value.reference}.csv`, contentBase64: Buffer.from(csv, 'utf8').toString('base64') } }) : view;
    },

    'receipts.discrepancyCsv': (request) => {
      const receipt = findReceiptById(db, request.receiptId);
      if (receipt === undefined) {
        return err(trackingError({ code: 'receipt-not-found', receiptId: request.receiptId }));
      }
      const csv = writeDiscrepancyCsv(buildDiscrepancyReport(db, receipt));
      return ok({ fileName: `discrepancies-${receipt.reference}.csv`, contentBase64: Buffer.from(csv, 'utf8').toString('base64') });
    },

    'locations.list': () => ok([...listLocations(db)]),

    'locations.create': (request) => runTrackingChange(context, session, 'locations.create', () => createLocation(db, request, new Date().toISOString())),

    'locations.label': async (request) => {
      const location = findLocationById(db, request.locationId);
      if (location === undefined) {
        return err(trackingError({ code: 'location-not-found', locationId: request.locationId }));
      }
      const label = buildLocationLabel(location, { dpi, t: createCaptionTranslator(labelLanguage) });
      if (!label.ok) {
        log.error('location label could not be built', { locationId: location.id, code: label.error.code });
        return err(trackingError(label.error));
      }
      const pdf = await renderLabelPdf(label.value);
      return ok({ ...writeLabelFile(context.labelsDir, `location-${location.code}.pdf`, pdf), previewSvg: renderLabelSvg(label.value) });
    },

    'putaway.scan': (request) => {
      const code = parseLocationBarcode(request.locationCode) ?? normalizeLocationCode(request.locationCode);
      const location = code === null ? undefined : findLocationByCode(db, code);
      if (location === undefined) {
        return err(trackingError({ code: 'location-not-found', locationCode: request.locationCode }));
      }
      const unit = findUnitByScan(db, request.raw);
      if (!unit.ok) {
        return err(trackingError(unit.error));
      }
      const placed = runTrackingChange(context, session, 'putaway.scan', (actor) =>
        putUnitInLocation(db, actor, unit.value, location, { reason: '', idempotencyKey: request.gestureId }),
      );
      if (!placed.ok) {
        return placed;
      }
      return ok({
        message: { key: `pack:timeline.${placed.value.event.type}`, params: { locationCode: location.code, fromLocationCode: '', operator: session.operator?.name ?? '', reason: '' } },
        serial: placed.value.unit.serial,
        locationCode: location.code,
      });
    },

    'units.serialPage': (request) => {
      const unit = findUnitByScan(db, request.serial);
      const text = unit.ok ? unit.value.serial : request.serial;
      return ok(buildSerialPages(db, text).map((page) => ({ ...page, timeline: [...page.timeline] })));
    },

    'units.search': (request) => ok([...searchUnits(db, request)]),
  };
}
