import type Database from 'better-sqlite3';
import { prepared } from '../../store/statement-cache';
import { evidenceDir, readEvidenceFile } from './evidence-files';
import { photoFileExtension, type PhotoMediaType } from './photo-media-type';

/** A stored photo file that no longer matches its record, with the photos that point at it. */
export interface EvidenceProblem {
  readonly code: 'evidence-file-missing' | 'evidence-file-changed';
  readonly path: string;
  readonly sha256: string;
  /** Present for a changed file: the hash of the bytes now on disk. */
  readonly actualSha256: string | null;
  readonly photoIds: ReadonlyArray<number>;
}

export interface EvidenceCheck {
  /** Distinct files checked; photos of the same bytes share one file. */
  readonly files: number;
  readonly photos: number;
  readonly problems: ReadonlyArray<EvidenceProblem>;
}

/**
 * Checks every photo file recorded in `return_photos` against its SHA-256, for an audit of the
 * evidence folder. Each file is read once, however many photos share it. Writes nothing.
 */
export function verifyEvidenceFiles(db: Database.Database, dataDir: string): EvidenceCheck {
  const rows = prepared<[], { sha256: string; media_type: PhotoMediaType; photo_ids: string }>(
    db,
    `SELECT sha256, media_type, group_concat(id) AS photo_ids FROM return_photos GROUP BY sha256, media_type ORDER BY min(id)`,
  ).all();

  const problems: EvidenceProblem[] = [];
  let photos = 0;
  for (const row of rows) {
    // group_concat has no guaranteed order, so the ids are sorted here.
    const photoIds = row.photo_ids.split(',').map(Number).sort((a, b) => a - b);
    photos += photoIds.length;
    const read = readEvidenceFile(evidenceDir(dataDir), row.sha256, photoFileExtension(row.media_type));
    if (!read.ok) {
      const actualSha256 = read.error.code === 'evidence-file-changed' ? read.error.actualSha256 : null;
      problems.push({ code: read.error.code, path: read.error.path, sha256: row.sha256, actualSha256, photoIds });
    }
  }
  return { files: rows.length, photos, problems };
}
