import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { prepared } from '../store/statement-cache';

/** A storage location (bin, shelf, pallet place), named by a short code printed on its label. */
export interface LocationRow {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}

/** Location codes: 1 to 32 characters of A-Z, 0-9, dot, underscore and hyphen, upper case. */
const locationCodePattern = /^[A-Z0-9._-]{1,32}$/;

/** The prefix that marks a scan as a location barcode rather than a serial. */
export const locationBarcodePrefix = 'LOC:';

/** Normalises typed or scanned location code text: trims and upper-cases it; null when invalid. */
export function normalizeLocationCode(text: string): string | null {
  const code = text.trim().toUpperCase();
  return locationCodePattern.test(code) ? code : null;
}

/** Builds the text of a location label's barcode: the prefix and the code. */
export function locationBarcodeData(code: string): string {
  return `${locationBarcodePrefix}${code}`;
}

/** Reads a location code from scanned text, or returns null when the scan is not a location barcode. */
export function parseLocationBarcode(raw: string): string | null {
  const text = raw.trim();
  if (!text.toUpperCase().startsWith(locationBarcodePrefix)) {
    return null;
  }
  return normalizeLocationCode(text.slice(locationBarcodePrefix.length));
}

export type LocationError =
  | { readonly code: 'invalid-location-code'; readonly text: string }
  | { readonly code: 'location-exists'; readonly locationCode: string };

/** Creates a location; rejects an invalid code and a code already in use. */
export function createLocation(db: Database.Database, fields: { readonly code: string; readonly name: string }, now: string): Result<LocationRow, LocationError> {
  const code = normalizeLocationCode(fields.code);
  if (code === null) {
    return err({ code: 'invalid-location-code', text: fields.code });
  }
  if (findLocationByCode(db, code) !== undefined) {
    return err({ code: 'location-exists', locationCode: code });
  }

  const name = fields.name.trim() === '' ? code : fields.name.trim();
  const info = prepared(db, 'INSERT INTO locations (code, name, created_at) VALUES (?, ?, ?)').run(code, name, now);
  return ok({ id: Number(info.lastInsertRowid), code, name });
}

export function findLocationByCode(db: Database.Database, code: string): LocationRow | undefined {
  return prepared<[string], LocationRow>(db, 'SELECT id, code, name FROM locations WHERE code = ?').get(code);
}

export function findLocationById(db: Database.Database, id: number): LocationRow | undefined {
  return prepared<[number], LocationRow>(db, 'SELECT id, code, name FROM locations WHERE id = ?').get(id);
}

/** Lists every location by code. */
export function listLocations(db: Database.Database): ReadonlyArray<LocationRow> {
  return prepared<[], LocationRow>(db, 'SELECT id, code, name FROM locations ORDER BY code').all();
}
