import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { version as packageVersion } from '../../package.json';
import { createServices } from '../api/create-services';
import { createStationSession, type StationSession } from '../api/services/service-support';
import type { ServiceHandler, Services } from '../api/services';
import type { StationContext } from '../api/station-context';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import type { PrintDriver } from '../printing/print-driver';
import type { PrinterDriverKind } from '../printing/printer-profiles';
import { startStationPrintWorker } from '../printing/station-print-worker';
import { backupsDirIn } from '../store/backup';
import { startBackupSchedule } from '../store/backup-schedule';
import { createCheckpointScheduler } from '../store/checkpoint-scheduler';
import { databaseFileIn } from '../store/data-dir';
import { openStore, type StoreOpenError } from '../store/database';
import { ensureStation } from '../store/station';

const log = createLogger('station');

/** The version in package.json, built into the bundle. */
export const appVersion: string = packageVersion;

export interface OpenStationOptions {
  /** Resolved data folder; the database and the labels folder live inside it. */
  readonly dataDir: string;
  readonly transport: StationContext['transport'];
  /** better_sqlite3.node built for the running runtime; the Electron shell passes its own build. */
  readonly nativeBinding?: string;
  readonly printCartonLabel?: StationContext['printCartonLabel'];
  /** Print drivers beyond the Node ones (PDF folder, CUPS, raw TCP), such as the shell's `electron` driver. */
  readonly extraPrintDrivers?: Partial<Record<PrinterDriverKind, PrintDriver>>;
}

export interface OpenedStation {
  /** The services of the station's one session, for a transport with a single window (Electron). */
  readonly services: Services;
  /** Builds the services of one more session, for a transport with many clients (the browser station). */
  readonly createSessionServices: (session: StationSession) => Services;
  readonly db: Database.Database;
  readonly stationId: string;
  readonly dataDir: string;
  readonly labelsDir: string;
  /**
   * Stops the print worker (waiting for the job being sent), runs a last WAL checkpoint and closes
   * the database. The services must not be called afterwards. Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/**
 * Opens the station's database in `dataDir` (migrating it), makes sure the station row exists,
 * and builds the services both transports call. WAL checkpoints run when the station is idle
 * (see createCheckpointScheduler), never inside a scan's commit. Starts the station's print
 * worker, which sends queued print jobs until `close`. Fails without side effects beyond creating
 * the folder when the store cannot be opened.
 */
export function openStation(options: OpenStationOptions): Result<OpenedStation, StoreOpenError> {
  const opened = openStore(databaseFileIn(options.dataDir), { nativeBinding: options.nativeBinding });
  if (!opened.ok) {
    log.error('store open failed', { dataDir: options.dataDir, code: opened.error.code });
    return err(opened.error);
  }

  const db = opened.value;
  const station = ensureStation(db);
  const labelsDir = join(options.dataDir, 'labels');
  const context: StationContext = {
    db,
    stationId: station.id,
    dataDir: options.dataDir,
    labelsDir,
    transport: options.transport,
    appVersion,
    ...(options.printCartonLabel === undefined ? {} : { printCartonLabel: options.printCartonLabel }),
  };
  const checkpoints = createCheckpointScheduler(db);
  const backups = startBackupSchedule(db, backupsDirIn(options.dataDir));
  const createSessionServices = (session: StationSession): Services => withActivityNotice(createServices(context, session), checkpoints.noteActivity);
  const services = createSessionServices(createStationSession());
  const printWorker = startStationPrintWorker(db, station.id, options.extraPrintDrivers);
  log.info('station opened', { stationId: station.id, dataDir: options.dataDir, transport: options.transport });

  let closing: Promise<void> | undefined;
  return ok({
    services,
    createSessionServices,
    db,
    stationId: station.id,
    dataDir: options.dataDir,
    labelsDir,
    close: () => {
      // The worker records the outcome of its last job in the store, so it stops before the database closes.
      closing ??= printWorker.stop().then(() => {
        if (db.open) {
          // Closing the connection aborts a backup in progress; its partial file is removed.
          void backups.stop();
          checkpoints.stop();
          db.close();
        }
      });
      return closing;
    },
  });
}

/** Wraps every handler so that `notice` runs after the call ends, whether it succeeded, failed or threw. */
function withActivityNotice(services: Services, notice: () => void): Services {
  const wrapped: Record<string, ServiceHandler<never>> = {};
  for (const [channel, handler] of Object.entries(services) as Array<[string, ServiceHandler<never>]>) {
    wrapped[channel] = (request) => {
      let reply;
      try {
        reply = handler(request);
      } catch (error) {
        notice();
        throw error;
      }
      if (reply instanceof Promise) {
        return reply.finally(notice);
      }
      notice();
      return reply;
    };
  }
  return wrapped as unknown as Services;
}
