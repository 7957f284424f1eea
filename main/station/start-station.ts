import { join, resolve } from 'node:path';
import { resolveDataDir } from '../store/data-dir';
import type { StoreOpenError } from '../store/database';
import { listenStation } from './http-server';
import { openStation } from './open-station';
import { describeStoreSafetyProblemForConsole } from '../safety/console-text';

export interface StartStationOptions {
  /** Data folder; null or absent falls back to PACKTRACE_DATA_DIR, then the OS app-data folder. */
  readonly dataDir?: string | null;
  /** TCP port; 0 or absent lets the OS choose. */
  readonly port?: number;
  /** IPv4 address to listen on; 127.0.0.1 when absent. A LAN address needs pairing and sign-in. */
  readonly host?: string;
  /** Test hook: LAN mode while listening on 127.0.0.1 (see StationServerOptions.forceLanMode). */
  readonly forceLanMode?: boolean;
  /** Built renderer folder; defaults to out/renderer beside the built out/main/station.js. */
  readonly rendererDir?: string;
}

export interface StationHandle {
  /** Page URL: `http://127.0.0.1:<port>/?token=<token>` on loopback, without the token in LAN mode. */
  readonly url: string;
  readonly lanMode: boolean;
  /** The code browsers enter to pair in LAN mode; null on loopback. */
  readonly pairingCode: string | null;
  readonly port: number;
  readonly token: string;
  readonly dataDir: string;
  /** Stops the host, then closes the database. */
  close(): Promise<void>;
}

/** Raised by `startStation` when the station database cannot be opened. */
export class StationStartError extends Error {
  constructor(readonly failure: StoreOpenError) {
    super(
      failure.code === 'store-newer-than-app'
        ? `${failure.file} was written by a newer Packtrace (schema ${failure.fileVersion}, this app reads up to ${failure.appVersion}). Update Packtrace or use another --data-dir.`
        : failure.code === 'store-open-failed'
          ? `Opening ${failure.file} failed: ${failure.detail}. Check that the folder is writable or use another --data-dir.`
          : describeStoreSafetyProblemForConsole(failure),
    );
    this.name = 'StationStartError';
  }
}

function defaultRendererDir(): string {
  return join(__dirname, '..', 'renderer');
}

/**
 * Opens the station database and serves the renderer and the API on 127.0.0.1 or `host`.
 * Rejects with a StationStartError when the database cannot be opened. Rejects with the listen error (such as
 * EADDRINUSE) when the port is taken, after closing the database again.
 */
export async function startStation(options: StartStationOptions = {}): Promise<StationHandle> {
  const dataDir = resolve(resolveDataDir(options.dataDir ?? null));
  const opened = openStation({ dataDir, transport: 'browser' });
  if (!opened.ok) {
    throw new StationStartError(opened.error);
  }

  const station = opened.value;
  let server;
  try {
    server = await listenStation({
      createSessionServices: station.createSessionServices,
      rendererDir: options.rendererDir ?? defaultRendererDir(),
      port: options.port ?? 0,
      ...(options.host === undefined ? {} : { host: options.host }),
      ...(options.forceLanMode === undefined ? {} : { forceLanMode: options.forceLanMode }),
    });
  } catch (error) {
    await station.close();
    throw error;
  }

  let closing: Promise<void> | null = null;
  return {
    url: server.url,
    lanMode: server.lanMode,
    pairingCode: server.pairingCode,
    port: server.port,
    token: server.token,
    dataDir,
    close() {
      closing ??= server.close().then(() => station.close());
      return closing;
    },
  };
}
