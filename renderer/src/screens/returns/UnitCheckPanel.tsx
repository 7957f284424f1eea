import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import type { IntakeOutcome } from '../../state/returns-desk-store';
import { FlagList } from './FlagList';

/** The last entries of the unit's history shown at intake; the serial page has the rest. */
const historyEntriesShown = 6;

/** True when two messages from main read the same, so the panel shows only one of them. */
function sameMessage(left: OperatorMessage, right: OperatorMessage): boolean {
  return left.key === right.key && JSON.stringify(left.params) === JSON.stringify(right.params);
}

/**
 * Shows the verdict on a scanned unit: refused (and nothing written), sent to the exception queue,
 * or accepted. It lists the store's record of the unit (last shipment, where it is now, recent
 * history), its flags with their explanations, and the warranty status.
 */
export function UnitCheckPanel({ intake }: { readonly intake: IntakeOutcome }) {
  const { t, i18n } = useTranslation('returns-desk');
  const { check } = intake;
  const unit = check.unit;
  const shipment = unit?.lastShipment ?? null;
  const recent = unit === null ? [] : unit.timeline.slice(-historyEntriesShown);

  return (
    <section className={`panel unit-check outcome-${check.outcome}`} data-testid="unit-check" data-outcome={check.outcome} data-serial={check.serial}>
      <p className="check-title" data-testid="unit-check-title">
        {t(`check.outcome.${check.outcome}`)}
      </p>
      <p className="check-message" data-testid="unit-check-message">
        <MessageText message={check.message} />
      </p>
      {check.refusal !== null && (
        <div className="refusal" data-testid="unit-refusal" data-code={check.refusal.code}>
          {!sameMessage(check.refusal.message, check.message) && (
            <p>
              <MessageText message={check.refusal.message} />
            </p>
          )}
          <p className="hint">{t(`refusal.${check.refusal.code}`)}</p>
          <p className="nothing-written">{t('check.nothingWritten')}</p>
        </div>
      )}
      {check.outcome === 'exception' && <p className="notice" data-testid="exception-notice">{t('check.exceptionNotice')}</p>}
      {intake.replayed && <p className="hint">{t('check.replayed')}</p>}
      <FlagList flags={check.flags} />
      {check.warranty !== null && (
        <p className={`warranty warranty-${check.warranty.status}`} data-testid="warranty" data-status={check.warranty.status}>
          <MessageText message={check.warranty.message} />
        </p>
      )}
      {unit !== null && (
        <>
          <dl className="facts" data-testid="unit-facts">
            <dt>{t('check.serial')}</dt>
            <dd className="unit-serial">{unit.serial}</dd>
            <dt>{t('check.product')}</dt>
            <dd>
              {unit.clientCode} · {unit.sku} · {unit.title}
            </dd>
            <dt>{t('check.status')}</dt>
            <dd>
              {t(`tracking:status.${unit.status}`, { defaultValue: unit.status })}
              {unit.locationCode !== null && ` · ${unit.locationCode}`}
            </dd>
            <dt>{t('check.lastShipment')}</dt>
            <dd data-testid="unit-last-shipment">
              {shipment === null
                ? t('check.neverShipped')
                : t('check.shipmentFacts', {
                    reference: shipment.reference,
                    client: shipment.clientCode,
                    recipient: shipment.recipient ?? '—',
                    shippedAt: new Date(shipment.shippedAt).toLocaleString(i18n.language),
                    packedBy: shipment.packedBy ?? '—',
                  })}
            </dd>
          </dl>
          {recent.length > 0 && (
            <>
              <h3>{t('check.history')}</h3>
              <ol className="timeline" data-testid="unit-history">
                {recent.map((entry) => (
                  <li key={entry.eventId} data-type={entry.type}>
                    <time dateTime={entry.occurredAt}>{new Date(entry.occurredAt).toLocaleString(i18n.language)}</time> <MessageText message={entry.message} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
