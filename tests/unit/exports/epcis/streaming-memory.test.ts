import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamEpcisDocument } from '../../../../main/exports/epcis/stream-epcis';
import { openFileSink, type FileSink } from '../../../../main/exports/file-sink';
import { useTempDir } from '../../../support/temp-dir';
import { createEpcisFixture } from './epcis-fixture';

const eventCount = 200_000;

/** Wraps a sink to record the largest heap use seen while the document is written. */
function sampledSink(inner: FileSink): FileSink & { readonly peakHeapBytes: () => number } {
  let writes = 0;
  let peak = 0;
  return {
    write(text: string): void {
      inner.write(text);
      writes += 1;
      if (writes % 2_000 === 0) {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    },
    commit: () => inner.commit(),
    abandon: () => inner.abandon(),
    get bytesWritten() {
      return inner.bytesWritten;
    },
    peakHeapBytes: () => peak,
  };
}

describe('EPCIS export memory', () => {
  const tempDir = useTempDir();

  it('stays flat for 200,000 events', () => {
    const dir = tempDir();
    const fixture = createEpcisFixture(dir);
    // Events straight in SQL: the export reads rows and never checks hashes, so unique dummy
    // hashes are enough and the fixture builds in about a second.
    fixture.db.exec('DROP INDEX events_one_successor');
    fixture.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO events (seq, id, occurred_at, station_id, type, unit_id, carton_id, shipment_id, payload, prev_hash, hash)
         SELECT 1000 + i, printf('01900000-0000-7000-8000-%012d', i), '2026-03-02T10:00:00.000Z', ?,
                CASE i % 3 WHEN 0 THEN 'unit-received' WHEN 1 THEN 'unit-packed' ELSE 'unit-shipped' END,
                ?, ?, ?, '{}', printf('%064d', i - 1), printf('%064d', i)
         FROM n`,
      )
      .run(eventCount, fixture.stationId, fixture.ownUnitId, fixture.cartonId, fixture.shipmentId);
    const file = join(dir, 'large.jsonld');
    const sink = sampledSink(openFileSink(file));
    const heapBefore = process.memoryUsage().heapUsed;

    const summary = streamEpcisDocument(fixture.db, sink, {});
    sink.commit();
    fixture.db.close();
    const heapDelta = sink.peakHeapBytes() - heapBefore;
    const fileBytes = statSync(file).size;

    expect(summary.events).toBe(eventCount);
    // The document is far larger than the allowed heap growth, so holding it (or its events)
    // in memory would fail this check.
    expect(fileBytes).toBeGreaterThan(90 * 1024 * 1024);
    expect(heapDelta).toBeLessThan(48 * 1024 * 1024);
  }, 120_000);
});
