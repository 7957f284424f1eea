/**
 * The packing bench's part of the contract. This file must stay free of Node imports because
 * the renderer type-checks against it.
 */
import { z } from 'zod';
import {
  bulkSerialVerdictSchema,
  exportFileSchema,
  id,
  importSummarySchema,
  labelDocumentSchema,
  maxBulkSerials,
  packViewSchema,
  scanVerdictSchema,
  shipmentSummarySchema,
  shortText,
  stationInfoSchema,
  unitLookupSchema,
} from '../schemas';

/** Channels of the packing bench: station, shipments, packing, labels, lookup, imports, exports. */
export const packingChannels = {
  'station.info': { request: z.object({}), response: stationInfoSchema },
  'station.loadDemo': { request: z.object({}), response: importSummarySchema },
  'clients.list': {
    request: z.object({}),
    response: z.array(z.object({ code: z.string(), name: z.string() })),
  },
  'shipments.list': { request: z.object({}), response: z.array(shipmentSummarySchema) },
  'shipments.open': { request: z.object({ reference: z.string().trim().min(1).max(200) }), response: packViewSchema },
  'pack.view': { request: z.object({ shipmentId: id }), response: packViewSchema },
  'pack.scan': {
    request: z.object({
      shipmentId: id,
      raw: z.string().max(4096),
      /** Idempotency key of the scan gesture, created where the scan was captured. */
      gestureId: z.string().min(8).max(100),
      source: z.enum(['keyboard', 'hid', 'manual']),
    }),
    response: z.object({ verdict: scanVerdictSchema, view: packViewSchema }),
  },
  'pack.removeUnit': {
    request: z.object({ shipmentId: id, unitId: id, reason: shortText.min(1) }),
    response: packViewSchema,
  },
  'pack.newCarton': { request: z.object({ shipmentId: id }), response: packViewSchema },
  'pack.closeCarton': {
    request: z.object({ shipmentId: id, weightGrams: z.number().int().positive().max(1_000_000) }),
    response: z.object({ view: packViewSchema, label: labelDocumentSchema }),
  },
  'pack.reopenCarton': { request: z.object({ cartonId: id, reason: shortText.min(1) }), response: packViewSchema },
  'pack.finishShipment': { request: z.object({ shipmentId: id }), response: packViewSchema },
  'pack.shortShip': { request: z.object({ shipmentId: id, reason: shortText.min(1) }), response: packViewSchema },
  /** Splits typed or pasted text into literal serials for a bulk add; writes nothing. */
  'pack.previewSerialList': {
    request: z.object({ text: z.string().max(100_000) }),
    response: z.object({ serials: z.array(z.string()) }),
  },
  /** Expands an explicit serial range (`SN000460` to `SN000464`) for a bulk add; writes nothing. */
  'pack.previewSerialRange': {
    request: z.object({ start: z.string().max(200), end: z.string().max(200) }),
    response: z.object({ serials: z.array(z.string()) }),
  },
  /** Packs each serial as a unit of the product, under the same rules as a scan; one verdict per serial. */
  'pack.bulkAdd': {
    request: z.object({
      shipmentId: id,
      productId: id,
      serials: z.array(z.string().max(200)).min(1).max(maxBulkSerials),
      /** Idempotency key of the whole request, created once when the operator confirms. */
      gestureId: z.string().min(8).max(100),
    }),
    response: z.object({ results: z.array(bulkSerialVerdictSchema), view: packViewSchema }),
  },
  /** The carton manifest of a shipment as CSV or XLSX, every identifier kept as text. */
  'exports.cartonManifest': {
    request: z.object({ shipmentId: id, format: z.enum(['csv', 'xlsx']) }),
    response: exportFileSchema,
  },
  'labels.carton': { request: z.object({ cartonId: id }), response: labelDocumentSchema },
  'labels.printCarton': {
    /** `reason` is needed to print a carton label again once it was queued on a carton printer profile. */
    request: z.object({ cartonId: id, reason: z.string().max(500).optional() }),
    response: z.object({ printed: z.boolean() }),
  },
  'labels.commandSheet': { request: z.object({}), response: labelDocumentSchema },
  'units.lookup': {
    request: z.object({ serial: z.string().min(1).max(200) }),
    response: z.array(unitLookupSchema),
  },
  'imports.file': {
    request: z.object({
      fileName: z.string().min(1).max(255),
      contentBase64: z.string().max(70_000_000),
      clientCode: z.string().max(32).optional(),
    }),
    response: importSummarySchema,
  },
} as const;
