import { existsSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { databaseFileIn } from '../../../main/store/data-dir';
import { defaultCheckpointIdleMs } from '../../../main/store/checkpoint-scheduler';
import { openStation, type OpenedStation } from '../../../main/station/open-station';
import { useTempDir } from '../../support/temp-dir';

function openTestStation(dataDir: string): OpenedStation {
  const opened = openStation({ dataDir, transport: 'browser' });
  if (!opened.ok) {
    throw new Error(`openStation failed: ${JSON.stringify(opened.error)}`);
  }
  return opened.value;
}

/**
 * Writes about 1,300 WAL pages straight through the station's connection, more than the 1,000
 * frames (defaultMinWalFrames) that an idle checkpoint waits for.
 */
function writePages(station: OpenedStation): void {
  station.db.exec('CREATE TABLE IF NOT EXISTS scratch (payload TEXT NOT NULL)');
  const insert = station.db.prepare('INSERT INTO scratch (payload) VALUES (?)');
  station.db.transaction(() => {
    for (let index = 0; index < 5000; index += 1) {
      insert.run('x'.repeat(1024));
    }
  })();
}

describe('openStation checkpoints', () => {
  const tempDir = useTempDir();

  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns automatic checkpoints off', () => {
    const station = openTestStation(tempDir());

    expect(station.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    station.close();
  });

  it('checkpoints when services go idle', async () => {
    const dataDir = tempDir();
    const station = openTestStation(dataDir);
    const file = databaseFileIn(dataDir);
    const sizeBefore = statSync(file).size;
    writePages(station);

    await station.services['clients.list']({});
    const sizeBeforeGap = statSync(file).size;
    vi.advanceTimersByTime(defaultCheckpointIdleMs);

    expect(sizeBeforeGap).toBe(sizeBefore);
    expect(statSync(file).size).toBeGreaterThan(sizeBefore + 400 * 1024);
    station.close();
  });

  it('leaves no WAL after close', () => {
    const dataDir = tempDir();
    const station = openTestStation(dataDir);
    writePages(station);

    station.close();

    expect(existsSync(`${databaseFileIn(dataDir)}-wal`)).toBe(false);
  });
});
