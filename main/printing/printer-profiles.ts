import type Database from 'better-sqlite3';
import { prepared } from '../store/statement-cache';
import { nowIso } from '../store/write-transaction';
import type { Dpi } from '../labels/model';

/** Driver that reaches a printer: a folder of files, a CUPS queue, a raw TCP port (9100), or Electron's print. */
export type PrinterDriverKind = 'pdf-folder' | 'cups' | 'raw-tcp' | 'electron';

export type PrintFormat = 'pdf' | 'zpl';

/** Printer, driver, format and media for one label kind at one station. */
export interface PrinterProfile {
  readonly id: number;
  readonly stationId: string;
  /** Label kind such as `carton`, `fnsku`, `fba-box` or `carrier`. */
  readonly labelKind: string;
  /** Name shown to operators. */
  readonly printerName: string;
  readonly driver: PrinterDriverKind;
  /**
   * Destination of the driver: a folder path (`pdf-folder`), a CUPS queue name (`cups`),
   * `127.0.0.1:9100` style host and port (`raw-tcp`), or an OS printer name (`electron`).
   */
  readonly target: string;
  readonly format: PrintFormat;
  readonly mediaWidthMm: number;
  readonly mediaHeightMm: number;
  readonly dpi: Dpi;
}

export type PrinterProfileInput = Omit<PrinterProfile, 'id'>;

interface ProfileRow {
  id: number;
  station_id: string;
  label_kind: string;
  printer_name: string;
  driver: PrinterDriverKind;
  target: string;
  format: PrintFormat;
  media_width_mm: number;
  media_height_mm: number;
  dpi: Dpi;
}

const profileColumns = 'id, station_id, label_kind, printer_name, driver, target, format, media_width_mm, media_height_mm, dpi';

function toProfile(row: ProfileRow): PrinterProfile {
  return {
    id: row.id,
    stationId: row.station_id,
    labelKind: row.label_kind,
    printerName: row.printer_name,
    driver: row.driver,
    target: row.target,
    format: row.format,
    mediaWidthMm: row.media_width_mm,
    mediaHeightMm: row.media_height_mm,
    dpi: row.dpi,
  };
}

/** Creates or replaces the profile of `input.labelKind` at `input.stationId`, and returns it. */
export function savePrinterProfile(db: Database.Database, input: PrinterProfileInput): PrinterProfile {
  const row = prepared<unknown[], ProfileRow>(
    db,
    `INSERT INTO printer_profiles (station_id, label_kind, printer_name, driver, target, format, media_width_mm, media_height_mm, dpi, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (station_id, label_kind) DO UPDATE SET
       printer_name = excluded.printer_name, driver = excluded.driver, target = excluded.target, format = excluded.format,
       media_width_mm = excluded.media_width_mm, media_height_mm = excluded.media_height_mm, dpi = excluded.dpi,
       updated_at = excluded.updated_at
     RETURNING ${profileColumns}`,
  ).get(
    input.stationId,
    input.labelKind,
    input.printerName,
    input.driver,
    input.target,
    input.format,
    input.mediaWidthMm,
    input.mediaHeightMm,
    input.dpi,
    nowIso(),
  );
  if (row === undefined) {
    throw new Error(`Printer profile for ${input.labelKind} was not saved`);
  }
  return toProfile(row);
}

/** Returns the profile that prints `labelKind` at the station, or undefined when none is set up. */
export function findPrinterProfile(db: Database.Database, stationId: string, labelKind: string): PrinterProfile | undefined {
  const row = prepared<unknown[], ProfileRow>(db, `SELECT ${profileColumns} FROM printer_profiles WHERE station_id = ? AND label_kind = ?`).get(stationId, labelKind);
  return row === undefined ? undefined : toProfile(row);
}

export function getPrinterProfile(db: Database.Database, id: number): PrinterProfile | undefined {
  const row = prepared<unknown[], ProfileRow>(db, `SELECT ${profileColumns} FROM printer_profiles WHERE id = ?`).get(id);
  return row === undefined ? undefined : toProfile(row);
}

/** Lists the station's profiles by label kind. */
export function listPrinterProfiles(db: Database.Database, stationId: string): ReadonlyArray<PrinterProfile> {
  return prepared<unknown[], ProfileRow>(db, `SELECT ${profileColumns} FROM printer_profiles WHERE station_id = ? ORDER BY label_kind`)
    .all(stationId)
    .map(toProfile);
}
