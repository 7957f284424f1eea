import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { databaseFileIn } from '../../../main/store/data-dir';
import { defaultCheckpointIdleMs } from '../../../main/store/checkpoint-scheduler';
import { openStation, type OpenedStation } from '../../../main/station/open-station';
import { getPrintJob } from '../../../main/printing/print-jobs';
import { queueLabel } from '../../../main/printing/print-queue';
import { savePrinterProfile } from '../../../main/printing/printer-profiles';
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

  it('turns automatic checkpoints off', async () => {
    const station = openTestStation(tempDir());

    expect(station.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await station.close();
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
    await station.close();
  });

  it('leaves no WAL after close', async () => {
    const dataDir = tempDir();
    const station = openTestStation(dataDir);
    writePages(station);

    await station.close();

    expect(existsSync(`${databaseFileIn(dataDir)}-wal`)).toBe(false);
  });
});

describe('openStation print worker', () => {
  const tempDir = useTempDir();

  it('sends queued jobs until close', async () => {
    const dataDir = tempDir();
    const station = openTestStation(dataDir);
    const folder = join(dataDir, 'hot-folder');
    savePrinterProfile(station.db, {
      stationId: station.stationId,
      labelKind: 'carton',
      printerName: 'Folder',
      driver: 'pdf-folder',
      target: folder,
      format: 'zpl',
      mediaWidthMm: 101.6,
      mediaHeightMm: 152.4,
      dpi: 203,
    });
    const payload = Buffer.from('^XA^FO20,20^A0N,40,40^FDopen-station^FS^XZ\n', 'ascii');
    const queued = queueLabel(station.db, {
      requestKey: 'open-station-1',
      stationId: station.stationId,
      operatorId: null,
      labelKind: 'carton',
      title: 'open-station',
      format: 'zpl',
      widthMm: 101.6,
      heightMm: 152.4,
      dpi: 203,
      payload,
    });
    if (!queued.ok) throw new Error(JSON.stringify(queued.error));

    const deadline = Date.now() + 5_000;
    while (getPrintJob(station.db, queued.value.id)?.status !== 'sent' && Date.now() < deadline) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 20));
    }
    const status = getPrintJob(station.db, queued.value.id)?.status;
    await station.close();

    expect(status).toBe('sent');
    expect(readFileSync(join(folder, `${queued.value.id}-open-station.zpl`)).equals(payload)).toBe(true);
    expect(station.db.open).toBe(false);
  });

  it('returns one promise from repeated close', async () => {
    const station = openTestStation(tempDir());

    const first = station.close();
    const second = station.close();
    await first;

    expect(second).toBe(first);
    expect(station.db.open).toBe(false);
  });
});
