import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { callChannel } from '../../state/returns-calls';

type ReturnPhoto = ResponseOf<'returns.photos'>['photos'][number];

/**
 * Shows one stored return photo with its time, operator and the start of its SHA-256. The bytes
 * come through 'returns.photo', which checks the file against the recorded hash.
 */
export function PhotoThumbnail({ photo }: { readonly photo: ReturnPhoto }) {
  const { t, i18n } = useTranslation('returns-desk');
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);

  useEffect(() => {
    let objectUrl: string | null = null;
    let active = true;
    void callChannel('returns.photo', { photoId: photo.photoId }).then((result) => {
      if (!active) {
        return;
      }
      if (!result.ok) {
        setProblem(result.message);
        return;
      }
      const bytes = Uint8Array.from(atob(result.value.dataBase64), (character) => character.charCodeAt(0));
      objectUrl = URL.createObjectURL(new Blob([bytes], { type: result.value.photo.mediaType }));
      setUrl(objectUrl);
    });
    return () => {
      active = false;
      if (objectUrl !== null) {
        URL.revokeObjectURL(objectUrl);
      }
    };
  }, [photo.photoId]);

  return (
    <figure className="return-photo" data-testid="return-photo" data-sha256={photo.sha256}>
      {url !== null && <img src={url} alt={t('photos.alt', { serial: photo.serial ?? '—' })} />}
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      <figcaption>
        {t(`photos.source.${photo.source}`)} · {new Date(photo.takenAt).toLocaleString(i18n.language)} · {photo.operatorName ?? '—'}
        <br />
        <span className="sha256">SHA-256 {photo.sha256.slice(0, 16)}…</span>
      </figcaption>
    </figure>
  );
}
