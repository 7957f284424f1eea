/**
 * The returns desk's part of the contract: returns and their references, the unit check at
 * intake, the exception queue, grading and disposition, and each client's returns configuration.
 * This file must stay free of Node imports because the renderer type-checks against it.
 */
import { z } from 'zod';
import { localizedTextSchema, returnConfigSchema } from '../../returns/return-config-schema';
import {
  amazonConditions,
  dispositions,
  exceptionResolutions,
  intakeRefusalCodes,
  relabelKinds,
  returnFlagCodes,
  returnGrades,
  returnReferenceKinds,
  returnSources,
  returnStatuses,
  returnUnitStages,
  warrantyStatuses,
} from '../../returns/return-terms';
import { id, operatorMessageSchema, shortText, timelineEntrySchema } from '../schemas';

const gestureId = z.string().min(8).max(100);
const clientCode = z.string().trim().min(1).max(32);
const referenceText = z.string().trim().max(200);
const optionalReference = z.string().trim().max(200).nullable().default(null);
/** A reason an operator must type: not blank. */
const requiredReason = z.string().trim().min(1).max(500);

export const returnReferenceKindSchema = z.enum(returnReferenceKinds);
export const returnGradeSchema = z.enum(returnGrades);
export const dispositionSchema = z.enum(dispositions);
export const amazonConditionSchema = z.enum(amazonConditions);

/** A return with its counts, as lists and searches show it. */
export const returnSummarySchema = z.object({
  returnId: id,
  /** Null for a return opened without a client whose first unit has not been taken in yet. */
  clientCode: z.string().nullable(),
  referenceKind: returnReferenceKindSchema,
  /** The RMA, license plate number, tracking number or removal order ID, or '' for kind 'none'. */
  reference: z.string(),
  orderReference: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  source: z.enum(returnSources),
  /** ISO date-time or date as the source gave it. */
  returnDate: z.string().nullable(),
  reason: z.string(),
  customerComment: z.string(),
  status: z.enum(returnStatuses),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  unitsExpected: z.number().int(),
  unitsTakenIn: z.number().int(),
  unitsDispositioned: z.number().int(),
  unitsInException: z.number().int(),
});

export const returnLineSchema = z.object({
  lineId: id,
  /** Null when the return names a SKU or FNSKU the client's catalog does not know. */
  productId: id.nullable(),
  sku: z.string(),
  fnsku: z.string().nullable(),
  title: z.string().nullable(),
  expectedSerial: z.string().nullable(),
  quantityExpected: z.number().int(),
  quantityReceived: z.number().int(),
});

/** One finding of the unit check that sends the unit to the exception queue. */
export const returnFlagSchema = z.object({
  code: z.enum(returnFlagCodes),
  /** The facts behind the flag, such as the order the unit was shipped on. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: operatorMessageSchema,
});

export const warrantySchema = z.object({
  status: z.enum(warrantyStatuses),
  daysSinceShipment: z.number().int().nullable(),
  warrantyDays: z.number().int().nullable(),
  message: operatorMessageSchema,
});

/** A unit taken in on a return, with its stage on the desk and the result of grading. */
export const returnUnitSchema = z.object({
  returnUnitId: id,
  returnId: id,
  returnLineId: id.nullable(),
  unitId: id,
  serial: z.string(),
  sku: z.string(),
  title: z.string(),
  unitStatus: z.string(),
  stage: z.enum(returnUnitStages),
  flags: z.array(returnFlagSchema),
  resolution: z.enum(exceptionResolutions).nullable(),
  resolutionReason: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  grade: returnGradeSchema.nullable(),
  amazonCondition: amazonConditionSchema.nullable(),
  /** Question id to option id, as answered at grading. */
  answers: z.record(z.string(), z.string()).nullable(),
  disposition: dispositionSchema.nullable(),
  suggestedDisposition: dispositionSchema.nullable(),
  overrideReason: z.string().nullable(),
  takenInBy: z.string().nullable(),
  createdAt: z.string(),
  dispositionedAt: z.string().nullable(),
});

export const returnViewSchema = z.object({
  return: returnSummarySchema,
  lines: z.array(returnLineSchema),
  units: z.array(returnUnitSchema),
});

/** The store's record of the scanned unit: its product, client, last shipment and timeline. */
export const returnedUnitFactsSchema = z.object({
  unitId: id,
  serial: z.string(),
  clientCode: z.string(),
  sku: z.string(),
  title: z.string(),
  category: z.string().nullable(),
  status: z.string(),
  locationCode: z.string().nullable(),
  lastShipment: z
    .object({
      shipmentId: id,
      reference: z.string(),
      clientCode: z.string(),
      recipient: z.string().nullable(),
      cartonSscc: z.string().nullable(),
      shippedAt: z.string(),
      packedBy: z.string().nullable(),
    })
    .nullable(),
  timeline: z.array(timelineEntrySchema),
});

/**
 * The unit check's verdict. 'accept' and 'exception' name what intake would do. 'refuse' means
 * intake writes nothing, and `refusal` gives the reason.
 */
export const unitCheckSchema = z.object({
  outcome: z.enum(['accept', 'exception', 'refuse']),
  /** The serial as normalized from the scan. */
  serial: z.string(),
  unit: returnedUnitFactsSchema.nullable(),
  refusal: z.object({ code: z.enum(intakeRefusalCodes), message: operatorMessageSchema }).nullable(),
  flags: z.array(returnFlagSchema),
  /** Shown with the flags, but it never sends a unit to the exception queue. Null on refusal. */
  warranty: warrantySchema.nullable(),
  message: operatorMessageSchema,
});

export const exceptionQueueEntrySchema = z.object({
  returnUnitId: id,
  returnId: id,
  referenceKind: returnReferenceKindSchema,
  reference: z.string(),
  clientCode: z.string().nullable(),
  serial: z.string(),
  sku: z.string(),
  flags: z.array(returnFlagSchema),
  takenInBy: z.string().nullable(),
  createdAt: z.string(),
  /** Whole seconds since the unit was flagged. */
  ageSeconds: z.number().int(),
});

/** A caption: a `returns` translation key for standard questions, or the client's own text in every language. */
export const checklistCaptionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), message: operatorMessageSchema }),
  z.object({ kind: z.literal('text'), text: localizedTextSchema }),
]);

