import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsDirIn, listBackups, takeRotatingBackup } from '../../../main/store/backup';
import { databaseFileIn } from '../../../main/store/data-dir';
import { openStore } from '../../../main/store/database';
import { isDatabaseInUse, restoreDatabase } from '../../../main/store/restore';
import { runCliCaptured } from '../../support/cli';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { damageFile } from './damage-file';

const tempDir = useTempDir('packtrace-restore-');

function unitCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Creates a station folder with a backup taken after one packed unit, then packs a second unit. */
async function stationWithBackup(): Promise<{ dir: string; backup: string }> {
  const dir = tempDir();
  const fixture = createPackingFixture(dir);
  const shipment = fixture.addShipment('SO-1', [{ productId: fixture.cameraId, quantity: 2 }]);
  fixture.scan(shipment, 'SN000451');
  const backup = await takeRotatingBackup(fixture.db, backupsDirIn(dir), 'manual');
  fixture.scan(shipment, 'SN000452');
  fixture.db.close();
  return { dir, backup: backup.file };
}

describe('isDatabaseInUse', () => {
  it('sees a connection in this process', async () => {
    const dir = tempDir();
    const opened = openStore(databaseFileIn(dir));
    if (!opened.ok) throw new Error(opened.error.code);

    expect(isDatabaseInUse(databaseFileIn(dir))).toBe(true);
    opened.value.close();
    expect(isDatabaseInUse(databaseFileIn(dir))).toBe(false);
  });

  it('treats a missing file as unused', () => {
    expect(isDatabaseInUse(join(tempDir(), 'absent.sqlite'))).toBe(false);
  });
});

describe('restoreDatabase', () => {
  it('replaces the database and keeps the old one', async () => {
    const { dir, backup } = await stationWithBackup();
    const live = databaseFileIn(dir);
    expect(unitCount(live)).toBe(2);

    const restored = restoreDatabase(dir, backup, { now: new Date('2026-02-01T00:00:00.000Z') });

    expect(restored.ok).toBe(true);
    expect(unitCount(live)).toBe(1);
    const moved = restored.ok ? restored.value.previousMovedTo : null;
    expect(moved).toBe(join(backupsDirIn(dir), 'packtrace-20260201T000000000Z-pre-restore.sqlite'));
    expect(unitCount(moved ?? '')).toBe(2);
    expect(listBackups(backupsDirIn(dir)).map((entry) => entry.reason)).toContain('pre-restore');
  });

  it('replaces a damaged database', async () => {
    const { dir, backup } = await stationWithBackup();
    damageFile(databaseFileIn(dir), 0, 100);
    expect(openStore(databaseFileIn(dir))).toMatchObject({ ok: false, error: { code: 'store-corrupt' } });

    const restored = restoreDatabase(dir, backup);
    const reopened = openStore(databaseFileIn(dir));

    expect(restored.ok).toBe(true);
    expect(reopened.ok).toBe(true);
    if (reopened.ok) reopened.value.close();
    expect(unitCount(databaseFileIn(dir))).toBe(1);
  });

  it('refuses while a station has it open', async () => {
    const { dir, backup } = await stationWithBackup();
    const opened = openStore(databaseFileIn(dir));
    if (!opened.ok) throw new Error(opened.error.code);

    const restored = restoreDatabase(dir, backup);

    expect(restored.ok).toBe(false);
    expect(restored).toMatchObject({ ok: false, error: { code: 'store-in-use' } });
    expect((opened.value.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n).toBe(2);
    opened.value.close();
  });

  it('refuses a damaged backup', async () => {
    const { dir, backup } = await stationWithBackup();
    damageFile(backup, 4096 * 2, 4096 * 3);

    const restored = restoreDatabase(dir, backup);

    expect(restored).toMatchObject({ ok: false, error: { code: 'backup-corrupt' } });
    expect(unitCount(databaseFileIn(dir))).toBe(2);
  });

  it('refuses a file that is not a database', async () => {
    const { dir } = await stationWithBackup();
    const notDatabase = join(dir, 'labels.pdf');
    writeFileSync(notDatabase, '%PDF-1.7 not a database at all, just some bytes '.repeat(200));

    const restored = restoreDatabase(dir, notDatabase);

    expect(restored).toMatchObject({ ok: false, error: { code: 'backup-corrupt' } });
    expect(unitCount(databaseFileIn(dir))).toBe(2);
  });

  it('refuses a backup with altered history', async () => {
    const { dir, backup } = await stationWithBackup();
    const db = new Database(backup);
    db.exec('DROP TRIGGER events_no_update');
    db.prepare("UPDATE events SET payload = replace(payload, 'SN000451', 'SN999999') WHERE seq = (SELECT max(seq) FROM events)").run();
    db.close();

    const restored = restoreDatabase(dir, backup);

    expect(restored).toMatchObject({ ok: false, error: { code: 'backup-history-altered' } });
    expect(unitCount(databaseFileIn(dir))).toBe(2);
  });

  it('refuses a missing backup file', async () => {
    const { dir } = await stationWithBackup();
    const restored = restoreDatabase(dir, join(dir, 'nowhere.sqlite'));

    expect(restored).toMatchObject({ ok: false, error: { code: 'backup-unreadable' } });
  });
});

describe('backup and restore commands', () => {
  it('backs up to a named file', async () => {
    const { dir } = await stationWithBackup();
    const out = join(dir, 'copy.sqlite');

    const run = await runCliCaptured(['--data-dir', dir, 'backup', '--out', out]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Backup written: ${out}`);
    expect(unitCount(out)).toBe(2);
  });

  it('never overwrites a file', async () => {
    const { dir } = await stationWithBackup();
    const out = join(dir, 'existing.sqlite');
    writeFileSync(out, 'keep me');

    const run = await runCliCaptured(['--data-dir', dir, 'backup', '--out', out]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already exists');
    expect(statSync(out).size).toBe('keep me'.length);
  });

  it('backs up into the rotation by default', async () => {
    const { dir } = await stationWithBackup();

    const run = await runCliCaptured(['--data-dir', dir, 'backup']);

    expect(run.code).toBe(0);
    expect(listBackups(backupsDirIn(dir)).filter((entry) => entry.reason === 'manual')).toHaveLength(2);
  });

  it('restores a backup', async () => {
    const { dir, backup } = await stationWithBackup();

    const run = await runCliCaptured(['--data-dir', dir, 'restore', backup]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The replaced database was moved to');
    expect(unitCount(databaseFileIn(dir))).toBe(1);
  });

  it('explains a refused restore', async () => {
    const { dir, backup } = await stationWithBackup();
    const opened = openStore(databaseFileIn(dir));

    const run = await runCliCaptured(['--data-dir', dir, 'restore', backup]);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Stop every Packtrace station');
    if (opened.ok) opened.value.close();
  });

  it('rejects restore without a file', async () => {
    const run = await runCliCaptured(['--data-dir', tempDir(), 'restore']);
    expect(run.code).toBe(2);
  });

  it('keeps the backup file itself', async () => {
    const { dir, backup } = await stationWithBackup();
    await runCliCaptured(['--data-dir', dir, 'restore', backup]);
    expect(existsSync(backup)).toBe(true);
  });
});
