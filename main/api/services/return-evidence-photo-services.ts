import { createLogger } from '../../core/logger';
import { err, ok } from '../../core/result';
import { readReturnPhoto } from '../../returns/evidence/read-return-photo';
import { attachReturnPhoto, listReturnPhotos } from '../../returns/evidence/return-photos';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { returnEvidenceError } from './return-evidence-errors';
import { requireActor, type StationSession } from './service-support';

const log = createLogger('evidence');

// Strict base64: Buffer.from would skip stray characters and store bytes the camera never sent.
const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Builds the handlers of returns.attachPhoto, returns.photos and returns.photo. */
export function createReturnPhotoServices(context: StationContext, session: StationSession): Pick<Services, 'returns.attachPhoto' | 'returns.photos' | 'returns.photo'> {
  return {
    'returns.attachPhoto': (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }
      if (!base64Pattern.test(request.dataBase64)) {
        log.info('return photo rejected', { returnId: request.returnId, code: 'return-photo-data-invalid' });
        return err(returnEvidenceError({ code: 'return-photo-data-invalid' }));
      }

      const bytes = Buffer.from(request.dataBase64, 'base64');
      const attached = attachReturnPhoto(context.db, context.dataDir, actor.value, {
        returnId: request.returnId,
        returnUnitId: request.returnUnitId,
        source: request.source,
        mediaType: request.mediaType,
        bytes,
      });
      if (!attached.ok) {
        log.info('return photo rejected', { returnId: request.returnId, code: attached.error.code });
        return err(returnEvidenceError(attached.error));
      }
      return ok(attached.value);
    },

    'returns.photos': (request) => ok({ photos: [...listReturnPhotos(context.db, request)] }),

    'returns.photo': (request) => {
      const read = readReturnPhoto(context.db, context.dataDir, request.photoId);
      if (!read.ok) {
        return err(returnEvidenceError(read.error));
      }
      return ok({ photo: read.value.photo, dataBase64: read.value.bytes.toString('base64') });
    },
  };
}
