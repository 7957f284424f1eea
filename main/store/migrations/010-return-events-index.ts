import type { Migration } from './migration';

/**
 * A partial index over 'unit-returned' events, for the returns per product and per lot on the
 * overview screen. The event table has no index on type, and a full index on it would add
 * about a tenth to the table's size for a question about a small share of the rows.
 */
export const returnEventsIndex: Migration = {
  version: 10,
  name: 'return events index',
  up: (db) => {
    db.exec(`CREATE INDEX events_unit_returns ON events (unit_id) WHERE type = 'unit-returned';`);
  },
};
