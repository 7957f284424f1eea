import { describe, expect, it } from 'vitest';
import { readStationSettings, saveStationSettings } from '../../../main/settings/settings-store';
import { defaultStationSettings, stationSettingsSchema } from '../../../main/settings/station-settings-schema';
import { readStation, ensureStation } from '../../../main/store/station';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

describe('station settings store', () => {
  const tempDir = useTempDir();

  it('returns defaults before any save', () => {
    const db = openTestStore(tempDir());
    const station = ensureStation(db);

    expect(readStationSettings(db, station.id)).toEqual(defaultStationSettings);
    db.close();
  });

  it('reads back a saved document', () => {
    const db = openTestStore(tempDir());
    const station = ensureStation(db);
    const settings = stationSettingsSchema.parse({
      stationName: 'Bench 4',
      language: 'fr',
      wedge: { suffix: 'tab', gsSubstitute: '|', keyboardLayout: 'fr' },
      scanners: [{ name: 'Left', vendorId: 0x0c2e, productId: 0x0b87, layout: 'honeywell' }],
    });

    saveStationSettings(db, station.id, settings);

    expect(readStationSettings(db, station.id)).toEqual(settings);
    expect(readStation(db)?.name).toBe('Bench 4');
    db.close();
  });

  it('falls back to defaults for a broken row', () => {
    const db = openTestStore(tempDir());
    const station = ensureStation(db);
    db.prepare("INSERT INTO station_settings (station_id, settings_json, updated_at) VALUES (?, '{\"language\":\"xx\"}', '2026-01-01')").run(station.id);

    expect(readStationSettings(db, station.id)).toEqual(defaultStationSettings);
    db.close();
  });

  it('rejects invalid JSON in the table', () => {
    const db = openTestStore(tempDir());
    const station = ensureStation(db);

    expect(() => db.prepare("INSERT INTO station_settings (station_id, settings_json, updated_at) VALUES (?, 'nope', 'x')").run(station.id)).toThrow(/CHECK/);
    db.close();
  });
});

describe('station settings schema', () => {
  it('rejects a GS substitute from set 82', () => {
    expect(stationSettingsSchema.safeParse({ wedge: { gsSubstitute: 'A' } }).success).toBe(false);
    expect(stationSettingsSchema.safeParse({ wedge: { gsSubstitute: '-' } }).success).toBe(false);
  });

  it('accepts a pipe as GS substitute', () => {
    expect(stationSettingsSchema.parse({ wedge: { gsSubstitute: '|' } }).wedge.gsSubstitute).toBe('|');
  });
});
