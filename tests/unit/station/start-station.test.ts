import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store/database';
import { databaseFileIn } from '../../../main/store/data-dir';
import { StationStartError, startStation } from '../../../main/station/start-station';
import { useTempDir } from '../../support/temp-dir';
import { sendRaw } from './http-client';

describe('startStation', () => {
  const tempDir = useTempDir('packtrace-start-');

  function rendererDir(): string {
    const dir = join(tempDir(), 'renderer');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    return dir;
  }

  it('serves station.info from the real services', async () => {
    const dataDir = tempDir();
    const station = await startStation({ dataDir, rendererDir: rendererDir() });
    try {
      const response = await sendRaw(station.port, {
        method: 'POST',
        path: '/api/station.info',
        headers: { Host: `127.0.0.1:${station.port}`, 'Content-Type': 'application/json', 'x-packtrace-token': station.token },
        body: '{}',
      });

      expect(response.status).toBe(200);
      const result = JSON.parse(response.body);
      expect(result.ok).toBe(true);
      expect(result.value.transport).toBe('browser');
      expect(result.value.dataDir).toBe(dataDir);
      expect(result.value.canPrint).toBe(false);
    } finally {
      await station.close();
    }
  });

  it('closes the database on close', async () => {
    const dataDir = tempDir();
    const station = await startStation({ dataDir, rendererDir: rendererDir() });

    await station.close();
    await station.close();

    const reopened = openStore(databaseFileIn(dataDir));
    expect(reopened.ok).toBe(true);
    if (reopened.ok) reopened.value.close();
  });

  it('rejects a database from a newer app', async () => {
    const dataDir = tempDir();
    const created = openStore(databaseFileIn(dataDir));
    if (!created.ok) throw new Error('creating the store failed');
    created.value.pragma('user_version = 9999');
    created.value.close();

    await expect(startStation({ dataDir, rendererDir: rendererDir() })).rejects.toBeInstanceOf(StationStartError);
    await expect(startStation({ dataDir, rendererDir: rendererDir() })).rejects.toThrow(/newer Packtrace/);
  });

  it('rejects a port in use', async () => {
    const first = await startStation({ dataDir: tempDir(), rendererDir: rendererDir() });
    const dataDir = tempDir();
    try {
      await expect(startStation({ dataDir, port: first.port, rendererDir: rendererDir() })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
