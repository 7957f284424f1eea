import type Database from 'better-sqlite3';
import { maxReturnPhotoBytes } from '../../api/channels/return-evidence-channels';
import { createLogger } from '../../core/logger';
import { err, ok, type Result } from '../../core/result';
import type { Actor } from '../../packing/actor';
import { appendEvent } from '../../store/events';
import { prepared } from '../../store/statement-cache';
import { inWriteTransaction, nowIso } from '../../store/write-transaction';
import { type EvidenceWriteError, evidenceDir, removeEvidenceFile, writeEvidenceFile } from './evidence-files';
import { detectPhotoMediaType, isPhotoComplete, photoFileExtension, type PhotoMediaType } from './photo-media-type';

const log = createLogger('evidence');


export type PhotoSource = 'camera' | 'file';

/** A photo attached to a return, as recorded in `return_photos`. */
export interface ReturnPhoto {
  readonly photoId: number;
  readonly returnId: number;
  readonly returnUnitId: number | null;
  readonly unitId: number | null;
  readonly serial: string | null;
  readonly sha256: string;
  readonly mediaType: PhotoMediaType;
  readonly byteSize: number;
  readonly source: PhotoSource;
  readonly takenAt: string;
  readonly stationId: string;
  readonly operatorName: string | null;
}

export interface AttachPhotoRequest {
  readonly returnId: number;
  readonly returnUnitId: number | null;
  readonly source: PhotoSource;
  /** The type the sender declares; it must match the type the bytes show. */
  readonly mediaType: PhotoMediaType;
  readonly bytes: Uint8Array;
}

export type AttachPhotoError =
  | EvidenceWriteError
  | { readonly code: 'return-photo-empty' }
  | { readonly code: 'return-photo-too-large'; readonly byteSize: number; readonly maxBytes: number }
  | { readonly code: 'return-photo-type-unknown' }
  | { readonly code: 'return-photo-type-mismatch'; readonly declared: PhotoMediaType; readonly detected: PhotoMediaType }
  | { readonly code: 'return-photo-truncated'; readonly mediaType: PhotoMediaType }
  | { readonly code: 'return-not-found'; readonly returnId: number }
  | { readonly code: 'return-unit-not-on-return'; readonly returnUnitId: number; readonly returnId: number };

interface PhotoRow {
  id: number;
  return_id: number;
  return_unit_id: number | null;
  unit_id: number | null;
  serial: string | null;
  sha256: string;
  media_type: PhotoMediaType;
  byte_size: number;
  source: PhotoSource;
  taken_at: string;
  station_id: string;
  operator_name: string | null;
}

const photoSelect = `
  SELECT p.id, p.return_id, p.return_unit_id, p.unit_id, u.serial, p.sha256, p.media_type, p.byte_size, p.source,
         p.taken_at, p.station_id, o.name AS operator_name
    FROM return_photos p
    LEFT JOIN units u ON u.id = p.unit_id
    LEFT JOIN operators o ON o.id = p.operator_id`;

/**
 * Checks a photo and stores it as evidence of a return: the file under `<dataDir>/evidence`
 * named by its SHA-256, a `return_photos` row and a 'return-photo-attached' event carrying the
 * hash, all in one write transaction. A photo of a unit taken in on the return also names that
 * unit, so the unit's serial page finds it. Any rejection or write failure leaves no row, no
 * event and no file that was not there before.
 */
