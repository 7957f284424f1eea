/**
 * The returns desk's evidence, relabelling and reports: photos attached to a return, the labels
 * a disposition calls for, and the returns reports with their CSV files. This file must stay free
 * of Node imports because the renderer type-checks against it.
 */
import { z } from 'zod';
import { exportFileSchema, id, labelDocumentSchema } from '../schemas';
import { relabelKinds } from '../../returns/return-terms';
import { printJobSchema } from './printing-channels';

/**
 * Largest photo the desk stores, in bytes (decoded). A webcam still or a phone JPEG fits. The
 * loopback station sizes its request body limit for this channel from it (main/station/request-body.ts).
 */
export const maxReturnPhotoBytes = 12 * 1024 * 1024;
/** Base64 length of `maxReturnPhotoBytes`, so an oversized upload is rejected before decoding. */
const maxReturnPhotoBase64Length = Math.ceil(maxReturnPhotoBytes / 3) * 4;

export const returnPhotoMediaTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const returnPhotoSources = ['camera', 'file'] as const;

/** The labels a returned unit can get; which of them apply depends on its disposition. */
export const returnLabelKinds = relabelKinds;

/** The tables of the returns report, each exportable as its own CSV file. */
export const returnsReportTables = ['by-client', 'by-product', 'by-lot', 'by-reason', 'recovery-by-grade', 'recovery-by-disposition', 'exception-age'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const count = z.number().int().nonnegative();
/** Share of all units in the table, 0 to 1. */
const share = z.number().min(0).max(1);

export const returnPhotoSchema = z.object({
  photoId: id,
  returnId: id,
  returnUnitId: id.nullable(),
  unitId: id.nullable(),
  serial: z.string().nullable(),
  /** Lower-case hex SHA-256 of the stored bytes, the same value as in the 'return-photo-attached' event. */
  sha256: z.string(),
  mediaType: z.enum(returnPhotoMediaTypes),
  byteSize: z.number().int().positive(),
  source: z.enum(returnPhotoSources),
  takenAt: z.string(),
  stationId: z.string(),
  operatorName: z.string().nullable(),
});

/** A report filter: the return's date between `from` and `to` inclusive, and one client. */
export const returnsReportFilterSchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  clientCode: z.string().trim().min(1).max(32).optional(),
});

export const returnsReportSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  clientCode: z.string().nullable(),
  generatedAt: z.string(),
  byClient: z.array(z.object({ clientCode: z.string(), clientName: z.string(), returns: count, unitsExpected: count, unitsReceived: count })),
  byProduct: z.array(z.object({ clientCode: z.string(), sku: z.string(), title: z.string(), returns: count, unitsExpected: count, unitsReceived: count })),
  byLot: z.array(z.object({ clientCode: z.string(), sku: z.string(), lot: z.string().nullable(), unitsReceived: count })),
  byReason: z.array(z.object({ reason: z.string(), returns: count, unitsReceived: count })),
  recoveryByGrade: z.array(z.object({ grade: z.enum(['A', 'B', 'C', 'D']), units: count, share })),
  recoveryByDisposition: z.array(
    z.object({ disposition: z.enum(['restock-new', 'restock-used', 'refurbish', 'return-to-vendor', 'liquidate', 'dispose']), units: count, share }),
  ),
  exceptionAge: z.object({
    open: count,
    oldestAt: z.string().nullable(),
    oldestAgeDays: z.number().nonnegative().nullable(),
    buckets: z.array(z.object({ bucket: z.enum(['under-1-day', '1-to-3-days', '3-to-7-days', 'over-7-days']), count })),
  }),
});

/** Either the label went to the print queue, or the station has no printer for it and gets the PDF. */
export const relabelOutcomeSchema = z.discriminatedUnion('output', [
  z.object({ output: z.literal('queued'), labelKind: z.enum(returnLabelKinds), job: printJobSchema }),
  z.object({ output: z.literal('document'), labelKind: z.enum(returnLabelKinds), document: labelDocumentSchema }),
]);

/** Channels of return photos, relabelling and returns reports. */
export const returnEvidenceChannels = {
  /**
   * Stores a photo of a return (optionally of one unit taken in on it). The bytes must be a
   * JPEG, PNG or WebP image matching `mediaType` and at most `maxReturnPhotoBytes` long. The
   * same bytes attached twice are stored once on disk but recorded as two photos. A closed
   * return still takes photos, as evidence for a later dispute.
   */
  'returns.attachPhoto': {
    request: z.object({
      returnId: id,
      returnUnitId: id.nullable().default(null),
      source: z.enum(returnPhotoSources),
      mediaType: z.enum(returnPhotoMediaTypes),
      // An empty string passes, so the service rejects a 0-byte file as return-photo-empty in the
      // operator's language rather than as an invalid request with the schema's English detail.
      dataBase64: z.string().max(maxReturnPhotoBase64Length),
    }),
    response: returnPhotoSchema,
  },
  /** Lists the photos of a return, or of one unit over all its returns, oldest first; writes nothing. */
  'returns.photos': {
    request: z.union([z.object({ returnId: id }), z.object({ unitId: id })]),
    response: z.object({ photos: z.array(returnPhotoSchema) }),
  },
  /**
   * Returns a photo's bytes for display after checking them against the recorded SHA-256; a
   * changed or missing file is an error ('evidence-file-changed', 'evidence-file-missing').
   */
  'returns.photo': {
    request: z.object({ photoId: id }),
    response: z.object({ photo: returnPhotoSchema, dataBase64: z.string() }),
  },
  /** Lists the labels the unit's disposition calls for, in print order; writes nothing. */
  'returns.relabelOptions': {
    request: z.object({ returnUnitId: id }),
    response: z.object({ disposition: z.string().nullable(), labelKinds: z.array(z.enum(returnLabelKinds)) }),
  },
  /**
   * Renders one label of a graded unit. It is queued as a print job when the station has a
   * printer profile for that label kind, else returned as a PDF written to the labels folder.
   */
  'returns.relabel': {
    request: z.object({
      returnUnitId: id,
      labelKind: z.enum(returnLabelKinds),
      /** Idempotency key made where the operator pressed print: a resent request queues no second job. */
      requestKey: z.string().min(8).max(100).optional(),
    }),
    response: relabelOutcomeSchema,
  },
  /** Builds the returns report for the filter; writes nothing. */
  'returns.report': { request: returnsReportFilterSchema, response: returnsReportSchema },
  /** Exports one table of the returns report as CSV in the chosen dialect. */
  'returns.reportCsv': {
    request: returnsReportFilterSchema.extend({ table: z.enum(returnsReportTables), dialect: z.enum(['standard', 'excel-eu']) }),
    response: exportFileSchema,
  },
} as const;
