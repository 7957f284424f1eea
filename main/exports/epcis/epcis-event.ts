import { cartonIdentifier, unitIdentifier, type EpcisIdentifier } from './identifiers';
import { dispositionFor, type EpcisMapping } from './cbv-mapping';

/** One event row joined with the unit, product, carton and client it names. */
export interface EpcisSourceRow {
  readonly seq: number;
  readonly id: string;
  readonly occurredAt: string;
  readonly stationId: string;
  readonly type: string;
  readonly hash: string;
  /** The event's canonical JSON payload. */
  readonly payload: string;
  readonly serial: string | null;
  readonly gtin: string | null;
  readonly sku: string | null;
  readonly unitClientCode: string | null;
  readonly unitCompanyPrefix: string | null;
  readonly sscc: string | null;
  readonly cartonCompanyPrefix: string | null;
  readonly shipmentReference: string | null;
}

/** Namespace of the Packtrace extension fields, declared in the document's @context. */
export const packtraceNamespace = 'https://packtrace.invalid/epcis/';

/** One event's EPCIS 2.0 JSON text and the identifiers it names. */
export interface EpcisEventText {
  readonly json: string;
  readonly identifiers: ReadonlyArray<EpcisIdentifier>;
}

const quote = JSON.stringify;

/**
 * Builds the EPCIS 2.0 event for one row as JSON text, or returns null when the row lacks what
 * the mapping needs (a unit event whose unit row is gone, a packing event without a carton).
 * Extension fields tie the event to the hash chain: `packtrace:seq` and `packtrace:eventHash`.
 * The text is assembled directly, because building an object and serialising it took most of the
 * export's time. Every value from the store still goes through JSON.stringify.
 */
export function toEpcisEvent(row: EpcisSourceRow, mapping: EpcisMapping): EpcisEventText | null {
  const unit = row.serial === null ? null : unitIdentifier({ gtin: row.gtin, serial: row.serial, companyPrefix: row.unitCompanyPrefix, clientCode: row.unitClientCode ?? '', sku: row.sku ?? '' });
  const carton = row.sscc === null ? null : cartonIdentifier(row.sscc, row.cartonCompanyPrefix);

  let subjects: string;
  let identifiers: ReadonlyArray<EpcisIdentifier>;
  if (mapping.eventType === 'AggregationEvent') {
    if (unit === null || carton === null) {
      return null;
    }
    subjects = `"parentID":${quote(carton.uri)},"childEPCs":[${quote(unit.uri)}]`;
    identifiers = [unit, carton];
  } else {
    const subject = mapping.subject === 'carton' ? carton : unit;
    if (subject === null) {
      return null;
    }
    subjects = `"epcList":[${quote(subject.uri)}]`;
    identifiers = [subject];
  }

  const disposition = dispositionFor(row.type, mapping, row.payload);
  const json =
    `{"type":"${mapping.eventType}","eventID":${quote(`urn:uuid:${row.id}`)},"eventTime":${quote(row.occurredAt)},"eventTimeZoneOffset":"+00:00",` +
    `${subjects},"action":"${mapping.action}","bizStep":"${mapping.bizStep}"` +
    (disposition === undefined ? '' : `,"disposition":"${disposition}"`) +
    `,"readPoint":{"id":${quote(`urn:uuid:${row.stationId}`)}}` +
    (row.shipmentReference === null ? '' : `,"packtrace:shipmentReference":${quote(row.shipmentReference)}`) +
    `,"packtrace:seq":${row.seq},"packtrace:eventHash":${quote(row.hash)}}`;
  return { json, identifiers };
}
