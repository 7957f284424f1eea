import type { Migration } from './migration';

/**
 * Scan gestures and two more constraints that packing relies on.
 *
 * `scan_gestures` stores the verdict of every scan gesture, accepted or rejected, keyed by its
 * idempotency key. A rejected scan changes nothing, so it writes no event, but a second delivery
 * of it must still get the same reply. The row also carries the product the station is waiting
 * to see a serial for after that gesture, so the pending product survives a restart.
 *
 * `units_one_per_folded_serial` makes a case-only duplicate (`sn000457` next to `SN000457` of
 * the same product) impossible even when two connections race. `events_one_successor` keeps
 * the hash chain linear: two events can never name the same predecessor.
 */
export const scanGestures: Migration = {
  version: 2,
  name: 'scan gestures',
  up: (db) => {
    db.exec(`
      CREATE TABLE scan_gestures (
        seq INTEGER PRIMARY KEY,
        gesture_id TEXT NOT NULL UNIQUE,
        station_id TEXT NOT NULL,
        operator_id INTEGER REFERENCES operators (id),
        shipment_id INTEGER NOT NULL REFERENCES shipments (id),
        source TEXT NOT NULL CHECK (source IN ('keyboard', 'hid', 'manual', 'replay')),
        raw TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
        verdict_json TEXT NOT NULL,
        event_id TEXT REFERENCES events (id),
        pending_product_id INTEGER REFERENCES products (id),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX scan_gestures_by_station_shipment ON scan_gestures (station_id, shipment_id, seq);

      CREATE UNIQUE INDEX units_one_per_folded_serial ON units (product_id, serial_folded);
      CREATE UNIQUE INDEX events_one_successor ON events (prev_hash);
    `);
  },
};
