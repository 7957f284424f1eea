/**
 * The FBA prep bench's part of the contract: FNSKU labels, FBA box labels and measurements,
 * Amazon report imports and removal receiving. This file must stay free of Node imports because
 * the renderer type-checks against it.
 */
import { z } from 'zod';
import { exportFileSchema, id, labelDocumentSchema, shortText } from '../schemas';

const count = z.number().int().nonnegative();

export const prepCandidateSchema = z.object({
  productId: id,
  clientCode: z.string(),
  clientName: z.string(),
  sku: z.string(),
  title: z.string(),
  fnsku: z.string(),
  serialTracked: z.boolean(),
});

export const removalReceiptSchema = z.object({
  trackingNumber: z.string(),
  orderIds: z.array(z.string()),
  lines: z.array(
    z.object({
      fnsku: z.string(),
      sku: z.string(),
      clientCode: z.string(),
      title: z.string().nullable(),
      serialTracked: z.boolean(),
      expected: count,
      received: count,
      decisions: z.object({ restock: count, rework: count, dispose: count, 'return-to-client': count }),
    }),
  ),
});

const labelFileSchema = z.object({ fileName: z.string(), pdfBase64: z.string(), svg: z.string() });

/** Channels of FBA prep, FBA boxes and removal receiving. */
export const fbaChannels = {
  /** Lists the FNSKU label templates and the conditions Amazon prints, for the prep screen's choices. */
  'fba.labelOptions': { request: z.object({}), response: z.object({ templates: z.array(z.string()), conditions: z.array(z.string()) }) },
  /** Finds the products a scanned EAN/UPC or FNSKU belongs to, one per client that sells it. */
  'fba.prepScan': { request: z.object({ raw: z.string().min(1).max(500) }), response: z.object({ candidates: z.array(prepCandidateSchema) }) },
  /**
   * Renders FNSKU labels of one product. For a serial-tracked product the serial is required,
   * and the label given to that unit is recorded as a 'unit-label-printed' event.
   */
  'fba.printFnskuLabel': {
    request: z.object({
      productId: id,
      serial: z.string().max(200).nullable(),
      copies: z.number().int().min(1).max(1000),
      template: z.string().min(1).max(40),
      condition: z.string().min(1).max(40),
      /** Required for a serial-tracked product, so a retried request records the label once. */
      gestureId: z.string().min(1).max(100),
    }),
    response: labelFileSchema.extend({ fnsku: z.string(), recordedUnitId: id.nullable() }),
  },
  /** Imports a Manage Inventory, removal order detail or removal shipment detail report. */
  'fba.importReport': {
    request: z.object({ fileName: shortText, contentBase64: z.string().max(90_000_000), clientCode: z.string().min(1).max(32) }),
    response: z.object({ kind: z.enum(['inventory', 'removal-orders', 'removal-shipments']), rows: count, created: count, updated: count }),
  },
  'fba.removalReceipt': { request: z.object({ trackingNumber: z.string().min(1).max(100) }), response: removalReceiptSchema },
  'fba.inspectRemovalUnit': {
    request: z.object({
      trackingNumber: z.string().min(1).max(100),
      fnsku: z.string().min(1).max(40),
      serial: z.string().max(200).nullable(),
      decision: z.enum(['restock', 'rework', 'dispose', 'return-to-client']),
      note: z.string().max(500),
    }),
    response: removalReceiptSchema,
  },
  /** Records a box's weight and dimensions and returns the Amazon limits it exceeds. */
  'fba.measureBox': {
    request: z.object({
      shipmentId: z.string().min(1).max(20),
      boxNumber: z.number().int().min(1),
      weightGrams: z.number().int().min(1),
      lengthMm: z.number().int().min(1),
      widthMm: z.number().int().min(1),
      heightMm: z.number().int().min(1),
    }),
    response: z.object({ warnings: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.number()) })) }),
  },
  /** Renders box `boxNumber`'s box ID label to the labels folder, with its SVG preview. */
  'fba.boxLabel': {
    request: z.object({ shipmentId: z.string().min(1).max(20), boxNumber: z.number().int().min(1), stock: z.enum(['4x6in', '3.33x4in']) }),
    response: labelDocumentSchema,
  },
  /** Exports the content and measurements of every box of an FBA shipment as CSV. */
  'fba.boxContentCsv': { request: z.object({ shipmentId: z.string().min(1).max(20) }), response: exportFileSchema },
} as const;
