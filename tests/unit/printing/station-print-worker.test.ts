import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPrintJob } from '../../../main/printing/print-jobs';
import { startStationPrintWorker } from '../../../main/printing/station-print-worker';
import { useTempDir } from '../../support/temp-dir';
import { openTestStore } from '../../support/test-store';
import { queue, saveProfile, stationId, zplLabel } from './print-support';

describe('startStationPrintWorker', () => {
  const tempDir = useTempDir();

  it('writes queued jobs to the folder', async () => {
    const db = openTestStore(tempDir());
    const folder = join(tempDir(), 'hot-folder');
    saveProfile(db, 'pdf-folder', folder);
    const label = zplLabel('folder-1', 'folder');
    const worker = startStationPrintWorker(db, stationId);

    const job = queue(db, label);
    const deadline = Date.now() + 5_000;
    while (getPrintJob(db, job.id)?.status !== 'sent' && Date.now() < deadline) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
    await worker.stop();

    const path = join(folder, `${job.id}-Label-folder-1.zpl`);
    expect(getPrintJob(db, job.id)?.spoolerJobId).toBe(path);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path).equals(label.payload)).toBe(true);
    db.close();
  });
});