export const gradingFormSchema = z.object({
  returnUnitId: id,
  serial: z.string(),
  sku: z.string(),
  title: z.string(),
  clientCode: z.string(),
  category: z.string().nullable(),
  /** The checklist's source: the category's, the client's, or the standard one. */
  checklistSource: z.enum(['category', 'client', 'standard']),
  questions: z.array(
    z.object({
      questionId: z.string(),
      caption: checklistCaptionSchema,
      options: z.array(z.object({ optionId: z.string(), caption: checklistCaptionSchema })),
    }),
  ),
  grades: z.array(returnGradeSchema),
  dispositions: z.array(dispositionSchema),
  /** True when the product has an FNSKU, so restocking as used prints a used-condition FNSKU label. */
  hasFnsku: z.boolean(),
});

const gradingInput = {
  returnUnitId: id,
  /** Question id to option id. Every question of the grading form must be answered. */
  answers: z.record(z.string().max(40), z.string().max(40)),
  grade: returnGradeSchema,
};

/** The grade's Amazon condition and the disposition the client's rules suggest for it. */
export const dispositionSuggestionSchema = z.object({
  amazonCondition: amazonConditionSchema,
  suggestedDisposition: dispositionSchema,
  /** The matching rule: an index into the client's rules or into the default rules. */
  rule: z.object({ source: z.enum(['client', 'default']), index: z.number().int() }),
});

export const returnConfigViewSchema = z.object({
  clientCode: z.string(),
  config: returnConfigSchema,
  /** True when the client has no stored configuration and these are the defaults. */
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
});

