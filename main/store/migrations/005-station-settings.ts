import type { Migration } from './migration';

/**
 * Station settings: one row per station holding the settings document as JSON, validated by the
 * application on every read and write (main/settings/station-settings-schema.ts). One document
 * rather than a row per setting, because the settings file exports and imports it as a whole.
 */
export const stationSettings: Migration = {
  version: 5,
  name: 'station settings',
  up: (db) => {
    db.exec(`
      CREATE TABLE station_settings (
        station_id TEXT PRIMARY KEY REFERENCES station (id),
        settings_json TEXT NOT NULL CHECK (json_valid(settings_json)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
