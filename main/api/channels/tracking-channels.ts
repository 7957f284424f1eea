/**
 * The unit lifecycle's part of the contract: receiving, locations and put-away, the serial page
 * and searches, recalls and cycle counts. This file must stay free of Node imports because the
 * renderer type-checks against it.
 */
import { z } from 'zod';
import { unitStatuses } from '../../tracking/unit-states';
import { exportFileSchema, id, labelDocumentSchema, operatorMessageSchema, shortText, timelineEntrySchema } from '../schemas';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const optionalText = z.string().trim().max(200).optional();
const gestureId = z.string().min(8).max(100);

export const unitStatusSchema = z.enum(unitStatuses);

export const locationSchema = z.object({ id, code: z.string(), name: z.string() });

export const unitRowSchema = z.object({
  unitId: id,
  serial: z.string(),
  clientCode: z.string(),
  sku: z.string(),
  lot: z.string().nullable(),
  expiry: z.string().nullable(),
  status: unitStatusSchema,
  holdReason: z.string().nullable(),
  locationCode: z.string().nullable(),
  cartonSscc: z.string().nullable(),
  shipmentReference: z.string().nullable(),
  recipient: z.string().nullable(),
  receiptReference: z.string().nullable(),
  updatedAt: z.string(),
});

export const serialPageSchema = z.object({
  unitId: id,
  serial: z.string(),
  clientCode: z.string(),
  sku: z.string(),
  title: z.string(),
  lot: z.string().nullable(),
  expiry: z.string().nullable(),
  status: unitStatusSchema,
  holdReason: z.string().nullable(),
  grade: z.string().nullable(),
  locationCode: z.string().nullable(),
  cartonSscc: z.string().nullable(),
  cartonNumber: z.number().int().nullable(),
  shipmentReference: z.string().nullable(),
  recipient: z.string().nullable(),
  receiptReference: z.string().nullable(),
  timeline: z.array(timelineEntrySchema.extend({ viaCarton: z.boolean() })),
});

export const discrepancySchema = z.object({
  kind: z.string(),
  sku: z.string(),
  lot: z.string().nullable().optional(),
  serial: z.string().optional(),
  expected: z.number().int().optional(),
  received: z.number().int().optional(),
  recordedAt: z.string().optional(),
});

export const receiptViewSchema = z.object({
  receiptId: id,
  reference: z.string(),
  clientCode: z.string(),
  status: z.enum(['open', 'closed']),
  lines: z.array(
    z.object({ sku: z.string(), lot: z.string().nullable(), expiry: z.string().nullable(), quantityExpected: z.number().int(), quantityReceived: z.number().int() }),
  ),
  unitsExpected: z.number().int(),
  unitsReceived: z.number().int(),
  discrepancies: z.array(discrepancySchema),
});

export const unitSearchSchema = z.object({
  clientCode: optionalText,
  sku: optionalText,
  lot: optionalText,
  expiryFrom: isoDate.optional(),
  expiryTo: isoDate.optional(),
  status: unitStatusSchema.optional(),
  locationCode: optionalText,
  receiptReference: optionalText,
  shipmentReference: optionalText,
  changedFrom: isoDate.optional(),
  changedTo: isoDate.optional(),
  serials: z.array(z.string().max(200)).max(10_000).optional(),
});

export const recallSelectionSchema = unitSearchSchema.pick({
  clientCode: true,
  sku: true,
  lot: true,
  expiryFrom: true,
  expiryTo: true,
  serials: true,
  receiptReference: true,
});

export const countReportSchema = z.object({
  countId: id,
  locationCode: z.string(),
  counted: z.number().int(),
  expected: z.number().int(),
  missing: z.array(z.object({ unitId: id, serial: z.string(), status: unitStatusSchema, recordedLocationCode: z.string().nullable() })),
  misplaced: z.array(z.object({ unitId: id, serial: z.string(), status: unitStatusSchema, recordedLocationCode: z.string().nullable() })),
  unexpected: z.array(z.object({ unitId: id, serial: z.string(), status: unitStatusSchema, recordedLocationCode: z.string().nullable() })),
});

