import type { Migration } from './migration';

/**
 * FBA prep: measured weight and dimensions of FBA boxes (cartons of 'fba-inbound' shipments),
 * Amazon removal orders with their expected shipments, and the inspection of every unit
 * received back from a removal. Removal rows are imported per client, so one order ID may exist
 * for two clients. An inspected unit's decision is final: rows are only ever inserted.
 */
export const fbaPrep: Migration = {
  version: 7,
  name: 'FBA box measurements and removal orders',
  up: (db) => {
    db.exec(`
      CREATE TABLE fba_box_measurements (
        carton_id INTEGER PRIMARY KEY REFERENCES cartons (id),
        weight_grams INTEGER NOT NULL CHECK (weight_grams > 0),
        length_mm INTEGER NOT NULL CHECK (length_mm > 0),
        width_mm INTEGER NOT NULL CHECK (width_mm > 0),
        height_mm INTEGER NOT NULL CHECK (height_mm > 0),
        measured_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE removal_orders (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (id),
        order_id TEXT NOT NULL CHECK (length(order_id) >= 1),
        order_type TEXT NOT NULL,
        order_status TEXT NOT NULL,
        request_date TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        UNIQUE (client_id, order_id)
      ) STRICT;

      CREATE TABLE removal_order_lines (
        id INTEGER PRIMARY KEY,
        removal_order_id INTEGER NOT NULL REFERENCES removal_orders (id),
        sku TEXT NOT NULL,
        fnsku TEXT NOT NULL CHECK (length(fnsku) = 10),
        disposition TEXT NOT NULL,
        requested_quantity INTEGER NOT NULL CHECK (requested_quantity >= 0),
        cancelled_quantity INTEGER NOT NULL CHECK (cancelled_quantity >= 0),
        disposed_quantity INTEGER NOT NULL CHECK (disposed_quantity >= 0),
        shipped_quantity INTEGER NOT NULL CHECK (shipped_quantity >= 0),
        in_process_quantity INTEGER NOT NULL CHECK (in_process_quantity >= 0),
        UNIQUE (removal_order_id, sku, fnsku, disposition)
      ) STRICT;

      CREATE TABLE removal_shipment_lines (
        id INTEGER PRIMARY KEY,
        removal_order_id INTEGER NOT NULL REFERENCES removal_orders (id),
        tracking_number TEXT NOT NULL CHECK (length(tracking_number) >= 1),
        carrier TEXT NOT NULL,
        shipment_date TEXT NOT NULL,
        sku TEXT NOT NULL,
        fnsku TEXT NOT NULL CHECK (length(fnsku) = 10),
        disposition TEXT NOT NULL,
        shipped_quantity INTEGER NOT NULL CHECK (shipped_quantity > 0),
        UNIQUE (removal_order_id, tracking_number, sku, fnsku, disposition)
      ) STRICT;
      CREATE INDEX removal_shipment_lines_by_tracking ON removal_shipment_lines (tracking_number);

      CREATE TABLE removal_inspections (
        id INTEGER PRIMARY KEY,
        removal_order_id INTEGER NOT NULL REFERENCES removal_orders (id),
        tracking_number TEXT NOT NULL,
        fnsku TEXT NOT NULL CHECK (length(fnsku) = 10),
        product_id INTEGER REFERENCES products (id),
        serial TEXT,
        decision TEXT NOT NULL CHECK (decision IN ('restock', 'rework', 'dispose', 'return-to-client')),
        note TEXT NOT NULL DEFAULT '',
        station_id TEXT NOT NULL,
        operator_id INTEGER REFERENCES operators (id),
        inspected_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX removal_inspections_by_tracking ON removal_inspections (tracking_number, fnsku);
      CREATE UNIQUE INDEX removal_inspections_one_per_serial ON removal_inspections (product_id, serial) WHERE serial IS NOT NULL;

      CREATE TRIGGER removal_inspections_no_update BEFORE UPDATE ON removal_inspections
      BEGIN
        SELECT RAISE(ABORT, 'removal inspections are append-only');
      END;
    `);
  },
};
