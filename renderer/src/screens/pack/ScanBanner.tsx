import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverridableRefusal } from '../../../../main/operators/roles';
import { MessageText } from '../../components/MessageText';
import { usePackStore } from '../../state/pack-store';
import { OverrideDialog } from '../operators/OverrideDialog';

/** The big last-scan banner: green for accepted, red for rejected, with the reason and next step. */
export function ScanBanner() {
  const { t } = useTranslation();
  const outcome = usePackStore((state) => state.lastOutcome);
  const scansInFlight = usePackStore((state) => state.scansInFlight);
  const shipmentId = usePackStore((state) => state.view?.shipment.shipmentId ?? null);
  const [overriding, setOverriding] = useState<string | null>(null);

  if (outcome === null) {
    return (
      <section className="scan-banner idle" data-testid="scan-banner" data-outcome="none" aria-live="polite">
        <p className="banner-message">{t('pack.banner.ready')}</p>
        {scansInFlight > 0 && <p className="banner-pending">{t('pack.banner.pending', { count: scansInFlight })}</p>}
      </section>
    );
  }

  return (
    <section
      className={`scan-banner ${outcome.outcome}`}
      data-testid="scan-banner"
      data-outcome={outcome.outcome}
      data-code={outcome.code}
      role={outcome.outcome === 'rejected' ? 'alert' : 'status'}
    >
      <p className="banner-title">{t(outcome.outcome === 'accepted' ? 'pack.banner.accepted' : 'pack.banner.rejected')}</p>
      <p className="banner-message">
        <MessageText message={outcome.message} />
      </p>
      {outcome.nextStep !== null && (
        <p className="banner-next-step">
          <MessageText message={outcome.nextStep} />
        </p>
      )}
      {outcome.raw !== null && <p className="banner-raw">{t('pack.banner.scanned', { raw: printable(outcome.raw) })}</p>}
      {outcome.outcome === 'rejected' && isOverridableRefusal(outcome.code) && outcome.gestureId !== undefined && shipmentId !== null && (
        <button type="button" data-testid="override-open" onClick={() => setOverriding(outcome.gestureId ?? null)}>
          {t('operators:override.open')}
        </button>
      )}
      {overriding !== null && shipmentId !== null && (
        <OverrideDialog shipmentId={shipmentId} refusedGestureId={overriding} onClose={() => setOverriding(null)} />
      )}
      {scansInFlight > 0 && <p className="banner-pending">{t('pack.banner.pending', { count: scansInFlight })}</p>}
    </section>
  );
}

/** Shows control characters of a scan (GS, RS, EOT) as visible symbols. */
function printable(raw: string): string {
  return raw.replace(/[\u0000-\u001f]/g, (character) => String.fromCharCode(0x2400 + character.charCodeAt(0)));
}
