import { z } from 'zod';

/**
 * The EPCIS 2.0 JSON-LD document structure and the CBV 2.0 bizStep and disposition bare words,
 * as far as the Packtrace export uses them (ObjectEvent, AggregationEvent, EPC URIs and GS1
 * Digital Link URIs).
 *
 * Written from the EPCIS 2.0 and CBV 2.0 standards. Beyond GS1's JSON schema
 * (epcis-json-schema.ts), which checks identifiers only as URIs, it checks the digit count of
 * SGTIN and SSCC EPC URIs and the Digital Link forms the export writes.
 */
const cbvBizSteps = [
  'accepting', 'arriving', 'assembling', 'collecting', 'commissioning', 'consigning', 'creating_class_instance', 'cycle_counting',
  'decommissioning', 'departing', 'destroying', 'disassembling', 'dispensing', 'encoding', 'entering_exiting', 'holding',
  'inspecting', 'installing', 'killing', 'loading', 'other', 'packing', 'picking', 'receiving', 'removing', 'repackaging',
  'repairing', 'replacing', 'reserving', 'retail_selling', 'sampling', 'sensor_reporting', 'shipping', 'staging_outbound',
  'stock_taking', 'stocking', 'storing', 'transporting', 'unloading', 'unpacking', 'void_shipping',
] as const;

const cbvDispositions = [
  'active', 'available', 'completeness_inferred', 'completeness_verified', 'conformant', 'container_closed', 'container_open',
  'damaged', 'destroyed', 'dispensed', 'disposed', 'encoded', 'expired', 'in_progress', 'in_transit', 'inactive',
  'mismatch_instance', 'mismatch_class', 'mismatch_quantity', 'needs_replacement', 'no_pedigree_match', 'non_conformant',
  'non_sellable_other', 'partially_dispensed', 'recalled', 'reserved', 'retail_sold', 'returned', 'sellable_accessible',
  'sellable_not_accessible', 'stolen', 'unavailable', 'unknown',
] as const;

const sgtinUri = /^urn:epc:id:sgtin:(\d{6,12})\.(\d{1,7})\.[!'()*+,\-.0-9:;=A-Z_a-z%]{1,60}$/;
const ssccUri = /^urn:epc:id:sscc:(\d{6,12})\.(\d{5,11})$/;
const digitalLinkUnit = /^https:\/\/id\.gs1\.org\/01\/\d{14}\/21\/[^/]+$/;
const digitalLinkSscc = /^https:\/\/id\.gs1\.org\/00\/\d{18}$/;

/** Accepts an identifier with the digit count its scheme requires: 13 for SGTIN, 17 for SSCC. */
export const epcIdentifier = z.string().refine((uri) => {
  const sgtin = sgtinUri.exec(uri);
  if (sgtin !== null) return (sgtin[1] ?? '').length + (sgtin[2] ?? '').length === 13;
  const sscc = ssccUri.exec(uri);
  if (sscc !== null) return (sscc[1] ?? '').length + (sscc[2] ?? '').length === 17;
  return digitalLinkUnit.test(uri) || digitalLinkSscc.test(uri) || uri.startsWith('urn:packtrace:unit:');
}, 'not an SGTIN/SSCC EPC URI, GS1 Digital Link URI or urn:packtrace: URI');

const commonEventFields = {
  eventID: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/),
  eventTime: z.iso.datetime({ offset: true }),
  eventTimeZoneOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/),
  action: z.enum(['ADD', 'OBSERVE', 'DELETE']),
  bizStep: z.enum(cbvBizSteps).optional(),
  disposition: z.enum(cbvDispositions).optional(),
  readPoint: z.object({ id: z.string().regex(/^[a-z][a-z0-9+.-]*:/) }).optional(),
};

const objectEvent = z.looseObject({ type: z.literal('ObjectEvent'), epcList: z.array(epcIdentifier).min(1), ...commonEventFields });
const aggregationEvent = z.looseObject({
  type: z.literal('AggregationEvent'),
  parentID: epcIdentifier,
  childEPCs: z.array(epcIdentifier).min(1),
  ...commonEventFields,
});

/** Extension fields must carry a namespace prefix, as EPCIS 2.0 JSON-LD requires. */
const extensionKeysPrefixed = (event: Record<string, unknown>): boolean => {
  const standard = new Set(['type', 'eventID', 'eventTime', 'eventTimeZoneOffset', 'action', 'bizStep', 'disposition', 'readPoint', 'epcList', 'parentID', 'childEPCs']);
  return Object.keys(event).every((key) => standard.has(key) || /^[a-z][a-zA-Z0-9]*:[a-zA-Z]/.test(key));
};

export const epcisEvent = z.union([objectEvent, aggregationEvent]).refine(extensionKeysPrefixed, 'an extension field lacks its namespace prefix');

export const epcisDocument = z.object({
  '@context': z.array(z.unknown()).refine((context) => context[0] === 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'),
  type: z.literal('EPCISDocument'),
  schemaVersion: z.literal('2.0'),
  creationDate: z.iso.datetime(),
  epcisBody: z.object({ eventList: z.array(epcisEvent) }),
});
