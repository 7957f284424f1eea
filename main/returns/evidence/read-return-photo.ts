import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../../core/result';
import { type EvidenceReadError, evidenceDir, readEvidenceFile } from './evidence-files';
import { photoFileExtension } from './photo-media-type';
import { findReturnPhoto, type ReturnPhoto } from './return-photos';

export type ReadPhotoError = EvidenceReadError | { readonly code: 'return-photo-not-found'; readonly photoId: number };

/**
 * Reads a stored photo for display. The bytes are returned only when they still hash to the
 * SHA-256 recorded when the photo was attached. A missing file is `evidence-file-missing`, and
 * a file changed since then is `evidence-file-changed` with both hashes.
 */
export function readReturnPhoto(db: Database.Database, dataDir: string, photoId: number): Result<{ readonly photo: ReturnPhoto; readonly bytes: Buffer }, ReadPhotoError> {
  const photo = findReturnPhoto(db, photoId);
  if (photo === undefined) {
    return err({ code: 'return-photo-not-found', photoId });
  }

  const bytes = readEvidenceFile(evidenceDir(dataDir), photo.sha256, photoFileExtension(photo.mediaType));
  if (!bytes.ok) {
    return bytes;
  }
  return ok({ photo, bytes: bytes.value });
}
