import type Database from 'better-sqlite3';
import type { FileSink } from '../file-sink';
import { epcisMappingFor, mappedEventTypes } from './cbv-mapping';
import { createEpcisLookups } from './epcis-lookups';
import { packtraceNamespace, toEpcisEvent, type EpcisSourceRow } from './epcis-event';

/**
 * The events to export: `from` inclusive and `to` exclusive (ISO 8601 UTC), the client of the
 * unit or carton, and a range of history positions (the events' `seq`): `afterSeq` exclusive and
 * `throughSeq` inclusive. A feed that continues an earlier export passes that export's `lastSeq`
 * as `afterSeq`.
 */
export interface EpcisExportFilter {
  readonly from?: string;
  readonly to?: string;
  readonly clientCode?: string;
  readonly afterSeq?: number;
  readonly throughSeq?: number;
}

export interface EpcisExportSummary {
  readonly events: number;
  /** Events whose units got a GS1 Digital Link URI because no company prefix length was known. */
  readonly digitalLinkIdentifiers: number;
  readonly privateIdentifiers: number;
  /** Events left out because the row lacked the unit or carton its EPCIS form needs. */
  readonly skipped: number;
  /** History position of the last matching event, exported or skipped; null when none matched. */
  readonly lastSeq: number | null;
}

/** The EPCIS 2.0 JSON-LD context, plus the prefix of Packtrace's extension fields. */
export const epcisContext: ReadonlyArray<unknown> = ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { packtrace: packtraceNamespace }];

const placeholders = mappedEventTypes.map(() => '?').join(', ');

/**
 * Builds the export statement for a filter. The position range is a range of the table's integer
 * key, so SQLite reads only those rows. Rows come back as arrays in the order of EpcisQueryRow,
 * with the unit's product and the shipment's client as ids that createEpcisLookups resolves
 * once each. Only a client filter joins products and clients: the unit's client comes through
 * its product, a carton's through its shipment. The payload is read only for 'unit-held', the
 * one type whose disposition depends on it.
 */
export function epcisExportQuery(filter: Pick<EpcisExportFilter, 'clientCode'>): string {
  const byClient = filter.clientCode !== undefined;
  const clientJoins = `
  LEFT JOIN products p ON p.id = u.product_id
  LEFT JOIN clients uc ON uc.id = p.client_id
  LEFT JOIN clients sc ON sc.id = s.client_id`;
  return `
  SELECT e.seq, e.id, e.occurred_at, e.station_id, e.type, e.hash,
         CASE WHEN e.type = 'unit-held' THEN e.payload END,
         u.serial, u.product_id, k.sscc, s.client_id, s.reference
  FROM events e
  LEFT JOIN units u ON u.id = e.unit_id
  LEFT JOIN cartons k ON k.id = e.carton_id
  LEFT JOIN shipments s ON s.id = coalesce(e.shipment_id, k.shipment_id)
  ${byClient ? clientJoins : ''}
  WHERE e.seq > @afterSeq AND e.seq <= @throughSeq
    AND e.type IN (${placeholders})
    AND (@from IS NULL OR e.occurred_at >= @from)
    AND (@to IS NULL OR e.occurred_at < @to)
    ${byClient ? 'AND coalesce(uc.code, sc.code) = @client' : ''}
  ORDER BY e.seq`;
}

/** One row of epcisExportQuery, in its column order. */
type EpcisQueryRow = [
  seq: number,
  id: string,
  occurredAt: string,
  stationId: string,
  type: string,
  hash: string,
  payload: string | null,
  serial: string | null,
  productId: number | null,
  sscc: string | null,
  shipmentClientId: number | null,
  shipmentReference: string | null,
];

/** The named parameters of epcisExportQuery; its `?` list is the mapped event types. */
export interface EpcisQueryParameters {
  readonly from: string | null;
  readonly to: string | null;
  /** Bound only when the filter names a client, because only then does the statement use it. */
  readonly client?: string;
  readonly afterSeq: number;
  readonly throughSeq: number;
}

export function epcisQueryParameters(filter: EpcisExportFilter): EpcisQueryParameters {
  return {
    from: filter.from ?? null,
    to: filter.to ?? null,
    ...(filter.clientCode === undefined ? {} : { client: filter.clientCode }),
    afterSeq: filter.afterSeq ?? 0,
    throughSeq: filter.throughSeq ?? Number.MAX_SAFE_INTEGER,
  };
}

/**
 * Writes an EPCIS 2.0 JSON-LD document of the matching events to `sink`, one event at a time
 * from an iterator over the query, so memory does not grow with the number of events. Runs in
 * one read transaction, so the document is a consistent snapshot.
 *
 * NOTE: events have no index on occurred_at, so the time filter reads every event row in the
 * position range. A narrow time window over a long history costs as much as a full export
 * without the JSON; a position range does not.
 */
export function streamEpcisDocument(db: Database.Database, sink: FileSink, filter: EpcisExportFilter, now: Date = new Date()): EpcisExportSummary {
  const header = { '@context': epcisContext, type: 'EPCISDocument', schemaVersion: '2.0', creationDate: now.toISOString() };
  const headerText = JSON.stringify(header);
  sink.write(`${headerText.slice(0, -1)},"epcisBody":{"eventList":[\n`);

  const summary: { events: number; digitalLinkIdentifiers: number; privateIdentifiers: number; skipped: number; lastSeq: number | null } = {
    events: 0,
    digitalLinkIdentifiers: 0,
    privateIdentifiers: 0,
    skipped: 0,
    lastSeq: null,
  };
  const statement = db.prepare<[ReadonlyArray<string>, EpcisQueryParameters], EpcisQueryRow>(epcisExportQuery(filter)).raw(true);
  const lookups = createEpcisLookups(db);
  db.transaction(() => {
    const rows = statement.iterate(mappedEventTypes, epcisQueryParameters(filter)) as IterableIterator<EpcisQueryRow>;
    for (const [seq, id, occurredAt, stationId, type, hash, payload, serial, productId, sscc, shipmentClientId, shipmentReference] of rows) {
      summary.lastSeq = seq;
      const mapping = epcisMappingFor(type);
      const product = productId === null ? undefined : lookups.product(productId);
      const row: EpcisSourceRow = {
        seq,
        id,
        occurredAt,
        stationId,
        type,
        hash,
        payload: payload ?? '',
        serial,
        gtin: product?.gtin ?? null,
        sku: product?.sku ?? null,
        unitClientCode: product?.clientCode ?? null,
        unitCompanyPrefix: product?.companyPrefix ?? null,
        sscc,
        cartonCompanyPrefix: shipmentClientId === null ? null : lookups.clientCompanyPrefix(shipmentClientId),
        shipmentReference,
      };
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
