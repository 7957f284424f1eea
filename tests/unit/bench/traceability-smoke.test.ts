import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { streamEpcisDocument } from '../../../main/exports/epcis/stream-epcis';
import { openFileSink } from '../../../main/exports/file-sink';
import { openStore } from '../../../main/store/database';
import { verifyEventChain } from '../../../main/store/event-chain';
import { selectRecallUnits } from '../../../main/tracking/recall';
import { prepareTraceabilityStore } from '../../bench/traceability/generate-store';
import { recallLot } from '../../bench/traceability/lifecycle-writer';
import { epcisDocument } from '../exports/epcis/epcis-structure';
import { useTempDir } from '../../support/temp-dir';

describe('traceability bench store', () => {
  const tempDir = useTempDir();

  it('generates a verifiable history', () => {
    const dir = tempDir();
    const store = prepareTraceabilityStore({ units: 2_400, cacheDir: dir, regenerate: true }, () => undefined);
    const opened = openStore(store.file);
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const db = opened.value;

    const chain = verifyEventChain(db);
    const recall = selectRecallUnits(db, { lot: recallLot });
    const file = join(dir, 'events.jsonld');
    const sink = openFileSink(file);
    const exported = streamEpcisDocument(db, sink, {});
    sink.commit();
    db.close();
    const checked = epcisDocument.safeParse(JSON.parse(readFileSync(file, 'utf8')));

    expect(store.units).toBe(2_400);
    expect(chain).toMatchObject({ ok: true, value: { eventCount: store.events } });
    // Below 100,000 units every unit is in the recall lot.
    expect(recall.ok).toBe(true);
    expect(recall.ok ? recall.value.length : 0).toBe(2_400);
    expect(exported.events).toBeGreaterThan(store.events * 0.9);
    expect(exported.digitalLinkIdentifiers).toBe(0);
    expect(checked.error?.issues ?? []).toEqual([]);
  }, 60_000);
});
