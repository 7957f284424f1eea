import { createHash, randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../../core/logger';
import { err, ok, type Result } from '../../core/result';

const log = createLogger('evidence');

/** Folder of the evidence files inside a station's data folder. */
export function evidenceDir(dataDir: string): string {
  return join(dataDir, 'evidence');
}

/** Lower-case hex SHA-256 of `bytes`. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Path of the evidence file with content hash `sha256`; the name is the hash, so equal bytes share one file. */
export function evidenceFilePath(dir: string, sha256: string, extension: string): string {
  return join(dir, `${sha256}.${extension}`);
}

export interface StoredEvidenceFile {
  readonly sha256: string;
  readonly path: string;
  /** False when a file with the same bytes was already there and was kept. */
  readonly created: boolean;
}

export type EvidenceWriteError = { readonly code: 'evidence-write-failed'; readonly path: string; readonly detail: string };

/**
 * Stores `bytes` as `<dir>/<sha256>.<extension>`. The bytes go to a temporary file in the same
 * folder, which is flushed to disk (fsync) and then renamed over the final name, so the final
 * name only ever contains a complete file. A file that already contains the same bytes is kept and
 * nothing is written. A failure (full disk, read-only folder) removes the temporary file.
 */
export function writeEvidenceFile(dir: string, bytes: Uint8Array, extension: string): Result<StoredEvidenceFile, EvidenceWriteError> {
  const sha256 = sha256Hex(bytes);
  const path = evidenceFilePath(dir, sha256, extension);
  if (existsSync(path) && fileHashMatches(path, sha256)) {
    return ok({ sha256, path, created: false });
  }

  const temporaryPath = join(dir, `.${sha256}.${randomUUID()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFlushed(temporaryPath, bytes);
    renameSync(temporaryPath, path);
    flushFolder(dir);
  } catch (error) {
    removeQuietly(temporaryPath);
    const detail = error instanceof Error ? error.message : String(error);
    log.error('evidence file not written', { path, bytes: bytes.length, detail });
    return err({ code: 'evidence-write-failed', path, detail });
  }
  return ok({ sha256, path, created: true });
}

export type EvidenceReadError =
  | { readonly code: 'evidence-file-missing'; readonly path: string }
  | { readonly code: 'evidence-file-changed'; readonly path: string; readonly expectedSha256: string; readonly actualSha256: string };

/**
 * Reads the evidence file of `sha256` and checks that its bytes still hash to `sha256`. A file
 * edited, truncated or replaced after it was stored is `evidence-file-changed` with both hashes.
 */
export function readEvidenceFile(dir: string, sha256: string, extension: string): Result<Buffer, EvidenceReadError> {
  const path = evidenceFilePath(dir, sha256, extension);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return err({ code: 'evidence-file-missing', path });
    }
    throw error;
  }

  const actualSha256 = sha256Hex(bytes);
  if (actualSha256 !== sha256) {
    log.error('evidence file changed since it was stored', { path, expectedSha256: sha256, actualSha256 });
    return err({ code: 'evidence-file-changed', path, expectedSha256: sha256, actualSha256 });
  }
  return ok(bytes);
}

/** Removes an evidence file this process just created, when the record of it could not be committed. */
export function removeEvidenceFile(path: string): void {
  removeQuietly(path);
}

function fileHashMatches(path: string, sha256: string): boolean {
  const matches = sha256Hex(readFileSync(path)) === sha256;
  if (!matches) {
    log.warn('evidence file with a wrong hash is replaced', { path });
  }
  return matches;
}

function writeFlushed(path: string, bytes: Uint8Array): void {
  const descriptor = openSync(path, 'wx');
  try {
    let written = 0;
    while (written < bytes.length) {
      written += writeSync(descriptor, bytes, written, bytes.length - written);
    }
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

// The rename is durable only once the folder's entry is flushed too. Windows cannot open a
// folder for fsync, so there the rename is left to the file system's own ordering.
function flushFolder(dir: string): void {
  if (process.platform === 'win32') {
    return;
  }
  const descriptor = openSync(dir, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      log.warn('evidence file could not be removed', { path, detail: String(error) });
    }
  }
}
