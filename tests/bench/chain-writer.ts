import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { chainEvent, insertStoredEvent, type NewEvent, type StoredEvent } from '../../main/store/events';

/** One historic event: what `appendEvent` takes, plus the time it happened. */
export interface HistoricEvent extends NewEvent {
  readonly occurredAtMs: number;
}

/**
 * Appends back-dated events to the hash chain with the same row layout and hash as
 * `appendEvent`, but with a caller-chosen time and without reading the chain head for every
 * row, which keeps a bulk load of millions of events fast. Nothing else may append events to
 * the connection while the writer is in use, because the writer keeps the head in memory.
 */
export function createChainWriter(db: Database.Database): (event: HistoricEvent) => StoredEvent {
  let head = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1').get();

  return (event) => {
    const stored = chainEvent(event, head, {
      id: uuidv7({ msecs: event.occurredAtMs }),
      occurredAt: new Date(event.occurredAtMs).toISOString(),
    });
    insertStoredEvent(db, stored);
    head = stored;
    return stored;
  };
}
