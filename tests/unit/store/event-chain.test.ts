import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyEventChain } from '../../../main/store/event-chain';
import { appendEvent, computeEventHash, listAllEvents } from '../../../main/store/events';
import { ensureStation } from '../../../main/store/station';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

/** A store with five chained events and the append-only triggers dropped, as an attacker would. */
function tamperableStore(dir: string): Database.Database {
  const db = openTestStore(dir);
  const station = ensureStation(db, 'bench');
  inWriteTransaction(db, () => {
    for (let index = 1; index <= 5; index += 1) {
      appendEvent(db, { type: 'unit-packed', stationId: station.id, operatorId: null, unitId: null, payload: { index } });
    }
  });
  db.exec('DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete; DROP INDEX events_one_successor;');
  return db;
}

function expectBreak(db: Database.Database, kind: string, position: number): void {
  const result = verifyEventChain(db);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.kind).toBe(kind);
  expect(result.error.position).toBe(position);
}

describe('verifyEventChain', () => {
  const tempDir = useTempDir();

  it('accepts an untouched history', () => {
    const db = tamperableStore(tempDir());

    const result = verifyEventChain(db);

    expect(result).toEqual({ ok: true, value: { eventCount: 5, headHash: listAllEvents(db)[4]?.hash } });
    db.close();
  });

  it('accepts an empty history', () => {
    const db = openTestStore(tempDir());

    expect(verifyEventChain(db).ok).toBe(true);
    db.close();
  });

  it('names an edited payload as changed', () => {
    const db = tamperableStore(tempDir());

    db.prepare(`UPDATE events SET payload = '{"index":99}' WHERE seq = 3`).run();

    expectBreak(db, 'changed', 3);
    db.close();
  });

  it('names an edit with recomputed hash as changed', () => {
    const db = tamperableStore(tempDir());
    const target = listAllEvents(db)[1];
    if (target === undefined) throw new Error('missing event');
    const forged = { ...target, stationId: 'another-station' };

    db.prepare('UPDATE events SET station_id = ?, hash = ? WHERE seq = 2').run(forged.stationId, computeEventHash(forged));

    expectBreak(db, 'changed', 2);
    db.close();
  });

  it('names a deleted event', () => {
    const db = tamperableStore(tempDir());

    db.prepare('DELETE FROM events WHERE seq = 3').run();

    expectBreak(db, 'deleted', 3);
    db.close();
  });

  it('names a deleted first event', () => {
    const db = tamperableStore(tempDir());

    db.prepare('DELETE FROM events WHERE seq = 1').run();

    expectBreak(db, 'deleted', 1);
    db.close();
  });

  it('names an event inserted into the middle', () => {
    const db = tamperableStore(tempDir());
    const events = listAllEvents(db);
    const before = events[1];
    if (before === undefined) throw new Error('missing event');
    // Make room after seq 2, then insert a well-formed event that links to seq 2.
    for (const event of [...events].reverse().filter((candidate) => candidate.seq > 2)) {
      db.prepare('UPDATE events SET seq = ? WHERE seq = ?').run(event.seq + 1, event.seq);
    }
    const unhashed = { ...before, seq: 3, id: '01900000-0000-7000-8000-000000000001', payload: '{"index":42}', idempotencyKey: null, prevHash: before.hash };
    const inserted = { ...unhashed, hash: computeEventHash(unhashed) };
    db.prepare(
      `INSERT INTO events (seq, id, occurred_at, station_id, operator_id, type, unit_id, carton_id, shipment_id, idempotency_key, payload, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(inserted.seq, inserted.id, inserted.occurredAt, inserted.stationId, null, inserted.type, null, null, null, null, inserted.payload, inserted.prevHash, inserted.hash);

    const result = verifyEventChain(db);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'inserted', position: 3, eventId: inserted.id });
    db.close();
  });

  it('names an event inserted before the first', () => {
    const db = tamperableStore(tempDir());
    const first = listAllEvents(db)[0];
    if (first === undefined) throw new Error('missing event');
    const unhashed = { ...first, seq: 0, id: '01900000-0000-7000-8000-000000000002', payload: '{"index":0}' };
    db.prepare(
      `INSERT INTO events (seq, id, occurred_at, station_id, operator_id, type, unit_id, carton_id, shipment_id, idempotency_key, payload, prev_hash, hash)
       VALUES (?, ?, ?, ?, NULL, ?, NULL, NULL, NULL, NULL, ?, ?, ?)`,
    ).run(0, unhashed.id, unhashed.occurredAt, unhashed.stationId, unhashed.type, unhashed.payload, unhashed.prevHash, computeEventHash(unhashed));

    expectBreak(db, 'inserted', 1);
    db.close();
  });
});
