import type { Migration } from './migration';

/**
 * Printer profiles and the print job queue.
 *
 * `printer_profiles` says, per station and label kind, which printer prints that kind, through
 * which driver, in which format (PDF or ZPL), on which media and at which DPI.
 *
 * `print_jobs` keeps every label ever sent to a printer, with the rendered bytes, so a crash or
 * an offline printer loses nothing. The worker moves a job from `queued` to `sending` before it
 * sends a byte. A job left in `sending` by a crash becomes `uncertain`: the printer may have
 * printed it, so it is never sent again by itself, only through an explicit reprint, which is a
 * new row naming the original in `reprint_of`.
 */
export const printJobs: Migration = {
  version: 6,
  name: 'printer profiles and print jobs',
  up: (db) => {
    db.exec(`
      CREATE TABLE printer_profiles (
        id INTEGER PRIMARY KEY,
        station_id TEXT NOT NULL,
        label_kind TEXT NOT NULL CHECK (length(label_kind) BETWEEN 1 AND 32),
        printer_name TEXT NOT NULL,
        driver TEXT NOT NULL CHECK (driver IN ('pdf-folder', 'cups', 'raw-tcp', 'electron')),
        target TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('pdf', 'zpl')),
        media_width_mm REAL NOT NULL CHECK (media_width_mm > 0),
        media_height_mm REAL NOT NULL CHECK (media_height_mm > 0),
        dpi INTEGER NOT NULL CHECK (dpi IN (203, 300)),
        updated_at TEXT NOT NULL,
        UNIQUE (station_id, label_kind)
      ) STRICT;

      CREATE TABLE print_jobs (
        id INTEGER PRIMARY KEY,
        request_key TEXT NOT NULL UNIQUE,
        station_id TEXT NOT NULL,
        operator_id INTEGER REFERENCES operators (id),
        profile_id INTEGER NOT NULL REFERENCES printer_profiles (id),
        label_kind TEXT NOT NULL,
        title TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('pdf', 'zpl')),
        media_width_mm REAL NOT NULL,
        media_height_mm REAL NOT NULL,
        payload BLOB NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'uncertain', 'failed', 'voided')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_error TEXT,
        next_attempt_at TEXT NOT NULL,
        spooler_job_id TEXT,
        reprint_of INTEGER REFERENCES print_jobs (id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX print_jobs_queued ON print_jobs (status, next_attempt_at, id) WHERE status = 'queued';
      CREATE INDEX print_jobs_by_station ON print_jobs (station_id, id);
    `);
  },
};