/** Channels of the returns desk's intake, exception queue, grading and disposition. */
export const returnsChannels = {
  /** Returns still on the desk by default ('open': awaiting intake or in progress), newest first. */
  'returns.list': {
    request: z.object({
      status: z.enum(['open', ...returnStatuses]).default('open'),
      clientCode: clientCode.optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    response: z.array(returnSummarySchema),
  },
  /**
   * Finds returns by a typed or scanned reference (RMA, license plate number, carrier tracking
   * number, removal order ID) or by the text of a scanned Amazon return-label QR code. When
   * nothing matches, `openSuggestion` carries what `returns.open` would need.
   */
  'returns.find': {
    request: z.object({ text: z.string().max(4096) }),
    response: z.object({
      matches: z.array(returnSummarySchema),
      returnLabel: z.object({ trackingNumber: z.string(), rma: z.string() }).nullable(),
      openSuggestion: z.object({ referenceKind: returnReferenceKindSchema, reference: z.string(), trackingNumber: z.string().nullable() }).nullable(),
      message: operatorMessageSchema,
    }),
  },
  /** Opens a return on the spot. Kind 'none' takes an empty reference; every other kind needs one. */
  'returns.open': {
    request: z.object({
      referenceKind: returnReferenceKindSchema,
      reference: referenceText,
      clientCode: clientCode.nullable().default(null),
      orderReference: optionalReference,
      trackingNumber: optionalReference,
      reason: z.string().trim().max(500).default(''),
      /** Expected products, by the client's SKU, with an optional expected serial each. */
      expected: z
        .array(z.object({ sku: z.string().trim().min(1).max(100), quantity: z.number().int().min(1).max(10_000).default(1), serial: z.string().trim().max(200).nullable().default(null) }))
        .max(500)
        .default([]),
      source: z.enum(['on-the-spot', 'return-label']).default('on-the-spot'),
    }),
    response: returnViewSchema,
  },
  /** Imports an Amazon customer returns report (tab-separated text) for one client; a bad file writes nothing. */
  'returns.importAmazonReport': {
    /**
     * The file's bytes as base64, so the station checks the encoding itself: a browser reading the
     * file as text would turn Windows-1252 bytes into U+FFFD without a word. 70,000,000 characters
     * carry a 50 MB report.
     */
    request: z.object({ clientCode, fileName: z.string().max(300), contentBase64: z.string().max(70_000_000) }),
    response: z.object({
      rows: z.number().int(),
      returnsCreated: z.number().int(),
      /** Rows whose license plate number was imported before; they change nothing. */
      alreadyImported: z.number().int(),
      /** Rows whose SKU and FNSKU the client's catalog does not know; their line keeps the SKU. */
      unknownProducts: z.number().int(),
      returnIds: z.array(id),
    }),
  },
  'returns.view': { request: z.object({ returnId: id }), response: returnViewSchema },
  /** Previews the unit check for a scan without writing anything. */
  'returns.checkUnit': {
    request: z.object({ returnId: id.nullable(), raw: z.string().max(4096) }),
    response: unitCheckSchema,
  },
  /**
   * Takes a scanned unit in: a clean unit is accepted and returned, a flagged one goes to the
   * exception queue, a refused one writes nothing. With `returnId` null a return of kind 'none'
   * is opened for the unit. Repeating a gesture id returns the first outcome with `replayed`.
   */
  'returns.intakeUnit': {
    request: z.object({ returnId: id.nullable(), raw: z.string().max(4096), gestureId }),
    response: z.object({
      check: unitCheckSchema,
      returnUnit: returnUnitSchema.nullable(),
      view: returnViewSchema.nullable(),
      replayed: z.boolean(),
    }),
  },
  /** The exception queue, oldest first. */
  'returns.exceptions': {
    request: z.object({ clientCode: clientCode.optional() }),
    response: z.array(exceptionQueueEntrySchema),
  },
  /** A supervisor's decision on a flagged unit, with the reason. */
  'returns.resolveException': {
    request: z.object({ returnUnitId: id, resolution: z.enum(exceptionResolutions), reason: requiredReason }),
    response: z.object({ returnUnit: returnUnitSchema, view: returnViewSchema }),
  },
  /** The checklist for an accepted unit, for its client and product category. */
  'returns.gradingForm': { request: z.object({ returnUnitId: id }), response: gradingFormSchema },
  /** Previews the Amazon condition and suggested disposition for answers and a grade; writes nothing. */
  /**
   * Previews grading: the suggested disposition, and the Amazon condition the unit gets under
   * `disposition` (the technician's override) or, when that is null, under the suggestion.
   */
  'returns.suggestDisposition': {
    request: z.object({ ...gradingInput, disposition: dispositionSchema.nullable().default(null) }),
    response: dispositionSuggestionSchema,
  },
  /**
   * Grades an accepted unit and applies its disposition in one transaction. `disposition`
   * overrides the suggestion and then needs `overrideReason`. A restock goes to `locationId`
   * or `locationCode` (a typed code or a scanned location barcode) when given.
   */
  'returns.grade': {
    request: z.object({
      ...gradingInput,
      disposition: dispositionSchema.nullable().default(null),
      overrideReason: shortText.nullable().default(null),
      locationId: id.nullable().default(null),
      locationCode: z.string().trim().max(200).nullable().default(null),
      gestureId,
    }),
    response: z.object({
      returnUnit: returnUnitSchema,
      amazonCondition: amazonConditionSchema,
      suggestedDisposition: dispositionSchema,
      disposition: dispositionSchema,
      overridden: z.boolean(),
      /** The labels this disposition calls for, for the relabelling step to print. */
      labels: z.array(z.enum(relabelKinds)),
      returnClosed: z.boolean(),
      replayed: z.boolean(),
      view: returnViewSchema,
    }),
  },
  /** Closes a return; units still waiting on it block the close. */
  'returns.close': { request: z.object({ returnId: id, reason: z.string().trim().max(500).default('') }), response: returnViewSchema },
  /**
   * Loads the demo station data and adds the returns demo: shipped units of client DEMO and
   * three returns on them (main/returns/returns-demo.ts lists the serials). Loading again changes nothing.
   */
  'returns.loadDemo': { request: z.object({}), response: z.object({ unitsShipped: z.number().int(), returnsCreated: z.number().int() }) },
  'returns.config': { request: z.object({ clientCode }), response: returnConfigViewSchema },
  /** Replaces a client's returns configuration; the request's `config` is validated in full first. */
  'returns.setConfig': { request: z.object({ clientCode, config: z.unknown() }), response: returnConfigViewSchema },
} as const;
