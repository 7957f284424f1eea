/**
 * The one contract between the screens and main: a zod schema for every request and response,
 * keyed by channel name. Electron IPC and the loopback web host both parse payloads with it.
 * This file must stay free of Node imports because the renderer type-checks against it.
 */
import { z } from 'zod';

const id = z.number().int().positive();
const shortText = z.string().max(500);

export const addressSchema = z.object({
  name: z.string().default(''),
  company: z.string().default(''),
  lines: z.array(z.string()).default([]),
  postcode: z.string().default(''),
  city: z.string().default(''),
  region: z.string().default(''),
  country: z.string().default(''),
  phone: z.string().default(''),
});

/** A message for the operator: a translation key and its parameters, never a finished sentence. */
export const operatorMessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});

/** Expected failures cross the boundary as a stable code plus a translatable message. */
export const serviceErrorSchema = z.object({
  code: z.string(),
  message: operatorMessageSchema,
});

export const feedbackSoundSchema = z.enum(['accept', 'wrong-item', 'duplicate', 'over-pack', 'error']);

export const shipmentLineViewSchema = z.object({
  lineId: id,
  productId: id,
  sku: z.string(),
  title: z.string(),
  gtin: z.string().nullable(),
  serialTracked: z.boolean(),
  quantityExpected: z.number().int(),
  quantityPacked: z.number().int(),
});

export const cartonUnitViewSchema = z.object({
  unitId: id,
  sku: z.string(),
  serial: z.string(),
  packedAt: z.string(),
});

export const cartonViewSchema = z.object({
  cartonId: id,
  number: z.number().int(),
  sscc: z.string(),
  status: z.enum(['open', 'closed']),
  weightGrams: z.number().int().nullable(),
  unitCount: z.number().int(),
});

export const packViewSchema = z.object({
  shipment: z.object({
    shipmentId: id,
    reference: z.string(),
    clientCode: z.string(),
    clientName: z.string(),
    kind: z.enum(['customer-order', 'fba-inbound', 'vendor']),
    status: z.enum(['open', 'finished', 'short-shipped']),
    shipTo: addressSchema,
  }),
  lines: z.array(shipmentLineViewSchema),
  cartons: z.array(cartonViewSchema),
  openCarton: cartonViewSchema.nullable(),
  openCartonUnits: z.array(cartonUnitViewSchema),
  /** A product barcode scanned and waiting for its serial, if any. */
  pendingProduct: z.object({ productId: id, sku: z.string(), title: z.string() }).nullable(),
});

export const scanVerdictSchema = z.object({
  outcome: z.enum(['accepted', 'rejected']),
  /** Stable code: 'unit-packed', 'product-identified', 'already-shipped', 'over-pack', ... */
  code: z.string(),
  message: operatorMessageSchema,
  /** What the operator should do next, as a translatable message; empty key when nothing. */
  nextStep: operatorMessageSchema.nullable(),
  sound: feedbackSoundSchema,
  /** True when this gesture had already been recorded and the stored verdict was returned. */
  replayed: z.boolean().default(false),
});

export const shipmentSummarySchema = z.object({
  shipmentId: id,
  reference: z.string(),
  clientCode: z.string(),
  status: z.enum(['open', 'finished', 'short-shipped']),
  linesTotal: z.number().int(),
  unitsExpected: z.number().int(),
  unitsPacked: z.number().int(),
});

export const timelineEntrySchema = z.object({
  eventId: z.string(),
  occurredAt: z.string(),
  type: z.string(),
  stationId: z.string(),
  operatorName: z.string().nullable(),
  shipmentReference: z.string().nullable(),
  cartonSscc: z.string().nullable(),
  message: operatorMessageSchema,
});

export const unitLookupSchema = z.object({
  unitId: id,
  serial: z.string(),
  clientCode: z.string(),
  sku: z.string(),
  title: z.string(),
  gtin: z.string().nullable(),
  lot: z.string().nullable(),
  expiry: z.string().nullable(),
  status: z.string(),
  shipmentReference: z.string().nullable(),
  cartonSscc: z.string().nullable(),
  cartonNumber: z.number().int().nullable(),
  timeline: z.array(timelineEntrySchema),
});

export const importSummarySchema = z.object({
  format: z.string(),
  clients: z.number().int(),
  products: z.number().int(),
  shipmentsCreated: z.number().int(),
  shipmentsUnchanged: z.number().int(),
  /** Shipments whose lines or address changed before packing started. */
  shipmentsUpdated: z.number().int(),
  lines: z.number().int(),
  /** Skipped orders and lines, for the operator to check. */
  warnings: z.array(operatorMessageSchema),
});

export const labelDocumentSchema = z.object({
  fileName: z.string(),
  /** Where the PDF was written in the station's labels folder. */
  path: z.string(),
  pdfBase64: z.string(),
});

export const stationInfoSchema = z.object({
  stationId: z.string(),
  stationName: z.string(),
  dataDir: z.string(),
  appVersion: z.string(),
  transport: z.enum(['electron', 'browser']),
  storeIsEmpty: z.boolean(),
  operator: z.object({ operatorId: id, name: z.string() }).nullable(),
  canPrint: z.boolean(),
});

/** The verdict of one serial of a bulk add, in the order the serials were sent. */
export const bulkSerialVerdictSchema = z.object({
  serial: z.string(),
  verdict: scanVerdictSchema,
});

/** Most serials one bulk add takes; main/packing/bulk-serials.ts checks the same limit. */
const maxBulkSerials = 500;

/** A downloadable export: its suggested file name and its bytes. */
export const exportFileSchema = z.object({
  fileName: z.string(),
  contentBase64: z.string(),
});

/** Every channel: its request schema and the schema of its success value. */
export const contract = {
  'station.info': { request: z.object({}), response: stationInfoSchema },
  'station.loadDemo': { request: z.object({}), response: importSummarySchema },
  'clients.list': {
    request: z.object({}),
    response: z.array(z.object({ code: z.string(), name: z.string() })),
  },
  'operator.signIn': {
    request: z.object({ name: z.string().trim().min(1).max(80) }),
    response: z.object({ operatorId: id, name: z.string() }),
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
    request: z.object({ cartonId: id }),
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

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
export type ServiceError = z.output<typeof serviceErrorSchema>;
export type OperatorMessage = z.output<typeof operatorMessageSchema>;
export type PackView = z.output<typeof packViewSchema>;
export type ScanVerdict = z.output<typeof scanVerdictSchema>;
export type UnitLookup = z.output<typeof unitLookupSchema>;
export type ImportSummary = z.output<typeof importSummarySchema>;
export type LabelDocumentFile = z.output<typeof labelDocumentSchema>;
export type StationInfo = z.output<typeof stationInfoSchema>;
export type BulkSerialVerdictView = z.output<typeof bulkSerialVerdictSchema>;
export type Address = z.output<typeof addressSchema>;

/** What a call returns on either transport: the value, or an expected failure. */
export type CallResult<C extends Channel> =
  | { readonly ok: true; readonly value: ResponseOf<C> }
  | { readonly ok: false; readonly error: ServiceError };

export const channels = Object.keys(contract) as Channel[];
