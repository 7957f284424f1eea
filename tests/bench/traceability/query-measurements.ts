import type Database from 'better-sqlite3';
import { lookupUnitsBySerial } from '../../../main/store/unit-lookup';
import { selectRecallUnits } from '../../../main/tracking/recall';
import { findUnitsBySerialText } from '../../../main/tracking/unit-scan';
import { createRandom } from '../history-plan';
import { summarizeTimings, timeCall, type TimingSummary } from '../statistics';
import { recallLot } from './lifecycle-writer';

/** Picks `count` serials of random existing units; the picking is not timed. */
export function sampleSerials(db: Database.Database, count: number, seed: number): ReadonlyArray<string> {
  const maxId = db.prepare<[], { id: number }>('SELECT max(id) AS id FROM units').get()?.id ?? 0;
  const serialOf = db.prepare<[number], { serial: string }>('SELECT serial FROM units WHERE id = ?');
  const random = createRandom(seed);
  const serials: string[] = [];
  while (serials.length < count && maxId > 0) {
    const row = serialOf.get(1 + Math.floor(random() * maxId));
    if (row !== undefined) {
      serials.push(row.serial);
    }
  }
  return serials;
}

/**
 * Times serial lookups: `findUnitsBySerialText`, which resolves a scanned or typed serial to its
 * units (the serial page's first query), and `lookupUnitsBySerial`, which also reads each unit's
 * whole event timeline. The first `warmup` serials are looked up untimed. Every timed call must
 * find at least one unit.
 */
export function measureSerialLookups(db: Database.Database, serials: ReadonlyArray<string>, warmup: number): { readonly unit: TimingSummary; readonly withTimeline: TimingSummary } {
  for (const serial of serials.slice(0, warmup)) {
    findUnitsBySerialText(db, serial);
    lookupUnitsBySerial(db, serial);
  }

  const unitTimes: number[] = [];
  const timelineTimes: number[] = [];
  for (const serial of serials.slice(warmup)) {
    const unit = timeCall(() => findUnitsBySerialText(db, serial));
    const timeline = timeCall(() => lookupUnitsBySerial(db, serial));
    if (unit.value.length === 0 || timeline.value.length === 0) {
      throw new Error(`Serial ${serial} of the generated store was not found`);
    }
    unitTimes.push(unit.ms);
    timelineTimes.push(timeline.ms);
  }
  return { unit: summarizeTimings(unitTimes), withTimeline: summarizeTimings(timelineTimes) };
}

/**
 * Times `selectRecallUnits` for the bench's recall lot: every unit of the lot with its status,
 * carton, shipment and recipient. The first run warms the page cache and is reported apart.
 */
export function measureRecall(db: Database.Database, runs: number): { readonly units: number; readonly coldMs: number; readonly warm: TimingSummary } {
  const select = () => {
    const selected = selectRecallUnits(db, { lot: recallLot });
    if (!selected.ok) {
      throw new Error(`Recall selection failed: ${JSON.stringify(selected.error)}`);
    }
    return selected.value.length;
  };
  const cold = timeCall(select);
  const warm: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    warm.push(timeCall(select).ms);
  }
  return { units: cold.value, coldMs: cold.ms, warm: summarizeTimings(warm) };
}
