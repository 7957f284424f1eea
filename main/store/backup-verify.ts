import Database from 'better-sqlite3';
import { err, ok, type Result } from '../core/result';
import { verifyEventChain } from './event-chain';
import { latestSchemaVersion } from './migrations';

export interface VerifiedDatabase {
  readonly schemaVersion: number;
  readonly eventCount: number;
  /** Hash of the newest event; compare it with a head hash kept elsewhere to spot a cut history. */
  readonly headHash: string;
}

export type DatabaseFileProblem =
  | { readonly code: 'backup-unreadable'; readonly file: string; readonly detail: string }
  | { readonly code: 'backup-corrupt'; readonly file: string; readonly detail: string }
  | { readonly code: 'backup-newer-than-app'; readonly file: string; readonly fileVersion: number; readonly appVersion: number }
  | { readonly code: 'backup-history-altered'; readonly file: string; readonly eventId: string; readonly kind: string };

/**
 * Checks that `file` is a Packtrace database this app can use: SQLite opens it, `PRAGMA
 * integrity_check` reports "ok", its schema is not newer than this build, and its event hash chain
 * is intact. Opens the file read-only and never changes it.
 */
export function verifyDatabaseFile(file: string, options: { readonly nativeBinding?: string } = {}): Result<VerifiedDatabase, DatabaseFileProblem> {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  } catch (error) {
    return err({ code: 'backup-unreadable', file, detail: (error as Error).message });
  }

  try {
    const integrity = db.pragma('integrity_check', { simple: false }) as ReadonlyArray<{ integrity_check: string }>;
    const messages = integrity.map((row) => row.integrity_check);
    if (messages.length !== 1 || messages[0] !== 'ok') {
      return err({ code: 'backup-corrupt', file, detail: messages.slice(0, 5).join('; ') });
    }

    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > latestSchemaVersion) {
      return err({ code: 'backup-newer-than-app', file, fileVersion: schemaVersion, appVersion: latestSchemaVersion });
    }

    const chain = verifyEventChain(db);
    if (!chain.ok) {
      return err({ code: 'backup-history-altered', file, eventId: chain.error.eventId, kind: chain.error.kind });
    }
    return ok({ schemaVersion, ...chain.value });
  } catch (error) {
    // SQLITE_NOTADB and SQLITE_CORRUPT surface on the first read, not on open.
    return err({ code: 'backup-corrupt', file, detail: (error as Error).message });
  } finally {
    db.close();
  }
}
