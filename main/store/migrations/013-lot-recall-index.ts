import type { Migration } from './migration';

/**
 * Replaces the (lot, product) index with one that contains every column a lot recall lists, in unit
 * id order. A lot received over months has its units spread over the whole units table: at ten
 * million units nearly every unit of such a 100,000-unit lot sat on a table page of its own, and
 * its recall took 532 ms, against 272 ms with this index. From here SQLite reads the lot's rows
 * side by side, without touching the table. The price is that every change of a unit with a lot
 * rewrites its entry here too: about one page more written per change, where a packing scan
 * writes about twenty. BENCHMARKS.md (traceability bench) has the figures.
 *
 * The old index's second column (product) is not lost: a recall by lot and product still searches
 * by lot and checks the product in the index entry, and a lot rarely spans many products.
 */
export const lotRecallIndex: Migration = {
  version: 13,
  name: 'lot recall index',
  up: (db) => {
    db.exec(`
      CREATE INDEX units_by_lot_rows ON units (
        lot, id, product_id, serial, expiry, status, hold_reason, location_id, carton_id, shipment_id, receipt_id, updated_at
      ) WHERE lot IS NOT NULL;
      DROP INDEX units_by_lot;
    `);
  },
};
