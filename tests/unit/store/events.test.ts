import { describe, expect, it } from 'vitest';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { appendEvent, computeEventHash, genesisHash, listAllEvents } from '../../../main/store/events';
import { ensureStation } from '../../../main/store/station';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

describe('appendEvent', () => {
  const tempDir = useTempDir();

  it('links each event to the previous hash', () => {
    const db = openTestStore(tempDir());
    const station = ensureStation(db, 'bench');

    const [first, second] = inWriteTransaction(db, () => [
      appendEvent(db, { type: 'carton-opened', stationId: station.id, operatorId: null, payload: { b: 1, a: 'x' } }),
      appendEvent(db, { type: 'carton-closed', stationId: station.id, operatorId: null, payload: { weightGrams: 1200 } }),
    ]);

    expect(first?.prevHash).toBe(genesisHash);
    expect(second?.prevHash).toBe(first?.hash);
    expect(first?.seq).toBe(1);
    expect(second?.seq).toBe(2);
    db.close();
  });

  it('stores UUIDv7 ids and canonical payloads', () => {
    const db = openTestStore(tempDir());
    const station = ensureStation(db, 'bench');

    inWriteTransaction(db, () => appendEvent(db, { type: 'unit-packed', stationId: station.id, operatorId: null, payload: { z: [2, { y: 1, x: null }], a: true } }));

    const [stored] = listAllEvents(db);
    expect(stored?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stored?.payload).toBe('{"a":true,"z":[2,{"x":null,"y":1}]}');
    expect(stored === undefined ? '' : computeEventHash(stored)).toBe(stored?.hash);
    db.close();
  });

  it('refuses to run outside a transaction', () => {
    const db = openTestStore(tempDir());
    const station = ensureStation(db, 'bench');

    expect(() => appendEvent(db, { type: 'carton-opened', stationId: station.id, operatorId: null, payload: {} })).toThrow(/inside the transaction/);
    db.close();
  });

  it('rejects a second event with one idempotency key', () => {
    const db = openTestStore(tempDir());
    const station = ensureStation(db, 'bench');
    const append = (): unknown =>
      inWriteTransaction(db, () => appendEvent(db, { type: 'unit-packed', stationId: station.id, operatorId: null, idempotencyKey: 'gesture-1', payload: {} }));

    append();

    expect(append).toThrow(/UNIQUE constraint failed: events.idempotency_key/);
    expect(listAllEvents(db)).toHaveLength(1);
    db.close();
  });

  it('keeps history append-only through triggers', () => {
    const db = openTestStore(tempDir());
    const station = ensureStation(db, 'bench');
    inWriteTransaction(db, () => appendEvent(db, { type: 'carton-opened', stationId: station.id, operatorId: null, payload: {} }));

    expect(() => db.prepare("UPDATE events SET type = 'carton-closed'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    db.close();
  });
});