const expectedLineSchema = z.object({
  sku: z.string().trim().min(1).max(100),
  quantity: z.number().int().min(0).max(1_000_000),
  lot: z.string().trim().max(100).nullable().default(null),
  expiry: isoDate.nullable().default(null),
  serials: z.array(z.string().max(200)).max(100_000).default([]),
});

/** Channels of receiving, put-away, the serial page, searches, recalls and cycle counts. */
export const trackingChannels = {
  'receipts.list': { request: z.object({}), response: z.array(receiptViewSchema.omit({ lines: true, discrepancies: true })) },
  'receipts.view': { request: z.object({ receiptId: id }), response: receiptViewSchema },
  /** A receipt typed in on the spot; `lines` may be empty when nothing was announced. */
  'receipts.create': {
    request: z.object({ clientCode: z.string().trim().min(1).max(32), reference: z.string().trim().min(1).max(200), lines: z.array(expectedLineSchema).max(10_000) }),
    response: receiptViewSchema,
  },
  /** An advance shipping notice file (CSV, base64) becomes one receipt with `reference`. */
  'receipts.importAsn': {
    request: z.object({ reference: z.string().trim().min(1).max(200), fileName: z.string().max(300), contentBase64: z.string().max(30_000_000) }),
    response: receiptViewSchema,
  },
  /** One receiving scan: names a product (waiting for its serial) or books a unit in. */
  'receipts.scan': {
    request: z.object({ receiptId: id, raw: z.string().max(4096), pendingProductId: id.nullable(), gestureId }),
    response: z.object({
      outcome: z.enum(['product', 'unit']),
      message: operatorMessageSchema,
      pendingProductId: id.nullable(),
      serial: z.string().nullable(),
      unexpectedSerial: z.boolean(),
      /** The serial label printed for a unit whose serial Packtrace assigned. */
      serialLabel: labelDocumentSchema.nullable(),
      view: receiptViewSchema,
    }),
  },
  'receipts.close': { request: z.object({ receiptId: id }), response: z.object({ view: receiptViewSchema, csv: exportFileSchema }) },
  'receipts.discrepancyCsv': { request: z.object({ receiptId: id }), response: exportFileSchema },

  'locations.list': { request: z.object({}), response: z.array(locationSchema) },
  'locations.create': { request: z.object({ code: z.string().trim().min(1).max(32), name: shortText }), response: locationSchema },
  'locations.label': { request: z.object({ locationId: id }), response: labelDocumentSchema },
  /** Puts the scanned unit into the location: put-away, a move, or finding a missing unit. */
  'putaway.scan': {
    request: z.object({ locationCode: z.string().trim().min(1).max(40), raw: z.string().max(4096), gestureId }),
    response: z.object({ message: operatorMessageSchema, serial: z.string(), locationCode: z.string() }),
  },

  'units.serialPage': { request: z.object({ serial: z.string().trim().min(1).max(4096) }), response: z.array(serialPageSchema) },
  'units.search': { request: unitSearchSchema, response: z.array(unitRowSchema) },

  'recall.preview': { request: z.object({ selection: recallSelectionSchema }), response: z.array(unitRowSchema) },
  /** Puts every selected unit still in the warehouse on hold, in one transaction. */
  'recall.hold': {
    request: z.object({ reference: z.string().trim().min(1).max(100), reason: shortText.min(1), selection: recallSelectionSchema }),
    response: z.object({ reference: z.string(), held: z.number().int(), alreadyHeld: z.number().int(), outsideWarehouse: z.number().int(), units: z.array(unitRowSchema) }),
  },
  'recall.csv': { request: z.object({ selection: recallSelectionSchema }), response: exportFileSchema },

  'counts.start': { request: z.object({ locationCode: z.string().trim().min(1).max(40) }), response: countReportSchema },
  'counts.scan': { request: z.object({ countId: id, raw: z.string().max(4096) }), response: countReportSchema },
  /** Closes a count; with `adjust` the differences are booked, each with `reason`. */
  'counts.close': { request: z.object({ countId: id, adjust: z.boolean(), reason: shortText }), response: countReportSchema },
} as const;
