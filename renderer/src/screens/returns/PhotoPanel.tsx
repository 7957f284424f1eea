import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, RequestOf, ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { callChannel, fileAsBase64 } from '../../state/returns-calls';
import { useCamera } from './camera';
import { PhotoThumbnail } from './PhotoThumbnail';

type ReturnPhoto = ResponseOf<'returns.photos'>['photos'][number];
type PhotoMediaType = RequestOf<'returns.attachPhoto'>['mediaType'];

const uploadTypes: ReadonlyArray<PhotoMediaType> = ['image/jpeg', 'image/png', 'image/webp'];

function isUploadType(type: string): type is PhotoMediaType {
  return (uploadTypes as ReadonlyArray<string>).includes(type);
}

/**
 * Attaches evidence photos to the return on the desk, and to `returnUnitId` when a unit is on it.
 * A photo comes from the webcam, which starts when this panel opens and stops when it closes, or
 * from a JPEG, PNG or WebP file. Without a camera the file upload still works.
 */
export function PhotoPanel({ returnId, returnUnitId }: { readonly returnId: number; readonly returnUnitId: number | null }) {
  const { t } = useTranslation('returns-desk');
  const video = useRef<HTMLVideoElement | null>(null);
  const camera = useCamera(video);
  const [photos, setPhotos] = useState<ReadonlyArray<ReturnPhoto>>([]);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (): Promise<void> => {
    const result = await callChannel('returns.photos', { returnId });
    if (result.ok) {
      setPhotos(result.value.photos);
    } else {
      setProblem(result.message);
    }
  }, [returnId]);

  useEffect(() => {
    void load();
  }, [load]);

  const { start } = camera;
  useEffect(() => {
    void start();
  }, [start]);

  const attach = async (blob: Blob, mediaType: PhotoMediaType, source: 'camera' | 'file'): Promise<void> => {
    setBusy(true);
    setProblem(null);
    setLocalProblem(null);
    const result = await callChannel('returns.attachPhoto', { returnId, returnUnitId, source, mediaType, dataBase64: await fileAsBase64(blob) });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    await load();
  };

  const takePicture = async (): Promise<void> => {
    const blob = await camera.capture();
    if (blob === null) {
      setLocalProblem(t('photos.noFrame'));
      return;
    }
    await attach(blob, 'image/jpeg', 'camera');
  };

  return (
    <section className="panel photo-panel" data-testid="photo-panel">
      <h2>{t('photos.title')}</h2>
      <div className="camera">
        <video ref={video} className="camera-view" data-testid="camera-view" muted playsInline hidden={camera.state.status !== 'on'} />
        {camera.state.status === 'starting' && <p className="hint">{t('photos.cameraStarting')}</p>}
        {camera.state.status === 'unavailable' && (
          <p className="notice" role="status" data-testid="camera-unavailable" data-problem={camera.state.problem}>
            {t(`photos.cameraProblem.${camera.state.problem}`)} {t('photos.uploadInstead')}
          </p>
        )}
        <div className="button-row">
          {camera.state.status === 'on' ? (
            <>
              <button type="button" className="primary" data-testid="camera-capture" disabled={busy} onClick={() => void takePicture()}>
                {t('photos.capture')}
              </button>
              <button type="button" data-testid="camera-stop" onClick={camera.stop}>
                {t('photos.stopCamera')}
              </button>
            </>
          ) : (
            <button type="button" data-testid="camera-start" disabled={camera.state.status === 'starting'} onClick={() => void camera.start()}>
              {t('photos.startCamera')}
            </button>
          )}
        </div>
      </div>
      <label className="file-choice">
        <span>{t('photos.upload')}</span>
        <input
          type="file"
          accept={uploadTypes.join(',')}
          data-testid="photo-upload"
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            input.value = '';
            if (file === undefined) {
              return;
            }
            if (!isUploadType(file.type)) {
              setLocalProblem(t('photos.wrongType', { name: file.name }));
              return;
            }
            void attach(file, file.type, 'file');
          }}
        />
      </label>
      {localProblem !== null && (
        <p className="problem" role="alert" data-testid="photo-problem">
          {localProblem}
        </p>
      )}
      {problem !== null && (
        <p className="problem" role="alert" data-testid="photo-problem">
          <MessageText message={problem} />
        </p>
      )}
      {photos.length === 0 ? (
        <p className="hint">{t('photos.none')}</p>
      ) : (
        <div className="photo-list" data-testid="photo-list">
          {photos.map((photo) => (
            <PhotoThumbnail key={photo.photoId} photo={photo} />
          ))}
        </div>
      )}
    </section>
  );
}
