import type { Migration } from './migration';

/**
 * Drops `events_by_shipment`, an index on events (shipment_id, seq) that no query reads. Every
 * appended event paid for it with one more B-tree page written in its commit.
 *
 * Nothing it enforced goes with it: it was not UNIQUE. SQLite does not need it for the foreign
 * key to shipments either, because that index would only speed up deleting or renumbering a
 * shipment, and shipments are never deleted. A later history-by-shipment query should add it
 * back in a new migration.
 */
export const dropEventsByShipment: Migration = {
  version: 3,
  name: 'drop unused events_by_shipment index',
  up: (db) => {
    db.exec('DROP INDEX events_by_shipment');
  },
};
