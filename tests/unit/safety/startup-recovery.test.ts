import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../main/core/translator';
import { describeStoreSafetyProblemForConsole } from '../../../main/safety/console-text';
import { chooseNewestGoodBackup, planStartupDialog, type StoreSafetyError } from '../../../main/safety/startup-recovery';
import { describeStoreOpenFailure } from '../../../main/shell/startup-error';
import { StationStartError, startStation } from '../../../main/station/start-station';
import { backupsDirIn, takeRotatingBackup, type BackupFile } from '../../../main/store/backup';
import { databaseFileIn } from '../../../main/store/data-dir';
import { openStore } from '../../../main/store/database';
import { runCliCaptured } from '../../support/cli';
import { createPackingFixture } from '../../support/packing-fixture';
import { useTempDir } from '../../support/temp-dir';
import { damageFile } from './damage-file';

const tempDir = useTempDir('packtrace-corrupt-');
const t = createTranslator('en');

/** Creates a station folder, optionally with a good backup, and overwrites b-tree pages of its database. */
async function corruptStation(options: { readonly withBackup: boolean }): Promise<string> {
  const dir = tempDir();
  const fixture = createPackingFixture(dir);
  const shipment = fixture.addShipment('SO-1', [{ productId: fixture.cameraId, quantity: 40 }]);
  for (let serial = 100; serial < 140; serial += 1) {
    fixture.scan(shipment, `SN000${serial}`);
  }
  if (options.withBackup) {
    await takeRotatingBackup(fixture.db, backupsDirIn(dir), 'scheduled', new Date('2026-01-05T08:00:00.000Z'));
  }
  fixture.db.close();
  const size = statSync(databaseFileIn(dir)).size;
  damageFile(databaseFileIn(dir), Math.floor(size / 2), 4096 * 4);
  return dir;
}

function backup(takenAt: string): BackupFile {
  return { file: `/data/backups/${takenAt}.sqlite`, reason: 'scheduled', takenAt, bytes: 1 };
}

describe('openStore on a damaged file', () => {
  it('reports damaged pages as corrupt', async () => {
    const dir = await corruptStation({ withBackup: false });
    const opened = openStore(databaseFileIn(dir));

    expect(opened).toMatchObject({ ok: false, error: { code: 'store-corrupt' } });
  });

  it('reports a damaged header as corrupt', async () => {
    const dir = await corruptStation({ withBackup: false });
    damageFile(databaseFileIn(dir), 0, 100);
    const opened = openStore(databaseFileIn(dir));

    expect(opened).toMatchObject({ ok: false, error: { code: 'store-corrupt' } });
  });
});

describe('chooseNewestGoodBackup', () => {
  it('skips a newer bad backup', () => {
    const backups = [backup('2026-01-01T00:00:00.000Z'), backup('2026-01-03T00:00:00.000Z'), backup('2026-01-02T00:00:00.000Z')];
    const chosen = chooseNewestGoodBackup(backups, (candidate) => candidate.takenAt !== '2026-01-03T00:00:00.000Z');

    expect(chosen?.takenAt).toBe('2026-01-02T00:00:00.000Z');
  });

  it('returns null when none is good', () => {
    expect(chooseNewestGoodBackup([backup('2026-01-01T00:00:00.000Z')], () => false)).toBeNull();
    expect(chooseNewestGoodBackup([], () => true)).toBeNull();
  });
});

describe('planStartupDialog', () => {
  const corrupt: StoreSafetyError = { code: 'store-corrupt', file: '/data/packtrace.sqlite', detail: 'database disk image is malformed' };

  it('offers the newest good backup', () => {
    const plan = planStartupDialog(corrupt, backup('2026-01-02T00:00:00.000Z'), t);

    expect(plan.buttons).toEqual(['Restore the backup', 'Quit']);
    expect(plan.restoreButton).toBe(0);
    expect(plan.restoreBackup?.takenAt).toBe('2026-01-02T00:00:00.000Z');
    expect(plan.detail).toContain('database disk image is malformed');
    expect(plan.detail).toContain('2026-01-02T00:00:00.000Z');
  });

  it('offers only quit without a backup', () => {
    const plan = planStartupDialog(corrupt, null, t);

    expect(plan.buttons).toEqual(['Quit']);
    expect(plan.restoreButton).toBeNull();
    expect(plan.detail).toContain('No good backup was found in /data/backups');
  });

  it('offers no restore for an unsafe folder', () => {
    const unsafe: StoreSafetyError = {
      code: 'store-location-unsafe',
      file: '/mnt/nfs/packtrace.sqlite',
      risk: { code: 'network-filesystem', fsType: 'nfs4', mountPoint: '/mnt/nfs' },
    };
    const plan = planStartupDialog(unsafe, backup('2026-01-02T00:00:00.000Z'), t);

    expect(plan.restoreButton).toBeNull();
    expect(plan.detail).toContain('nfs4 mounted at /mnt/nfs');
    expect(plan.detail).toContain('PACKTRACE_ALLOW_UNSAFE_DATA_DIR=1');
  });

  it('translates the dialog', () => {
    const plan = planStartupDialog(corrupt, backup('2026-01-02T00:00:00.000Z'), createTranslator('de'));
    expect(plan.buttons).toEqual(['Sicherung wiederherstellen', 'Beenden']);
  });
});

describe('start-up with a corrupt database', () => {
  it('prints the restore command in the browser station', async () => {
    const dir = await corruptStation({ withBackup: true });
    const failure = await startStation({ dataDir: dir, port: 0, rendererDir: dir }).then(
      () => null,
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(StationStartError);
    const message = (failure as Error).message;
    expect(message).toContain('The station database is damaged');
    expect(message).toContain(`packtrace --data-dir "${dir}" restore "${join(dir, 'backups', 'packtrace-20260105T080000000Z-scheduled.sqlite')}"`);
  });

  it('says when no backup exists', async () => {
    const dir = await corruptStation({ withBackup: false });
    const opened = openStore(databaseFileIn(dir));
    if (opened.ok || opened.error.code !== 'store-corrupt') throw new Error('expected a corrupt store');

    expect(describeStoreSafetyProblemForConsole(opened.error)).toContain('No good backup was found');
  });

  it('stops a command with the explanation', async () => {
    const dir = await corruptStation({ withBackup: true });
    const run = await runCliCaptured(['--data-dir', dir, 'verify-history']);

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('restore');
  });

  it('names the problem in the desktop dialog', () => {
    const dialog = describeStoreOpenFailure({ code: 'store-corrupt', file: '/data/packtrace.sqlite', detail: 'malformed' }, '/data');
    expect(dialog.title).toBe('The station database is damaged');
  });
});
