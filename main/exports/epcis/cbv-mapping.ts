import { operatorEventTypes } from '../../store/event-types';

/**
 * The EPCIS 2.0 form of each Packtrace event type, with Core Business Vocabulary (CBV 2.0)
 * bizStep and disposition values in the bare-word form the EPCIS JSON-LD context expands.
 * - Receiving, put-away, shipping, returns, grading, holds, refurbishment, return to vendor and
 *   disposal are ObjectEvents on the unit. Disposal uses action DELETE: the unit leaves the supply
 *   chain. The rest OBSERVE units that already exist (Packtrace does not commission serials).
 * - Packing and unpacking are AggregationEvents with the carton's SSCC as parent and the unit as
 *   child, ADD and DELETE.
 * - Closing a carton is an ObjectEvent on the SSCC with disposition container_closed.
 * - Taking a shipped unit back into packing (a supervisor reopened its carton) is an ObjectEvent
 *   with bizStep void_shipping, which CBV defines for declaring that objects of an earlier shipping
 *   event were not shipped as recorded. Its disposition in_progress matches packing: the unit is
 *   back in an open carton at the station.
 * Event types in `eventTypesWithoutEpcis` are left out of the export.
 */
export interface EpcisMapping {
  readonly eventType: 'ObjectEvent' | 'AggregationEvent';
  readonly action: 'ADD' | 'OBSERVE' | 'DELETE';
  /** The identifier the event names: the unit, or the carton (SSCC) for carton events. */
  readonly subject: 'unit' | 'carton';
  readonly bizStep: string;
  readonly disposition?: string;
}

const unitObservation = (bizStep: string, disposition?: string): EpcisMapping => ({
  eventType: 'ObjectEvent',
  action: 'OBSERVE',
  subject: 'unit',
  bizStep,
  ...(disposition === undefined ? {} : { disposition }),
});

const mappings: Readonly<Record<string, EpcisMapping>> = {
  'unit-received': unitObservation('receiving', 'in_progress'),
  'unit-put-away': unitObservation('storing', 'sellable_accessible'),
  'unit-moved': unitObservation('storing', 'sellable_accessible'),
  'unit-packed': { eventType: 'AggregationEvent', action: 'ADD', subject: 'unit', bizStep: 'packing', disposition: 'in_progress' },
  'unit-removed': { eventType: 'AggregationEvent', action: 'DELETE', subject: 'unit', bizStep: 'unpacking', disposition: 'in_progress' },
  'carton-closed': { eventType: 'ObjectEvent', action: 'OBSERVE', subject: 'carton', bizStep: 'packing', disposition: 'container_closed' },
  'unit-shipped': unitObservation('shipping', 'in_transit'),
  'unit-unshipped': unitObservation('void_shipping', 'in_progress'),
  'unit-returned': unitObservation('receiving', 'returned'),
  'unit-graded': unitObservation('inspecting'),
  'unit-restocked': unitObservation('storing', 'sellable_accessible'),
  // A recall hold gets disposition recalled instead, see `dispositionFor`.
  'unit-held': unitObservation('holding', 'non_sellable_other'),
  'unit-released': unitObservation('holding', 'sellable_accessible'),
  'unit-marked-missing': unitObservation('stock_taking', 'unknown'),
  'unit-found': unitObservation('stock_taking', 'sellable_accessible'),
  'unit-sent-for-refurbishment': unitObservation('repairing', 'non_sellable_other'),
  'unit-returned-to-vendor': unitObservation('shipping', 'in_transit'),
  'unit-disposed': { eventType: 'ObjectEvent', action: 'DELETE', subject: 'unit', bizStep: 'destroying', disposition: 'destroyed' },
};

/**
 * Event types that record no change EPCIS models: carton bookkeeping covered by the packing
 * AggregationEvents, shipment status, label prints and print jobs, and receipt, recall and
 * cycle-count documents that name no unit. The returns desk's case records are left out as well,
 * because a returned unit's own changes are the unit-returned, unit-graded and disposition
 * events above. Operator management is left out too, because it administers the station and
 * changes no traced object. Listed so the mapping test can check every type is decided.
 */
export const eventTypesWithoutEpcis: ReadonlyArray<string> = [
  'carton-opened',
  'carton-reopened',
  'shipment-finished',
  'shipment-short-shipped',
  'shipment-reopened',
  'unit-label-printed',
  'receipt-opened',
  'receipt-closed',
  'recall-issued',
  'cycle-count-started',
  'cycle-count-closed',
  'print-job-reprinted',
  'print-job-voided',
  'print-job-confirmed',
  'return-opened',
  'return-unit-flagged',
  'return-exception-resolved',
  'return-photo-attached',
  'return-closed',
  'return-config-changed',
  ...operatorEventTypes,
];

/** Returns the disposition of one event: a recall hold is 'recalled', any other the mapping's. */
export function dispositionFor(type: string, mapping: EpcisMapping, payloadText: string): string | undefined {
  if (type === 'unit-held' && payloadText.includes('"holdReason":"recall"')) {
    return 'recalled';
  }
  return mapping.disposition;
}

/** Returns the EPCIS form of an event type, or undefined when EPCIS has nothing to record for it. */
export function epcisMappingFor(type: string): EpcisMapping | undefined {
  return Object.hasOwn(mappings, type) ? mappings[type] : undefined;
}

/** Every event type the export writes, for the SQL filter. */
export const mappedEventTypes: ReadonlyArray<string> = Object.keys(mappings);
