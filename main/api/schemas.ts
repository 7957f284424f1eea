/**
 * Schemas shared by the contract's channel groups: views, verdicts, messages and files.
 * This file must stay free of Node imports because the renderer type-checks against it.
 */
import { z } from 'zod';

/** A database row id. */
export const id = z.number().int().positive();
/** Free text an operator types, such as a reason. */
export const shortText = z.string().max(500);

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
  /**
   * The same label as SVG with its fonts embedded, for the in-app preview: a page shows SVG
   * everywhere, while a PDF needs a viewer plugin that headless and locked-down windows lack.
   */
  previewSvg: z.string().optional(),
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
export const maxBulkSerials = 500;

/** A downloadable export: its suggested file name and its bytes. */
export const exportFileSchema = z.object({
  fileName: z.string(),
  contentBase64: z.string(),
});
