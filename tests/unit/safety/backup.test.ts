import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsDirIn, backupsKept, listBackups, takeRotatingBackup, writeOnlineBackup } from '../../../main/store/backup';
import { startBackupSchedule } from '../../../main/store/backup-schedule';
import { verifyDatabaseFile } from '../../../main/store/backup-verify';
import { databaseFileIn } from '../../../main/store/data-dir';
import { openStore } from '../../../main/store/database';
import { latestSchemaVersion, migrations } from '../../../main/store/migrations';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir('packtrace-backup-');

function unitCount(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
}

describe('takeRotatingBackup', () => {
  it('writes a copy that passes the file check', async () => {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    const shipment = fixture.addShipment('SO-1', [{ productId: fixture.cameraId, quantity: 2 }]);
    fixture.scan(shipment, 'SN000451');

    const backup = await takeRotatingBackup(fixture.db, backupsDirIn(dir), 'scheduled', new Date('2026-01-05T08:00:00.000Z'));
    const verified = verifyDatabaseFile(backup.file);

    expect(backup.file).toBe(join(dir, 'backups', 'packtrace-20260105T080000000Z-scheduled.sqlite'));
    if (!verified.ok) throw new Error(`backup check failed: ${verified.error.code}`);
    expect(verified.value.eventCount).toBeGreaterThan(0);
    expect(verified.value.schemaVersion).toBe(latestSchemaVersion);
    const copy = new Database(backup.file, { readonly: true });
    expect(unitCount(copy)).toBe(unitCount(fixture.db));
    copy.close();
    fixture.db.close();
  });

  it('keeps only the newest backups of a reason', async () => {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    const backupsDir = backupsDirIn(dir);
    const manual = await takeRotatingBackup(fixture.db, backupsDir, 'manual', new Date('2026-01-01T00:00:00.000Z'));

    for (let hour = 0; hour < backupsKept.scheduled + 3; hour += 1) {
      await takeRotatingBackup(fixture.db, backupsDir, 'scheduled', new Date(Date.UTC(2026, 0, 2, hour)));
    }
    const scheduled = listBackups(backupsDir).filter((backup) => backup.reason === 'scheduled');

    expect(scheduled).toHaveLength(backupsKept.scheduled);
    expect(scheduled[0]?.takenAt).toBe(new Date(Date.UTC(2026, 0, 2, backupsKept.scheduled + 2)).toISOString());
    expect(scheduled.at(-1)?.takenAt).toBe(new Date(Date.UTC(2026, 0, 2, 3)).toISOString());
    expect(existsSync(manual.file)).toBe(true);
    fixture.db.close();
  });

  it('leaves no file when the copy fails', async () => {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    // A file where the backups folder should be makes mkdir fail, as an unwritable folder would.
    writeFileSync(join(dir, 'backups'), 'not a folder');

    await expect(takeRotatingBackup(fixture.db, backupsDirIn(dir), 'manual')).rejects.toThrow();
    expect(listBackups(backupsDirIn(dir))).toEqual([]);
    fixture.db.close();
  });
});

describe('writeOnlineBackup', () => {
  it('copies a consistent snapshot while scans commit', async () => {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    const shipment = fixture.addShipment('SO-2', [{ productId: fixture.cameraId, quantity: 50 }]);
    const destination = join(dir, 'copy.sqlite');

    const copying = writeOnlineBackup(fixture.db, destination);
    for (let serial = 100; serial < 130; serial += 1) {
      fixture.scan(shipment, `SN000${serial}`);
    }
    await copying;

    const verified = verifyDatabaseFile(destination);
    expect(verified.ok).toBe(true);
    expect(existsSync(`${destination}.partial`)).toBe(false);
    fixture.db.close();
  });
});

describe('startBackupSchedule', () => {
  it('takes a backup on each run', async () => {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    const schedule = startBackupSchedule(fixture.db, backupsDirIn(dir), 60_000);

    await schedule.runNow();
    await schedule.stop();
    await schedule.runNow();

    expect(listBackups(backupsDirIn(dir)).map((backup) => backup.reason)).toEqual(['scheduled']);
    fixture.db.close();
  });

  it('logs a failed backup and keeps going', async () => {
    const dir = tempDir();
    const fixture = createPackingFixture(dir);
    writeFileSync(join(dir, 'backups'), 'not a folder');
    const schedule = startBackupSchedule(fixture.db, backupsDirIn(dir), 60_000);

    await expect(schedule.runNow()).resolves.toBeUndefined();
    await schedule.stop();
    fixture.db.close();
  });
});

describe('backup before migration', () => {
  function createVersionOneStore(dir: string): void {
    const db = new Database(databaseFileIn(dir));
    db.pragma('journal_mode = WAL');
    const first = migrations[0];
    if (first === undefined) {
      throw new Error('no migrations registered');
    }
    first.up(db);
    db.pragma(`user_version = ${first.version}`);
    db.close();
  }

  it('copies the old schema before migrating', () => {
    const dir = tempDir();
    createVersionOneStore(dir);

    const opened = openStore(databaseFileIn(dir));
    const backups = listBackups(backupsDirIn(dir));

    expect(opened.ok).toBe(true);
    expect(backups.map((backup) => backup.reason)).toEqual(['pre-migration']);
    const copy = new Database(backups[0]?.file ?? '', { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    if (opened.ok) opened.value.close();
  });

  it('migrates without a copy when asked to', () => {
    const dir = tempDir();
    createVersionOneStore(dir);

    const opened = openStore(databaseFileIn(dir), { backupBeforeMigration: false });

    expect(opened.ok ? opened.value.pragma('user_version', { simple: true }) : opened.error).toBe(latestSchemaVersion);
    expect(listBackups(backupsDirIn(dir))).toEqual([]);
    if (opened.ok) opened.value.close();
  });

  it('takes no backup of a new database', () => {
    const dir = tempDir();
    const opened = openStore(databaseFileIn(dir));

    expect(listBackups(backupsDirIn(dir))).toEqual([]);
    if (opened.ok) opened.value.close();
  });

  it('refuses to migrate without a backup', () => {
    const dir = tempDir();
    createVersionOneStore(dir);
    writeFileSync(join(dir, 'backups'), 'not a folder');

    const opened = openStore(databaseFileIn(dir));

    expect(opened.ok).toBe(false);
    const db = new Database(databaseFileIn(dir), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });
});

describe('listBackups', () => {
  it('ignores partial and foreign files', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'packtrace-20260105T080000000Z-scheduled.sqlite.partial'), '');
    writeFileSync(join(dir, 'backups', 'notes.txt'), '');

    expect(listBackups(backupsDirIn(dir))).toEqual([]);
  });
});
