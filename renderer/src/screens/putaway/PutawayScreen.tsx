import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { useScanHandler } from '../../state/scan-routing';
import { newGestureId, useTrackingCall } from '../serial/tracking-call';
import { LocationsPanel } from './LocationsPanel';

const locationPrefix = /^LOC:/i;

/** Put-away: scan a location barcode, then every unit that goes there; each unit is one recorded move. */
export function PutawayScreen() {
  const { t } = useTranslation();
  const [locationCode, setLocationCode] = useState<string | null>(null);
  const [placed, setPlaced] = useState<ReadonlyArray<OperatorMessage>>([]);
  const putAway = useTrackingCall('putaway.scan');

  const handle = async (raw: string): Promise<void> => {
    const text = raw.trim();
    if (text === '') {
      return;
    }
    if (locationPrefix.test(text)) {
      setLocationCode(text.replace(locationPrefix, '').toUpperCase());
      setPlaced([]);
      return;
    }
    if (locationCode === null) {
      return;
    }
    const result = await putAway.call({ locationCode, raw: text, gestureId: newGestureId() });
    if (result !== null) {
      setPlaced((previous) => [{ key: 'tracking:putaway.placed', params: { serial: result.serial, locationCode: result.locationCode } }, ...previous]);
    }
  };
  useScanHandler((scan) => void handle(scan.raw));

  return (
    <section className="screen putaway">
      <h1>{t('tracking:putaway.title')}</h1>
      <p data-testid="putaway-location">{locationCode === null ? t('tracking:putaway.scanLocation') : t('tracking:putaway.location', { locationCode })}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const input = event.currentTarget.elements.namedItem('scan') as HTMLInputElement;
          void handle(input.value);
          input.value = '';
        }}
      >
        <label>
          <span>{t('tracking:putaway.scan')}</span>
          <input name="scan" data-testid="putaway-scan" autoComplete="off" maxLength={4096} />
        </label>
        <button type="submit">{t('tracking:receive.enter')}</button>
      </form>
      {putAway.problem !== null && (
        <p className="problem" role="alert" data-testid="putaway-problem">
          <MessageText message={putAway.problem} />
        </p>
      )}
      <ul data-testid="putaway-placed">
        {placed.map((message, index) => (
          <li key={index}>
            <MessageText message={message} />
          </li>
        ))}
      </ul>
      <LocationsPanel />
    </section>
  );
}
