import type { ServiceError } from '../api/contract';

/**
 * Converts an error thrown by the store into the service error the screens show, or returns
 * null for any other error (a bug). better-sqlite3 rolls the transaction back before the error
 * reaches a service's caller, so each of these means "nothing of this request was saved".
 * SQLite's result codes: SQLITE_FULL (disk or max_page_count full), SQLITE_IOERR_* (a failed
 * read, write or fsync), SQLITE_READONLY_*, SQLITE_CORRUPT_* and SQLITE_NOTADB; Node's ENOSPC
 * covers files written beside the database, such as label PDFs.
 */
export function serviceErrorOfStoreFailure(error: unknown): ServiceError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') {
    return null;
  }

  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return { code: 'disk-full', message: { key: 'safety:errors.diskFull', params: {} } };
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return { code: 'storage-failed', message: { key: 'safety:errors.storageFailed', params: { code } } };
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return { code: 'store-read-only', message: { key: 'safety:errors.readOnly', params: { code } } };
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return { code: 'store-corrupt', message: { key: 'safety:errors.corrupt', params: { code } } };
  }
  return null;
}
