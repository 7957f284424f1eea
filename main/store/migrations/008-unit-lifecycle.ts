import type Database from 'better-sqlite3';
import type { Migration } from './migration';

/**
 * The unit lifecycle: locations, inbound receipts, cycle counts, recalls and the wider set of
 * unit statuses.
 *
 * SQLite cannot change a CHECK constraint in place, so `units` is rebuilt: every row is copied
 * to a temporary table, `units` is dropped and created again with the wider status list and the
 * new columns, and the rows come back with their ids. The foreign keys of `events` and the other
 * tables that reference units are checked at commit, on the rebuilt table. The indexes of the
 * old table are created again from their stored SQL, under the same names.
 *
 * Status rules the table enforces: a packed unit (or one held while packed) names its carton, a
 * unit in a location is in stock, on hold, missing from it or back from a customer, and only a
 * held unit carries a hold reason. A held unit without `held_status` (written before this
 * migration or by hand) is released to in stock.
 */
export const unitLifecycle: Migration = {
  version: 8,
  name: 'unit lifecycle, locations, receipts, cycle counts and recalls',
  up: (db) => {
    db.exec(`
      CREATE TABLE locations (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32 AND code NOT GLOB '*[^A-Z0-9._-]*'),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE receipts (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id),
        reference TEXT NOT NULL CHECK (length(reference) >= 1),
        source TEXT NOT NULL CHECK (source IN ('asn-import', 'on-the-spot')),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        created_at TEXT NOT NULL,
        closed_at TEXT,
        UNIQUE (client_id, reference)
      ) STRICT;

      CREATE TABLE receipt_lines (
        id INTEGER PRIMARY KEY,
        receipt_id INTEGER NOT NULL REFERENCES receipts (id),
        product_id INTEGER NOT NULL REFERENCES products (id),
        lot TEXT,
        expiry TEXT,
        quantity_expected INTEGER NOT NULL CHECK (quantity_expected >= 0),
        quantity_received INTEGER NOT NULL DEFAULT 0 CHECK (quantity_received >= 0)
      ) STRICT;
      CREATE UNIQUE INDEX receipt_lines_one_per_product_lot ON receipt_lines (receipt_id, product_id, coalesce(lot, ''));

      CREATE TABLE receipt_expected_serials (
        id INTEGER PRIMARY KEY,
        receipt_id INTEGER NOT NULL REFERENCES receipts (id),
        line_id INTEGER NOT NULL REFERENCES receipt_lines (id),
        product_id INTEGER NOT NULL REFERENCES products (id),
        serial TEXT NOT NULL,
        serial_folded TEXT NOT NULL,
        UNIQUE (receipt_id, product_id, serial_folded)
      ) STRICT;

      CREATE TABLE receipt_exceptions (
        id INTEGER PRIMARY KEY,
        receipt_id INTEGER NOT NULL REFERENCES receipts (id),
        kind TEXT NOT NULL CHECK (kind IN ('unexpected-serial', 'received-twice', 'known-elsewhere', 'return-not-receipt', 'unknown-product')),
        product_id INTEGER REFERENCES products (id),
        serial TEXT,
        detail_json TEXT NOT NULL DEFAULT '{}',
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX receipt_exceptions_by_receipt ON receipt_exceptions (receipt_id, id);

      CREATE TABLE client_serial_patterns (
        client_id INTEGER PRIMARY KEY REFERENCES clients (id),
        pattern TEXT NOT NULL CHECK (instr(pattern, '{n') > 0),
        next_number INTEGER NOT NULL DEFAULT 1 CHECK (next_number >= 1)
      ) STRICT;

      ALTER TABLE products ADD COLUMN serial_source TEXT NOT NULL DEFAULT 'manufacturer'
        CHECK (serial_source IN ('manufacturer', 'assigned'));

      CREATE TABLE cycle_counts (
        id INTEGER PRIMARY KEY,
        location_id INTEGER NOT NULL REFERENCES locations (id),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        started_at TEXT NOT NULL,
        closed_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX one_open_count_per_location ON cycle_counts (location_id) WHERE status = 'open';

      CREATE TABLE cycle_count_scans (
        count_id INTEGER NOT NULL REFERENCES cycle_counts (id),
        unit_id INTEGER NOT NULL,
        scanned_at TEXT NOT NULL,
        PRIMARY KEY (count_id, unit_id)
      ) STRICT;

      CREATE TABLE recalls (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        criteria_json TEXT NOT NULL,
        reason TEXT NOT NULL,
        held_units INTEGER NOT NULL CHECK (held_units >= 0),
        created_at TEXT NOT NULL
      ) STRICT;
    `);
    rebuildUnits(db);
  },
};

