import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { canonicalJson, type JsonValue } from '../../main/store/canonical-json';
import type { EventType } from '../../main/store/event-types';
import { computeEventHash, eventColumns, genesisHash, type StoredEvent } from '../../main/store/events';

/** One historic event: what `appendEvent` takes, plus the time it happened. */
export interface HistoricEvent {
  readonly type: EventType;
  readonly occurredAtMs: number;
  readonly stationId: string;
  readonly operatorId: number | null;
  readonly unitId?: number | null;
  readonly cartonId?: number | null;
  readonly shipmentId?: number | null;
  readonly idempotencyKey?: string | null;
  readonly payload: { readonly [key: string]: JsonValue };
}

/**
 * Appends back-dated events to the hash chain with the same row layout and hash as
 * `appendEvent`, but with a caller-chosen time and without reading the chain head for every
 * row, which keeps a bulk load of millions of events fast. Nothing else may append events to
 * the connection while the writer is in use, because the writer keeps the head in memory.
 */
export function createChainWriter(db: Database.Database): (event: HistoricEvent) => StoredEvent {
  const head = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1').get();
  // Named parameters in camelCase (@occurredAt for occurred_at), so a StoredEvent binds as it is.
  const parameters = eventColumns
    .split(', ')
    .map((column) => `@${column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase())}`)
    .join(', ');
  const insert = db.prepare<[StoredEvent]>(`INSERT INTO events (${eventColumns}) VALUES (${parameters})`);
  let lastSeq = head?.seq ?? 0;
  let lastHash = head?.hash ?? genesisHash;

  return (event) => {
    const unhashed: Omit<StoredEvent, 'hash'> = {
      seq: lastSeq + 1,
      id: uuidv7({ msecs: event.occurredAtMs }),
      occurredAt: new Date(event.occurredAtMs).toISOString(),
      stationId: event.stationId,
      operatorId: event.operatorId,
      type: event.type,
      unitId: event.unitId ?? null,
      cartonId: event.cartonId ?? null,
      shipmentId: event.shipmentId ?? null,
      idempotencyKey: event.idempotencyKey ?? null,
      payload: canonicalJson(event.payload),
      prevHash: lastHash,
    };
    const stored: StoredEvent = { ...unhashed, hash: computeEventHash(unhashed) };
    insert.run(stored);
    lastSeq = stored.seq;
    lastHash = stored.hash;
    return stored;
  };
}