export function attachReturnPhoto(db: Database.Database, dataDir: string, actor: Actor, request: AttachPhotoRequest): Result<ReturnPhoto, AttachPhotoError> {
  const checked = checkPhotoBytes(request.bytes, request.mediaType);
  if (!checked.ok) {
    return checked;
  }

  let createdFile: string | null = null;
  try {
    const photoId = inWriteTransaction(db, (): Result<number, AttachPhotoError> => {
      const target = findPhotoTarget(db, request.returnId, request.returnUnitId);
      if (!target.ok) {
        return target;
      }
      const file = writeEvidenceFile(evidenceDir(dataDir), request.bytes, photoFileExtension(request.mediaType));
      if (!file.ok) {
        return file;
      }
      createdFile = file.value.created ? file.value.path : null;

      const takenAt = nowIso();
      const inserted = prepared<unknown[], { id: number }>(
        db,
        `INSERT INTO return_photos (return_id, return_unit_id, unit_id, sha256, media_type, byte_size, source, station_id, operator_id, taken_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ).get(request.returnId, request.returnUnitId, target.value.unitId, file.value.sha256, request.mediaType, request.bytes.length, request.source, actor.stationId, actor.operatorId, takenAt);
      if (inserted === undefined) {
        throw new Error(`return photo row of return ${request.returnId} was not inserted`);
      }
      appendEvent(db, {
        type: 'return-photo-attached',
        stationId: actor.stationId,
        operatorId: actor.operatorId,
        unitId: target.value.unitId,
        payload: {
          returnId: request.returnId,
          returnUnitId: request.returnUnitId,
          photoId: inserted.id,
          sha256: file.value.sha256,
          mediaType: request.mediaType,
          byteSize: request.bytes.length,
          source: request.source,
        },
      });
      return ok(inserted.id);
    });
    if (!photoId.ok) {
      removeCreatedFile(createdFile);
      return photoId;
    }

    log.info('return photo attached', { returnId: request.returnId, photoId: photoId.value, bytes: request.bytes.length });
    return ok(requirePhoto(db, photoId.value));
  } catch (error) {
    // The transaction rolled back, so a file written for it alone must go too.
    removeCreatedFile(createdFile);
    throw error;
  }
}

/** Lists the photos of a return, or of one unit over all its returns, oldest first. */
export function listReturnPhotos(db: Database.Database, by: { readonly returnId: number } | { readonly unitId: number }): ReadonlyArray<ReturnPhoto> {
  const rows =
    'returnId' in by
      ? prepared<[number], PhotoRow>(db, `${photoSelect} WHERE p.return_id = ? ORDER BY p.taken_at, p.id`).all(by.returnId)
      : prepared<[number], PhotoRow>(db, `${photoSelect} WHERE p.unit_id = ? ORDER BY p.taken_at, p.id`).all(by.unitId);
  return rows.map(toPhoto);
}

/** Returns the photo with `photoId`, or undefined when there is none. */
export function findReturnPhoto(db: Database.Database, photoId: number): ReturnPhoto | undefined {
  const row = prepared<[number], PhotoRow>(db, `${photoSelect} WHERE p.id = ?`).get(photoId);
  return row === undefined ? undefined : toPhoto(row);
}

function checkPhotoBytes(bytes: Uint8Array, declared: PhotoMediaType): Result<void, AttachPhotoError> {
  if (bytes.length === 0) {
    return err({ code: 'return-photo-empty' });
  }
  if (bytes.length > maxReturnPhotoBytes) {
    return err({ code: 'return-photo-too-large', byteSize: bytes.length, maxBytes: maxReturnPhotoBytes });
  }
  const detected = detectPhotoMediaType(bytes);
  if (detected === null) {
    return err({ code: 'return-photo-type-unknown' });
  }
  if (detected !== declared) {
    return err({ code: 'return-photo-type-mismatch', declared, detected });
  }
  if (!isPhotoComplete(bytes, detected)) {
    return err({ code: 'return-photo-truncated', mediaType: detected });
  }
  return ok(undefined);
}

function findPhotoTarget(db: Database.Database, returnId: number, returnUnitId: number | null): Result<{ readonly unitId: number | null }, AttachPhotoError> {
  const found = prepared<[number], { id: number }>(db, 'SELECT id FROM returns WHERE id = ?').get(returnId);
  if (found === undefined) {
    return err({ code: 'return-not-found', returnId });
  }
  if (returnUnitId === null) {
    return ok({ unitId: null });
  }

  const returnUnit = prepared<[number, number], { unit_id: number }>(db, 'SELECT unit_id FROM return_units WHERE id = ? AND return_id = ?').get(returnUnitId, returnId);
  if (returnUnit === undefined) {
    return err({ code: 'return-unit-not-on-return', returnUnitId, returnId });
  }
  return ok({ unitId: returnUnit.unit_id });
}

function removeCreatedFile(path: string | null): void {
  if (path !== null) {
    removeEvidenceFile(path);
  }
}

function requirePhoto(db: Database.Database, photoId: number): ReturnPhoto {
  const photo = findReturnPhoto(db, photoId);
  if (photo === undefined) {
    throw new Error(`return photo ${photoId} is missing right after its insert`);
  }
  return photo;
}

function toPhoto(row: PhotoRow): ReturnPhoto {
  return {
    photoId: row.id,
    returnId: row.return_id,
    returnUnitId: row.return_unit_id,
    unitId: row.unit_id,
    serial: row.serial,
    sha256: row.sha256,
    mediaType: row.media_type,
    byteSize: row.byte_size,
    source: row.source,
    takenAt: row.taken_at,
    stationId: row.station_id,
    operatorName: row.operator_name,
  };
}
