import type { Migration } from './migration';

/**
 * The first schema: clients, catalog, shipments, cartons, units, operators and the append-only
 * event history. Constraints carry the rules that must hold even if code is wrong: one unit per
 * product and serial, one carton per unit at a time (a single carton_id column), one open carton
 * per shipment, no over-pack, one event per scan gesture.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up: (db) => {
    db.exec(`
      CREATE TABLE station (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1)
      ) STRICT;

      CREATE TABLE clients (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 32),
        name TEXT NOT NULL,
        gs1_company_prefix TEXT CHECK (gs1_company_prefix IS NULL OR gs1_company_prefix GLOB '[0-9]*'),
        sscc_extension_digit INTEGER NOT NULL DEFAULT 0 CHECK (sscc_extension_digit BETWEEN 0 AND 9),
        next_sscc_serial INTEGER NOT NULL DEFAULT 1 CHECK (next_sscc_serial >= 1),
        ship_from_json TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE products (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id),
        sku TEXT NOT NULL CHECK (length(sku) >= 1),
        gtin TEXT CHECK (gtin IS NULL OR (length(gtin) = 14 AND gtin NOT GLOB '*[^0-9]*')),
        fnsku TEXT,
        asin TEXT,
        title TEXT NOT NULL,
        serial_tracked INTEGER NOT NULL DEFAULT 1 CHECK (serial_tracked IN (0, 1)),
        serial_pattern TEXT,
        weight_grams INTEGER CHECK (weight_grams IS NULL OR weight_grams >= 0),
        created_at TEXT NOT NULL,
        UNIQUE (client_id, sku)
      ) STRICT;
      CREATE INDEX products_by_gtin ON products (gtin) WHERE gtin IS NOT NULL;
      CREATE INDEX products_by_fnsku ON products (fnsku) WHERE fnsku IS NOT NULL;

      CREATE TABLE operators (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE shipments (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id),
        reference TEXT NOT NULL CHECK (length(reference) >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('customer-order', 'fba-inbound', 'vendor')),
        source TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'finished', 'short-shipped')),
        ship_to_json TEXT NOT NULL DEFAULT '{}',
        short_ship_reason TEXT,
        created_at TEXT NOT NULL,
        finished_at TEXT,
        UNIQUE (client_id, reference)
      ) STRICT;
      CREATE INDEX shipments_by_reference ON shipments (reference);

      CREATE TABLE shipment_lines (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments (id),
        product_id INTEGER NOT NULL REFERENCES products (id),
        quantity_expected INTEGER NOT NULL CHECK (quantity_expected > 0),
        quantity_packed INTEGER NOT NULL DEFAULT 0
          CHECK (quantity_packed >= 0 AND quantity_packed <= quantity_expected),
        UNIQUE (shipment_id, product_id)
      ) STRICT;

      CREATE TABLE cartons (
        id INTEGER PRIMARY KEY,
        shipment_id INTEGER NOT NULL REFERENCES shipments (id),
        number INTEGER NOT NULL CHECK (number >= 1),
        sscc TEXT NOT NULL UNIQUE CHECK (length(sscc) = 18 AND sscc NOT GLOB '*[^0-9]*'),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        weight_grams INTEGER CHECK (weight_grams IS NULL OR weight_grams > 0),
        created_at TEXT NOT NULL,
        closed_at TEXT,
        UNIQUE (shipment_id, number)
      ) STRICT;
      CREATE UNIQUE INDEX one_open_carton_per_shipment ON cartons (shipment_id) WHERE status = 'open';

      CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        product_id INTEGER NOT NULL REFERENCES products (id),
        serial TEXT NOT NULL CHECK (length(serial) BETWEEN 1 AND 64),
        serial_folded TEXT NOT NULL,
        lot TEXT,
        expiry TEXT,
        status TEXT NOT NULL CHECK (status IN ('in-stock', 'packed', 'shipped', 'hold')),
        carton_id INTEGER REFERENCES cartons (id),
        shipment_id INTEGER REFERENCES shipments (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (product_id, serial),
        CHECK ((status = 'packed') = (carton_id IS NOT NULL) OR status = 'shipped')
      ) STRICT;
      CREATE INDEX units_by_serial ON units (serial);
      CREATE INDEX units_by_folded_serial ON units (serial_folded);
      CREATE INDEX units_by_carton ON units (carton_id) WHERE carton_id IS NOT NULL;

      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        occurred_at TEXT NOT NULL,
        station_id TEXT NOT NULL,
        operator_id INTEGER REFERENCES operators (id),
        type TEXT NOT NULL,
        unit_id INTEGER REFERENCES units (id),
        carton_id INTEGER REFERENCES cartons (id),
        shipment_id INTEGER REFERENCES shipments (id),
        idempotency_key TEXT UNIQUE,
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE INDEX events_by_unit ON events (unit_id, seq) WHERE unit_id IS NOT NULL;
      CREATE INDEX events_by_carton ON events (carton_id, seq) WHERE carton_id IS NOT NULL;
      CREATE INDEX events_by_shipment ON events (shipment_id, seq) WHERE shipment_id IS NOT NULL;

      -- History is append-only. verify-history still detects edits made by someone who drops
      -- these triggers, through the hash chain.
      CREATE TRIGGER events_no_update BEFORE UPDATE ON events
      BEGIN
        SELECT RAISE(ABORT, 'events are append-only');
      END;
      CREATE TRIGGER events_no_delete BEFORE DELETE ON events
      BEGIN
        SELECT RAISE(ABORT, 'events are append-only');
      END;
    `);
  },
};
