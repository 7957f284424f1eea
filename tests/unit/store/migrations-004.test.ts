import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/database';
import { initialSchema } from '../../../main/store/migrations/001-initial';
import { scanGestures } from '../../../main/store/migrations/002-scan-gestures';
import { dropEventsByShipment } from '../../../main/store/migrations/003-drop-events-by-shipment';
import { operatorCredentials } from '../../../main/store/migrations/004-operator-credentials';
import { openTestStore } from '../../support/test-store';
import { useTempDir } from '../../support/temp-dir';

describe('migration 4 operator credentials', () => {
  const tempDir = useTempDir();

  it('turns name-only operators into packers without PIN', () => {
    const file = join(tempDir(), 'packtrace.sqlite');
    const legacy = new Database(file);
    for (const migration of [initialSchema, scanGestures, dropEventsByShipment]) {
      migration.up(legacy);
    }
    legacy.prepare("INSERT INTO operators (name, created_at) VALUES ('Anna', '2026-01-05T08:00:00.000Z')").run();
    legacy.pragma('user_version = 3');
    legacy.close();

    const opened = openStore(file);
    if (!opened.ok) {
      throw new Error(JSON.stringify(opened.error));
    }
    const row = opened.value.prepare('SELECT role, active, pin_hash, badge_hash, failed_pin_attempts, locked_until FROM operators').get();

    expect(row).toEqual({ role: 'packer', active: 1, pin_hash: null, badge_hash: null, failed_pin_attempts: 0, locked_until: null });
    opened.value.close();
  });

  it('rejects unknown roles and plain PINs', () => {
    const db = openTestStore(tempDir());
    const insert = db.prepare('INSERT INTO operators (name, created_at, role, pin_hash) VALUES (?, ?, ?, ?)');

    expect(() => insert.run('Eve', '2026-01-05T08:00:00.000Z', 'owner', null)).toThrow(/CHECK/);
    expect(() => insert.run('Eve', '2026-01-05T08:00:00.000Z', 'packer', '1234')).toThrow(/CHECK/);
    db.close();
  });

  it('keeps badge hashes unique', () => {
    const db = openTestStore(tempDir());
    const insert = db.prepare("INSERT INTO operators (name, created_at, badge_hash) VALUES (?, '2026-01-05T08:00:00.000Z', ?)");
    insert.run('Anna', 'a'.repeat(64));

    expect(() => insert.run('Ben', 'a'.repeat(64))).toThrow(/UNIQUE/);
    db.close();
  });

  it('bounds the idle lock', () => {
    const db = openTestStore(tempDir());
    db.prepare("INSERT INTO station (id, name, created_at) VALUES ('s', 'bench', '2026-01-05T08:00:00.000Z')").run();

    expect(db.prepare('SELECT idle_lock_seconds FROM station').get()).toEqual({ idle_lock_seconds: 300 });
    expect(() => db.prepare('UPDATE station SET idle_lock_seconds = 10').run()).toThrow(/CHECK/);
    expect(operatorCredentials.version).toBe(4);
    db.close();
  });
});
