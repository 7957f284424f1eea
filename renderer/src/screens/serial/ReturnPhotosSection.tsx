import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { callChannel } from '../../state/returns-calls';
import { PhotoThumbnail } from '../returns/PhotoThumbnail';

type ReturnPhoto = ResponseOf<'returns.photos'>['photos'][number];

/** The photos taken of a unit at the returns desk, over all its returns; nothing when it has none. */
export function ReturnPhotosSection({ unitId }: { readonly unitId: number }) {
  const { t } = useTranslation('returns-desk');
  const [photos, setPhotos] = useState<ReadonlyArray<ReturnPhoto>>([]);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);

  useEffect(() => {
    void callChannel('returns.photos', { unitId }).then((result) => (result.ok ? setPhotos(result.value.photos) : setProblem(result.message)));
  }, [unitId]);

  if (photos.length === 0 && problem === null) {
    return null;
  }
  return (
    <section className="serial-return-photos" data-testid="serial-return-photos">
      <h3>{t('photos.serialTitle')}</h3>
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      <div className="photo-list">
        {photos.map((photo) => (
          <PhotoThumbnail key={photo.photoId} photo={photo} />
        ))}
      </div>
    </section>
  );
}
