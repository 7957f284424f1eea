import { useTranslation } from 'react-i18next';
import { MessageText } from '../../components/MessageText';
import '../../styles/returns.css';
import { useScanHandler } from '../../state/scan-routing';
import { ReturnPhotosSection } from './ReturnPhotosSection';
import { UnitSearchPanel } from './UnitSearchPanel';
import { useTrackingCall } from './tracking-call';

/** The serial page: scan or type a serial to see where the unit is and everything that happened to it. */
export function SerialScreen() {
  const { t } = useTranslation();
  const pages = useTrackingCall('units.serialPage');
  const show = (text: string): void => {
    if (text.trim() !== '') {
      void pages.call({ serial: text.trim() });
    }
  };
  useScanHandler((scan) => show(scan.raw));

  return (
    <section className="screen serial-page">
      <h1>{t('tracking:serial.title')}</h1>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          show(String(new FormData(event.currentTarget).get('serial') ?? ''));
        }}
      >
        <label>
          <span>{t('tracking:serial.serial')}</span>
          <input name="serial" data-testid="serial-input" autoFocus autoComplete="off" maxLength={200} />
        </label>
        <button type="submit" className="primary" data-testid="serial-submit">
          {t('tracking:serial.show')}
        </button>
      </form>
      {pages.problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={pages.problem} />
        </p>
      )}
      {pages.value !== null && pages.value.length === 0 && <p data-testid="serial-empty">{t('tracking:serial.notFound')}</p>}
      {pages.value?.map((page) => (
        <article key={page.unitId} className="unit-card" data-testid="serial-page">
          <h2>
            {page.serial} · {page.clientCode} · {page.sku}
          </h2>
          <p>{page.title}</p>
          <dl className="unit-facts">
            <dt>{t('tracking:serial.status')}</dt>
            <dd data-testid="serial-status">{t(`tracking:status.${page.status}`)}</dd>
            <dt>{t('tracking:serial.where')}</dt>
            <dd data-testid="serial-where">{page.locationCode ?? page.cartonSscc ?? '—'}</dd>
            <dt>{t('tracking:serial.lot')}</dt>
            <dd>{page.lot ?? '—'}</dd>
            <dt>{t('tracking:serial.expiry')}</dt>
            <dd>{page.expiry ?? '—'}</dd>
            <dt>{t('tracking:serial.shipment')}</dt>
            <dd>{page.shipmentReference === null ? '—' : `${page.shipmentReference} · ${page.recipient ?? ''}`}</dd>
            <dt>{t('tracking:serial.receipt')}</dt>
            <dd>{page.receiptReference ?? '—'}</dd>
          </dl>
          <h3>{t('tracking:serial.timeline')}</h3>
          <ol className="timeline">
            {page.timeline.map((entry) => (
              <li key={entry.eventId} data-testid="serial-timeline-entry" data-type={entry.type}>
                <time dateTime={entry.occurredAt}>{new Date(entry.occurredAt).toLocaleString()}</time>{' '}
                <span className="timeline-message">
                  <MessageText message={entry.message} />
                </span>{' '}
                <span className="timeline-meta">
                  {t('tracking:serial.meta', { station: entry.stationId.slice(0, 8), operator: entry.operatorName ?? '—', carton: entry.cartonSscc ?? '—' })}
                </span>
              </li>
            ))}
          </ol>
          <ReturnPhotosSection unitId={page.unitId} />
        </article>
      ))}
      <UnitSearchPanel />
    </section>
  );
}
