import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { epcisMappingFor, eventTypesWithoutEpcis, mappedEventTypes } from '../../../../main/exports/epcis/cbv-mapping';
import { epcisExportQuery, epcisQueryParameters, streamEpcisDocument, type EpcisExportFilter, type EpcisQueryParameters } from '../../../../main/exports/epcis/stream-epcis';
import { openFileSink } from '../../../../main/exports/file-sink';
import { eventTypes } from '../../../../main/store/event-types';
import { useTempDir } from '../../../support/temp-dir';
import { createEpcisFixture } from './epcis-fixture';
import { officialSchemaErrors } from './epcis-json-schema';
import { epcisDocument } from './epcis-structure';

type ExportedEvent = Record<string, unknown>;

function exportTo(dir: string, fixture: ReturnType<typeof createEpcisFixture>, filter: EpcisExportFilter = {}) {
  const file = join(dir, 'events.jsonld');
  const sink = openFileSink(file);
  const summary = streamEpcisDocument(fixture.db, sink, filter, new Date('2026-04-01T00:00:00Z'));
  sink.commit();
  const document = JSON.parse(readFileSync(file, 'utf8')) as { epcisBody: { eventList: ExportedEvent[] } };
  return { summary, document, events: document.epcisBody.eventList };
}

describe('EPCIS mapping', () => {
  it('decides every event type', () => {
    const undecided = eventTypes.filter((type) => epcisMappingFor(type) === undefined && !eventTypesWithoutEpcis.includes(type));

    expect(undecided).toEqual([]);
  });
});

