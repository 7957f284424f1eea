import type Database from 'better-sqlite3';
import type { FileSink } from '../file-sink';
import { epcisMappingFor, mappedEventTypes } from './cbv-mapping';
import { packtraceNamespace, toEpcisEvent, type EpcisSourceRow } from './epcis-event';

/** The events to export: `from` inclusive and `to` exclusive (ISO 8601 UTC), and the client of the unit or carton. */
export interface EpcisExportFilter {
  readonly from?: string;
  readonly to?: string;
  readonly clientCode?: string;
}

export interface EpcisExportSummary {
  readonly events: number;
  /** Events whose units got a GS1 Digital Link URI because no company prefix length was known. */
  readonly digitalLinkIdentifiers: number;
  readonly privateIdentifiers: number;
  /** Events left out because the row lacked the unit or carton its EPCIS form needs. */
  readonly skipped: number;
}

/** The EPCIS 2.0 JSON-LD context, plus the prefix of Packtrace's extension fields. */
export const epcisContext: ReadonlyArray<unknown> = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { packtrace: packtraceNamespace }];

const placeholders = mappedEventTypes.map(() => '?').join(', ');
// The unit's client comes through its product, a carton's through its shipment.
const exportQuery = `
  SELECT e.seq, e.id, e.occurred_at AS occurredAt, e.station_id AS stationId, e.type, e.hash, e.payload,
         u.serial, p.gtin, p.sku, uc.code AS unitClientCode, uc.gs1_company_prefix AS unitCompanyPrefix,
         k.sscc, sc.gs1_company_prefix AS cartonCompanyPrefix, s.reference AS shipmentReference
  FROM events e
  LEFT JOIN units u ON u.id = e.unit_id
  LEFT JOIN products p ON p.id = u.product_id
  LEFT JOIN clients uc ON uc.id = p.client_id
  LEFT JOIN cartons k ON k.id = e.carton_id
  LEFT JOIN shipments s ON s.id = coalesce(e.shipment_id, k.shipment_id)
  LEFT JOIN clients sc ON sc.id = s.client_id
  WHERE e.type IN (${placeholders})
    AND (@from IS NULL OR e.occurred_at >= @from)
    AND (@to IS NULL OR e.occurred_at < @to)
    AND (@client IS NULL OR coalesce(uc.code, sc.code) = @client)
  ORDER BY e.seq`;

/**
 * Writes an EPCIS 2.0 JSON-LD document of the matching events to `sink`, one event at a time
 * from an iterator over the query, so memory does not grow with the number of events. Runs in
 * one read transaction, so the document is a consistent snapshot.
 *
 * NOTE: events have no index on occurred_at, so the time filter reads every event row in seq
 * order. A narrow window over a long history costs as much as a full export without the JSON.
 */
export function streamEpcisDocument(db: Database.Database, sink: FileSink, filter: EpcisExportFilter, now: Date = new Date()): EpcisExportSummary {
  const header = { '@context': epcisContext, type: 'EPCISDocument', schemaVersion: '2.0', creationDate: now.toISOString() };
  const headerText = JSON.stringify(header);
  sink.write(`${headerText.slice(0, -1)},"epcisBody":{"eventList":[\n`);

  const summary = { events: 0, digitalLinkIdentifiers: 0, privateIdentifiers: 0, skipped: 0 };
  const statement = db.prepare<[ReadonlyArray<string>, { from: string | null; to: string | null; client: string | null }], EpcisSourceRow>(exportQuery);
  db.transaction(() => {
    const parameters = { from: filter.from ?? null, to: filter.to ?? null, client: filter.clientCode ?? null };
    for (const row of statement.iterate(mappedEventTypes, parameters)) {
      const mapping = epcisMappingFor(row.type);
      const built = mapping === undefined ? null : toEpcisEvent(row, mapping);
      if (built === null) {
        summary.skipped += 1;
        continue;
      }
      sink.write(summary.events === 0 ? built.json : `,\n${built.json}`);
      summary.events += 1;
      if (built.identifiers.some((identifier) => identifier.scheme === 'digital-link')) {
        summary.digitalLinkIdentifiers += 1;
      }
      if (built.identifiers.some((identifier) => identifier.scheme === 'private')) {
        summary.privateIdentifiers += 1;
      }
    }
  }).deferred();

  sink.write('\n]}}\n');
  return summary;
}
