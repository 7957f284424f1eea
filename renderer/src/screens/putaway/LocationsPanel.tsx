import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageText } from '../../components/MessageText';
import { useLabelPreviewStore } from '../../state/label-preview-store';
import { useTrackingCall } from '../serial/tracking-call';

/** The station's locations, a form to add one, and a button per location to show its label. */
export function LocationsPanel() {
  const { t } = useTranslation();
  const locations = useTrackingCall('locations.list');
  const create = useTrackingCall('locations.create');
  const label = useTrackingCall('locations.label');
  const showLabel = useLabelPreviewStore((state) => state.show);

  useEffect(() => {
    void locations.call({});
    // The list loads once when the panel opens; adding a location reloads it below.
  }, []);

  return (
    <section className="locations">
      <h2>{t('tracking:locations.title')}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          void create.call({ code: String(form.get('code') ?? ''), name: String(form.get('name') ?? '') }).then(() => locations.call({}));
        }}
      >
        <label>
          <span>{t('tracking:locations.code')}</span>
          <input name="code" autoComplete="off" maxLength={32} />
        </label>
        <label>
          <span>{t('tracking:locations.name')}</span>
          <input name="name" autoComplete="off" maxLength={200} />
        </label>
        <button type="submit">{t('tracking:locations.add')}</button>
      </form>
      {(create.problem ?? label.problem) !== null && (
        <p className="problem" role="alert">
          <MessageText message={create.problem ?? label.problem ?? { key: '', params: {} }} />
        </p>
      )}
      <ul>
        {locations.value?.map((location) => (
          <li key={location.id}>
            {location.code} · {location.name}{' '}
            <button type="button" onClick={() => void label.call({ locationId: location.id }).then((document) => (document === null ? undefined : showLabel({ document, cartonId: null })))}>
              {t('tracking:locations.label')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
