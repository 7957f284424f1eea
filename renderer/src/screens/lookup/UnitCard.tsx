import { useTranslation } from 'react-i18next';
import type { UnitLookup } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';

/** One unit found by serial: what it is, where it is now, and its timeline, oldest first. */
export function UnitCard({ unit }: { readonly unit: UnitLookup }) {
  const { t, i18n } = useTranslation();
  const formatTime = (iso: string): string => new Date(iso).toLocaleString(i18n.language);

  return (
    <article className="unit-card" data-testid="lookup-result" data-serial={unit.serial} data-status={unit.status}>
      <h2>
        {unit.serial} · {unit.sku}
      </h2>
      <dl className="facts">
        <dt>{t('lookup.product')}</dt>
        <dd>{unit.title}</dd>
        <dt>{t('lookup.client')}</dt>
        <dd>{unit.clientCode}</dd>
        <dt>{t('lookup.status')}</dt>
        <dd className="status">{t(`unitStatus.${unit.status}`, { defaultValue: unit.status })}</dd>
        {unit.gtin !== null && (
          <>
            <dt>{t('lookup.gtin')}</dt>
            <dd>{unit.gtin}</dd>
          </>
        )}
        {unit.lot !== null && (
          <>
            <dt>{t('lookup.lot')}</dt>
            <dd>{unit.lot}</dd>
          </>
        )}
        {unit.expiry !== null && (
          <>
            <dt>{t('lookup.expiry')}</dt>
            <dd>{unit.expiry}</dd>
          </>
        )}
        {unit.shipmentReference !== null && (
          <>
            <dt>{t('lookup.shipment')}</dt>
            <dd>{unit.shipmentReference}</dd>
          </>
        )}
        {unit.cartonSscc !== null && (
          <>
            <dt>{t('lookup.carton')}</dt>
            <dd>{t('lookup.cartonValue', { number: unit.cartonNumber ?? '', sscc: unit.cartonSscc })}</dd>
          </>
        )}
      </dl>
      <h3>{t('lookup.timeline')}</h3>
      <ol className="timeline">
        {unit.timeline.map((entry) => (
          <li key={entry.eventId} data-testid="timeline-entry" data-type={entry.type}>
            <time dateTime={entry.occurredAt}>{formatTime(entry.occurredAt)}</time>
            <span className="timeline-message">
              <MessageText message={entry.message} />
            </span>
            <span className="timeline-meta">
              {t('lookup.timelineMeta', { station: entry.stationId, operator: entry.operatorName ?? t('lookup.noOperator') })}
            </span>
          </li>
        ))}
      </ol>
    </article>
  );
}