describe('streamEpcisDocument', () => {
  const tempDir = useTempDir();

  const cases: ReadonlyArray<{ readonly type: string; readonly expected: ExportedEvent; readonly subject?: 'carton' }> = [
    { type: 'unit-received', expected: { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'receiving', disposition: 'in_progress' } },
    { type: 'unit-put-away', expected: { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'storing', disposition: 'sellable_accessible' } },
    { type: 'unit-packed', expected: { type: 'AggregationEvent', action: 'ADD', bizStep: 'packing', parentID: 'urn:epc:id:sscc:9506011.1000000001' } },
    { type: 'unit-removed', expected: { type: 'AggregationEvent', action: 'DELETE', bizStep: 'unpacking' } },
    { type: 'carton-closed', subject: 'carton', expected: { type: 'ObjectEvent', epcList: ['urn:epc:id:sscc:9506011.1000000001'], disposition: 'container_closed' } },
    { type: 'unit-shipped', expected: { type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', disposition: 'in_transit', 'packtrace:shipmentReference': 'SO-1001' } },
    { type: 'unit-returned', expected: { type: 'ObjectEvent', bizStep: 'receiving', disposition: 'returned' } },
    { type: 'unit-graded', expected: { type: 'ObjectEvent', bizStep: 'inspecting' } },
    { type: 'unit-held', expected: { type: 'ObjectEvent', bizStep: 'holding', disposition: 'non_sellable_other' } },
    { type: 'unit-disposed', expected: { type: 'ObjectEvent', action: 'DELETE', bizStep: 'destroying', disposition: 'destroyed' } },
    { type: 'unit-returned-to-vendor', expected: { type: 'ObjectEvent', bizStep: 'shipping', disposition: 'in_transit' } },
  ];

  it.each(cases)('maps $type', ({ type, expected, subject }) => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    const ids = subject === 'carton' ? { cartonId: fixture.cartonId, shipmentId: fixture.shipmentId } : { unitId: fixture.ownUnitId, cartonId: fixture.cartonId, shipmentId: fixture.shipmentId };
    fixture.record(type, ids);

    const { events } = exportTo(dir, fixture);
    fixture.db.close();

    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject(expected);
  });

  it('names units by SGTIN as children', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    fixture.record('unit-packed', { unitId: fixture.ownUnitId, cartonId: fixture.cartonId, shipmentId: fixture.shipmentId });

    const { events } = exportTo(dir, fixture);
    fixture.db.close();

    expect(events[0]?.childEPCs).toEqual(['urn:epc:id:sgtin:9506011.000001.SN%2F1%262']);
  });

  it('marks a recall hold as recalled', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    fixture.record('unit-held', { unitId: fixture.ownUnitId }, { holdReason: 'recall' });

    const { events } = exportTo(dir, fixture);
    fixture.db.close();

    expect(events[0]).toMatchObject({ bizStep: 'holding', disposition: 'recalled' });
  });

  it('leaves out events without an EPCIS form', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    fixture.record('carton-opened', { cartonId: fixture.cartonId, shipmentId: fixture.shipmentId });
    fixture.record('shipment-finished', { shipmentId: fixture.shipmentId });
    fixture.record('unit-shipped', { unitId: fixture.ownUnitId, shipmentId: fixture.shipmentId });

    const { events } = exportTo(dir, fixture);
    fixture.db.close();

    expect(events.map((event) => event.bizStep)).toEqual(['shipping']);
  });

  it('passes the EPCIS structure check', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    for (const unitId of [fixture.ownUnitId, fixture.foreignUnitId, fixture.privateUnitId, fixture.otherClientUnitId]) {
      fixture.record('unit-received', { unitId });
      fixture.record('unit-packed', { unitId, cartonId: fixture.cartonId, shipmentId: fixture.shipmentId });
      fixture.record('unit-removed', { unitId, cartonId: fixture.cartonId, shipmentId: fixture.shipmentId });
      fixture.record('unit-disposed', { unitId });
    }
    fixture.record('carton-closed', { cartonId: fixture.cartonId, shipmentId: fixture.shipmentId });

    const { document, summary } = exportTo(dir, fixture);
    fixture.db.close();
    const checked = epcisDocument.safeParse(document);

    expect(checked.error?.issues ?? []).toEqual([]);
    expect(summary).toMatchObject({ events: 17, privateIdentifiers: 4 });
    expect(summary.digitalLinkIdentifiers).toBe(8);
  });

  it('passes the official EPCIS schema', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    for (const unitId of [fixture.ownUnitId, fixture.foreignUnitId, fixture.privateUnitId, fixture.otherClientUnitId]) {
      for (const type of mappedEventTypes) {
        fixture.record(type, { unitId, cartonId: fixture.cartonId, shipmentId: fixture.shipmentId }, type === 'unit-held' ? { holdReason: 'recall' } : {});
      }
    }

    const { document, summary } = exportTo(dir, fixture);
    fixture.db.close();

    expect(summary.events).toBe(4 * mappedEventTypes.length);
    expect(officialSchemaErrors(document)).toEqual([]);
  });

  it('official schema rejects broken event', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    fixture.record('unit-received', { unitId: fixture.ownUnitId });
    fixture.record('unit-packed', { unitId: fixture.ownUnitId, cartonId: fixture.cartonId, shipmentId: fixture.shipmentId });

    const { document, events } = exportTo(dir, fixture);
    fixture.db.close();
    const [received, packed] = events;
    if (received === undefined || packed === undefined) {
      throw new Error('the export wrote fewer than two events');
    }
    received.action = 'MOVE';
    delete packed.eventTime;

    const paths = officialSchemaErrors(document).map((error) => error.instancePath);
    expect(paths).toContain('/epcisBody/eventList/0/action');
    expect(paths).toContain('/epcisBody/eventList/1');
  });

  it('filters by client and time', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    fixture.record('unit-received', { unitId: fixture.ownUnitId });
    fixture.record('unit-received', { unitId: fixture.otherClientUnitId });

    const velo = exportTo(dir, fixture, { clientCode: 'VELO' });
    const future = exportTo(dir, fixture, { from: '2999-01-01T00:00:00.000Z' });
    const past = exportTo(dir, fixture, { to: '2000-01-01T00:00:00.000Z' });
    fixture.db.close();

    expect(velo.events).toHaveLength(1);
    expect(velo.events[0]?.epcList).toEqual(['https://id.gs1.org/01/09506014000018/21/B77']);
    expect(future.events).toEqual([]);
    expect(past.events).toEqual([]);
  });

  it('filters cartons by shipment client', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    fixture.record('carton-closed', { cartonId: fixture.cartonId });

    const nord = exportTo(dir, fixture, { clientCode: 'NORD' });
    const velo = exportTo(dir, fixture, { clientCode: 'VELO' });
    fixture.db.close();

    expect(nord.events.map((event) => event.epcList)).toEqual([['urn:epc:id:sscc:9506011.1000000001']]);
    expect(velo.events).toEqual([]);
  });

  it('continues a feed by position', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    fixture.record('unit-received', { unitId: fixture.ownUnitId });
    fixture.record('unit-put-away', { unitId: fixture.ownUnitId });
    fixture.record('unit-held', { unitId: fixture.ownUnitId }, { holdReason: 'quarantine' });

    const first = exportTo(dir, fixture, { throughSeq: 2 });
    const rest = exportTo(dir, fixture, { afterSeq: first.summary.lastSeq ?? 0 });
    const none = exportTo(dir, fixture, { afterSeq: 3 });
    fixture.db.close();

    expect(first.events.map((event) => event['packtrace:seq'])).toEqual([1, 2]);
    expect(first.summary.lastSeq).toBe(2);
    expect(rest.events.map((event) => event['packtrace:seq'])).toEqual([3]);
    expect(none.events).toEqual([]);
    expect(none.summary.lastSeq).toBeNull();
  });

  it('reads only the position range', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);

    const plan = fixture.db
      .prepare<[ReadonlyArray<string>, EpcisQueryParameters], { detail: string }>(`EXPLAIN QUERY PLAN ${epcisExportQuery({})}`)
      .all(mappedEventTypes, epcisQueryParameters({ throughSeq: 10 }))
      .map((row) => row.detail);
    fixture.db.close();

    expect(plan[0]).toMatch(/^SEARCH e USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)$/);
  });
});