/** The columns of `units` before this migration; each one is copied into the rebuilt table. */
const copiedUnitColumns = [
  'id', 'product_id', 'serial', 'serial_folded', 'lot', 'expiry', 'status', 'carton_id', 'shipment_id', 'created_at', 'updated_at',
];

function rebuildUnits(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('units')").all().map((row) => row.name);
  const unknown = columns.filter((name) => !copiedUnitColumns.includes(name));
  if (unknown.length > 0) {
    // A column added to units after migration 1 would be lost by the copy below.
    throw new Error(`migration 8 does not copy units columns ${unknown.join(', ')}; add them to copiedUnitColumns`);
  }
  const indexes = db
    .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'units' AND sql IS NOT NULL ORDER BY name")
    .all()
    .map((row) => row.sql);

  // Renaming units away would rewrite the REFERENCES clauses of events and the other child
  // tables to the old name, so the rows are copied out, the table dropped and created again.
  // Dropping it leaves child rows without their parent; deferred, those violations are counted,
  // and inserting the parent rows again resolves them before the commit checks the count.
  db.pragma('defer_foreign_keys = ON');
  db.exec(`
      CREATE TEMP TABLE units_before_8 AS SELECT * FROM main.units;
      DROP TABLE main.units;
      CREATE TABLE main.units (
        id INTEGER PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products (id),
        serial TEXT NOT NULL CHECK (length(serial) BETWEEN 1 AND 64),
        serial_folded TEXT NOT NULL,
        lot TEXT,
        expiry TEXT,
        status TEXT NOT NULL CHECK (status IN (
          'received', 'in-stock', 'packed', 'shipped', 'returned', 'graded',
          'in-refurbishment', 'returned-to-vendor', 'disposed', 'hold', 'missing')),
        carton_id INTEGER REFERENCES cartons (id),
        shipment_id INTEGER REFERENCES shipments (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        location_id INTEGER REFERENCES locations (id),
        receipt_id INTEGER REFERENCES receipts (id),
        hold_reason TEXT CHECK (hold_reason IN ('quarantine', 'recall')),
        held_status TEXT,
        grade TEXT,
        UNIQUE (product_id, serial),
        CHECK ((status = 'packed' OR (status = 'hold' AND held_status = 'packed')) = (carton_id IS NOT NULL)
               OR status IN ('shipped', 'returned', 'graded', 'in-refurbishment', 'returned-to-vendor', 'disposed')),
        CHECK (location_id IS NULL OR status IN ('in-stock', 'hold', 'missing', 'returned', 'graded')),
        CHECK (status = 'hold' OR (hold_reason IS NULL AND held_status IS NULL))
      ) STRICT;

      INSERT INTO main.units (id, product_id, serial, serial_folded, lot, expiry, status, carton_id, shipment_id,
                                 created_at, updated_at, hold_reason, held_status)
        SELECT id, product_id, serial, serial_folded, lot, expiry, status, carton_id, shipment_id, created_at, updated_at,
               -- Migration 1 allowed 'hold' only outside a carton and kept no reason, so an old hold
               -- becomes a quarantine of a unit that was in stock.
               CASE WHEN status = 'hold' THEN 'quarantine' END,
               CASE WHEN status = 'hold' THEN 'in-stock' END
          FROM temp.units_before_8;

      DROP TABLE temp.units_before_8;
  `);
  for (const sql of indexes) {
    db.exec(sql);
  }
  db.exec(`
      CREATE INDEX units_by_location ON units (location_id) WHERE location_id IS NOT NULL;
      CREATE INDEX units_by_receipt ON units (receipt_id) WHERE receipt_id IS NOT NULL;
      CREATE INDEX units_by_lot ON units (lot, product_id) WHERE lot IS NOT NULL;
      CREATE INDEX units_by_status ON units (status, product_id);
  `);
}
