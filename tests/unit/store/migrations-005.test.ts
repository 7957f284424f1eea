import { describe, expect, it } from 'vitest';
import { ensureStation } from '../../../main/store/station';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

describe('migration 5 adds station settings', () => {
  const tempDir = useTempDir();

  it('creates a strict settings table', () => {
    const db = openTestStore(tempDir());

    const table = db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name = 'station_settings'").get();

    expect(table?.sql).toContain('STRICT');
    db.close();
  });

  it('keeps one row per station', () => {
    const db = openTestStore(tempDir());
    const station = ensureStation(db);
    const insert = db.prepare("INSERT INTO station_settings (station_id, settings_json, updated_at) VALUES (?, '{}', '2026-01-01')");
    insert.run(station.id);

    expect(() => insert.run(station.id)).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });

  it('rejects an unknown station', () => {
    const db = openTestStore(tempDir());

    expect(() => db.prepare("INSERT INTO station_settings (station_id, settings_json, updated_at) VALUES ('nope', '{}', 'x')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
