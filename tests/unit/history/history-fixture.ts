import type Database from 'better-sqlite3';
import { appendEvent } from '../../../main/store/events';
import { ensureStation } from '../../../main/store/station';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { openTestStore } from '../../support/test-store';

/** Creates a store in `dir` with `count` chained events whose payloads contain their index. */
export function storeWithEvents(dir: string, count = 5): Database.Database {
  const db = openTestStore(dir);
  const station = ensureStation(db, 'audit-bench');
  inWriteTransaction(db, () => {
    for (let index = 1; index <= count; index += 1) {
      appendEvent(db, { type: 'unit-packed', stationId: station.id, operatorId: null, payload: { index, serial: `SN${index}` } });
    }
  });
  return db;
}
