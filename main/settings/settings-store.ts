import type Database from 'better-sqlite3';
import { createLogger } from '../core/logger';
import { prepared } from '../store/statement-cache';
import { inWriteTransaction, nowIso } from '../store/write-transaction';
import { defaultStationSettings, stationSettingsSchema, type StationSettings } from './station-settings-schema';

const log = createLogger('settings');

/**
 * Reads the station's settings. A station that never saved any gets the defaults. A stored
 * document that no longer parses (written by a newer build, or edited by hand) also falls back to
 * the defaults, with an error in the log, so the bench still starts.
 */
export function readStationSettings(db: Database.Database, stationId: string): StationSettings {
  const row = prepared<[string], { settings_json: string }>(db, 'SELECT settings_json FROM station_settings WHERE station_id = ?').get(stationId);
  if (row === undefined) {
    return defaultStationSettings;
  }

  const parsed = stationSettingsSchema.safeParse(JSON.parse(row.settings_json));
  if (!parsed.success) {
    log.error('stored station settings are invalid, using defaults', { stationId, issues: parsed.error.issues.length });
    return defaultStationSettings;
  }
  return parsed.data;
}

/**
 * Stores the settings document, replacing the previous one, and copies the station name into the
 * station row, which labels and the header read. Returns the stored document.
 */
export function saveStationSettings(db: Database.Database, stationId: string, settings: StationSettings): StationSettings {
  const stored = stationSettingsSchema.parse(settings);
  inWriteTransaction(db, () => {
    prepared(
      db,
      `INSERT INTO station_settings (station_id, settings_json, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (station_id) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at`,
    ).run(stationId, JSON.stringify(stored), nowIso());
    if (stored.stationName !== '') {
      prepared(db, 'UPDATE station SET name = ? WHERE id = ?').run(stored.stationName, stationId);
    }
  });
  log.info('station settings saved', { stationId, scanners: stored.scanners.length, scales: stored.scales.length });
  return stored;
}
