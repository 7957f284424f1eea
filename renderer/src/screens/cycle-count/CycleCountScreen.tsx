import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { useScanHandler } from '../../state/scan-routing';
import { useTrackingCall } from '../serial/tracking-call';

type CountReport = ResponseOf<'counts.scan'>;

/** Cycle count: scan a location, then every unit in it; the report lists missing, misplaced and unexpected units. */
export function CycleCountScreen() {
  const { t } = useTranslation();
  const start = useTrackingCall('counts.start');
  const scan = useTrackingCall('counts.scan');
  const close = useTrackingCall('counts.close');
  const report: CountReport | null = close.value ?? scan.value ?? start.value;
  const open = report !== null && close.value === null;

  const handle = (raw: string): void => {
    const text = raw.trim();
    if (text === '') {
      return;
    }
    if (!open || /^LOC:/i.test(text)) {
      void start.call({ locationCode: text });
      return;
    }
    void scan.call({ countId: report.countId, raw: text });
  };
  useScanHandler((captured) => handle(captured.raw));
  const problem = start.problem ?? scan.problem ?? close.problem;

  return (
    <section className="screen cycle-count">
      <h1>{t('tracking:count.title')}</h1>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const input = event.currentTarget.elements.namedItem('scan') as HTMLInputElement;
          handle(input.value);
          input.value = '';
        }}
      >
        <label>
          <span>{open ? t('tracking:count.scanUnit') : t('tracking:count.scanLocation')}</span>
          <input name="scan" data-testid="count-scan" autoComplete="off" maxLength={4096} />
        </label>
        <button type="submit">{t('tracking:receive.enter')}</button>
      </form>
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      {report !== null && (
        <div data-testid="count-report">
          <h2>{t('tracking:count.heading', { locationCode: report.locationCode, counted: report.counted, expected: report.expected })}</h2>
          {(['missing', 'misplaced', 'unexpected'] as const).map((kind) => (
            <div key={kind}>
              <h3>{t(`tracking:count.${kind}`, { count: report[kind].length })}</h3>
              <ul>
                {report[kind].map((unit) => (
                  <li key={unit.unitId}>
                    {unit.serial} · {t(`tracking:status.${unit.status}`)} · {unit.recordedLocationCode ?? '—'}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {open && (
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                const form = new FormData(event.currentTarget);
                void close.call({ countId: report.countId, adjust: form.get('adjust') === 'on', reason: String(form.get('reason') ?? '') });
              }}
            >
              <label>
                <input name="adjust" type="checkbox" /> <span>{t('tracking:count.adjust')}</span>
              </label>
              <label>
                <span>{t('tracking:count.reason')}</span>
                <input name="reason" autoComplete="off" maxLength={500} />
              </label>
              <button type="submit" className="primary">
                {t('tracking:count.close')}
              </button>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
