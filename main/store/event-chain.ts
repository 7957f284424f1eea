import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { computeEventHash, eventColumns, genesisHash, toStoredEvent, type EventRecord } from './events';

/**
 * The first place where the stored history differs from what was appended.
 * `position` is 1-based in `seq` order of the rows as they are now:
 * - 'changed': the row at `position` no longer matches its hash, or was rewritten with a new
 *   hash (then the next row's link breaks while the sequence numbers stay contiguous);
 * - 'deleted': one or more rows are missing just before the row at `position`;
 * - 'inserted': the row at `position` is the first of one or more rows added into the chain.
 */
export interface ChainBreak {
  readonly code: 'history-changed' | 'history-deleted' | 'history-inserted';
  readonly kind: 'changed' | 'deleted' | 'inserted';
  readonly position: number;
  readonly seq: number;
  readonly eventId: string;
}

export interface ChainSummary {
  readonly eventCount: number;
  /** Hash of the newest event, or the genesis hash for an empty history. */
  readonly headHash: string;
}

/**
 * Walks the event chain from the first row and returns the first break, or the number of events
 * and the head hash when every row links to its predecessor and matches its own hash.
 *
 * NOTE: removing the newest events leaves a shorter chain that still verifies. Detecting that
 * needs the head hash kept outside this database file, such as in an export or audit record.
 */
export function verifyEventChain(db: Database.Database): Result<ChainSummary, ChainBreak> {
  const findByHash = db.prepare<[string], { seq: number }>('SELECT seq FROM events WHERE hash = ?');
  const positionOfSeq = db.prepare<[number], { position: number }>('SELECT count(*) AS position FROM events WHERE seq <= ?');
  const rowAtPosition = db.prepare<[number], EventRecord>(`SELECT ${eventColumns} FROM events ORDER BY seq LIMIT 1 OFFSET ?`);

  let position = 0;
  let previous: { readonly seq: number; readonly id: string; readonly hash: string } | null = null;

  for (const record of db.prepare<[], EventRecord>(`SELECT ${eventColumns} FROM events ORDER BY seq`).iterate()) {
    position += 1;
    const event = toStoredEvent(record);
    const expectedPrevHash = previous?.hash ?? genesisHash;

    if (event.prevHash !== expectedPrevHash) {
      if (event.prevHash === genesisHash) {
        // A second chain start: every row before this one was added in front of the history.
        const first = rowAtPosition.get(0);
        return err(breakAt('inserted', 1, first?.seq ?? event.seq, first?.id ?? event.id));
      }
      const linked = findByHash.get(event.prevHash);
      if (linked !== undefined && linked.seq < event.seq) {
        // The row links to an older row that still exists, so everything between was added.
        const firstInsertedPosition = (positionOfSeq.get(linked.seq)?.position ?? 0) + 1;
        const firstInserted = rowAtPosition.get(firstInsertedPosition - 1);
        return err(breakAt('inserted', firstInsertedPosition, firstInserted?.seq ?? event.seq, firstInserted?.id ?? event.id));
      }
      const expectedSeq = (previous?.seq ?? 0) + 1;
      if (previous !== null && event.seq === expectedSeq) {
        // Contiguous numbering but an unknown predecessor hash: the previous row was rewritten
        // together with its hash.
        return err(breakAt('changed', position - 1, previous.seq, previous.id));
      }
      return err(breakAt('deleted', position, event.seq, event.id));
    }

    if (computeEventHash(event) !== event.hash) {
      return err(breakAt('changed', position, event.seq, event.id));
    }
    previous = { seq: event.seq, id: event.id, hash: event.hash };
  }

  return ok({ eventCount: position, headHash: previous?.hash ?? genesisHash });
}

function breakAt(kind: ChainBreak['kind'], position: number, seq: number, eventId: string): ChainBreak {
  return { code: `history-${kind}`, kind, position, seq, eventId };
}
