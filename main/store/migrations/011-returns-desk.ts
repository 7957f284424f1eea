import type { Migration } from './migration';

/**
 * The returns desk: returns and their expected lines, every unit taken in on a return with its
 * check flags, exception, grade and disposition, the photos attached as evidence, and each
 * client's returns configuration (checklists, warranty periods, disposition rules).
 *
 * A return never creates or changes a unit row by itself: `return_units` only points at a unit
 * the store already knows, and the unit's own state changes go through the state machine with
 * one event each. A unit has at most one open return at a time (the partial unique index), so a
 * second return of a unit still on the desk is refused by the store even if code is wrong.
 */
export const returnsDesk: Migration = {
  version: 11,
  name: 'returns desk',
  up: (db) => {
    db.exec(`
      ALTER TABLE products ADD COLUMN category TEXT;
      ALTER TABLE products ADD COLUMN warranty_days INTEGER CHECK (warranty_days IS NULL OR warranty_days >= 0);

      CREATE TABLE returns (
        id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients (id),
        reference_kind TEXT NOT NULL
          CHECK (reference_kind IN ('rma', 'amazon-return', 'tracking-number', 'removal-order', 'none')),
        -- RMA, license plate number, tracking number or removal order ID; '' for 'none'.
        reference TEXT NOT NULL,
        -- What the return says about the original sale: its order and, when known, the carrier's tracking number.
        order_reference TEXT,
        tracking_number TEXT,
        removal_order_id INTEGER REFERENCES removal_orders (id),
        source TEXT NOT NULL CHECK (source IN ('on-the-spot', 'amazon-returns-report', 'return-label')),
        return_date TEXT,
        reason TEXT NOT NULL DEFAULT '',
        customer_comment TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'awaiting-intake' CHECK (status IN ('awaiting-intake', 'in-progress', 'closed')),
        created_at TEXT NOT NULL,
        closed_at TEXT,
        CHECK ((reference_kind = 'none') = (reference = ''))
      ) STRICT;
      CREATE UNIQUE INDEX returns_one_per_reference ON returns (reference_kind, coalesce(client_id, 0), reference) WHERE reference <> '';
      CREATE INDEX returns_by_reference ON returns (reference) WHERE reference <> '';
      CREATE INDEX returns_by_tracking ON returns (tracking_number) WHERE tracking_number IS NOT NULL;
      CREATE INDEX returns_by_status ON returns (status, id);

      CREATE TABLE return_lines (
        id INTEGER PRIMARY KEY,
        return_id INTEGER NOT NULL REFERENCES returns (id),
        -- NULL when the return names a SKU or FNSKU the catalog does not know.
        product_id INTEGER REFERENCES products (id),
        sku TEXT NOT NULL DEFAULT '',
        fnsku TEXT,
        expected_serial TEXT,
        quantity_expected INTEGER NOT NULL CHECK (quantity_expected >= 0),
        quantity_received INTEGER NOT NULL DEFAULT 0 CHECK (quantity_received >= 0)
      ) STRICT;
      CREATE INDEX return_lines_by_return ON return_lines (return_id);

      CREATE TABLE return_units (
        id INTEGER PRIMARY KEY,
        return_id INTEGER NOT NULL REFERENCES returns (id),
        return_line_id INTEGER REFERENCES return_lines (id),
        unit_id INTEGER NOT NULL REFERENCES units (id),
        -- The check's flags at intake, as [{ "code": ..., ...facts }].
        flags_json TEXT NOT NULL DEFAULT '[]',
        stage TEXT NOT NULL CHECK (stage IN ('exception', 'accepted', 'rejected', 'returned-to-sender', 'dispositioned')),
        resolution TEXT CHECK (resolution IS NULL OR resolution IN ('accept', 'reject', 'return-to-sender')),
        resolution_reason TEXT,
        resolved_by INTEGER REFERENCES operators (id),
        resolved_at TEXT,
        grade TEXT CHECK (grade IS NULL OR grade IN ('A', 'B', 'C', 'D')),
        amazon_condition TEXT,
        checklist_json TEXT,
        disposition TEXT CHECK (disposition IS NULL OR disposition IN
          ('restock-new', 'restock-used', 'refurbish', 'return-to-vendor', 'liquidate', 'dispose')),
        suggested_disposition TEXT,
        override_reason TEXT,
        operator_id INTEGER REFERENCES operators (id),
        station_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        dispositioned_at TEXT,
        CHECK ((stage = 'dispositioned') = (disposition IS NOT NULL)),
        CHECK (disposition IS NULL OR grade IS NOT NULL)
      ) STRICT;
      CREATE INDEX return_units_by_return ON return_units (return_id);
      CREATE UNIQUE INDEX return_units_one_open_per_unit ON return_units (unit_id) WHERE stage IN ('exception', 'accepted');
      CREATE INDEX return_units_exceptions ON return_units (created_at) WHERE stage = 'exception';

      CREATE TABLE return_photos (
        id INTEGER PRIMARY KEY,
        return_id INTEGER NOT NULL REFERENCES returns (id),
        return_unit_id INTEGER REFERENCES return_units (id),
        unit_id INTEGER REFERENCES units (id),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
        byte_size INTEGER NOT NULL CHECK (byte_size > 0),
        source TEXT NOT NULL CHECK (source IN ('camera', 'file')),
        station_id TEXT NOT NULL,
        operator_id INTEGER REFERENCES operators (id),
        taken_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX return_photos_by_unit ON return_photos (unit_id) WHERE unit_id IS NOT NULL;
      CREATE INDEX return_photos_by_return ON return_photos (return_id);

      CREATE TABLE return_configs (
        client_id INTEGER PRIMARY KEY REFERENCES clients (id),
        config_json TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
