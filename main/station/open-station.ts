import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { version as packageVersion } from '../../package.json';
import { createServices } from '../api/create-services';
import { createStationSession, type StationSession } from '../api/services/service-support';
import type { ServiceHandler, Services } from '../api/services';
import type { StationContext } from '../api/station-context';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
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
  /** Runs a last WAL checkpoint and closes the database; the services must not be called afterwards. */
  close(): void;
}

/**
 * Opens the station's database in `dataDir` (migrating it), makes sure the station row exists,
 * and builds the services both transports call. WAL checkpoints run when the station is idle
 * (see createCheckpointScheduler), never inside a scan's commit. Fails without side effects
 * beyond creating the folder when the store cannot be opened.
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
  log.info('station opened', { stationId: station.id, dataDir: options.dataDir, transport: options.transport });

  return ok({
    services,
    createSessionServices,
    db,
    stationId: station.id,
    dataDir: options.dataDir,
    labelsDir,
    close: () => {
      if (db.open) {
        // Closing the connection aborts a backup in progress; its partial file is removed.
        void backups.stop();
        checkpoints.stop();
        db.close();
      }
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
