import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, RequestOf, ResponseOf } from '../../../../main/api/contract';
import { roleHasPermission } from '../../../../main/operators/roles';
import { MessageText } from '../../components/MessageText';
import { callChannel } from '../../state/returns-calls';
import { useReturnsDeskStore } from '../../state/returns-desk-store';
import { useOperatorSession } from '../sign-in/operator-session-store';
import { ageText } from './age-text';
import { FlagList } from './FlagList';

type ExceptionEntry = ResponseOf<'returns.exceptions'>[number];
type Resolution = RequestOf<'returns.resolveException'>['resolution'];

const resolutions: ReadonlyArray<Resolution> = ['accept', 'reject', 'return-to-sender'];

/** How often the queue on screen is reread, in milliseconds. */
const queueRefreshMs = 30_000;

/**
 * Lists the exception queue, oldest first: flagged units with their age and flags. A supervisor
 * resolves each one (accept, reject, return to sender) with a reason. Other operators get the
 * queue read-only, because main rejects their resolutions anyway.
 */
export function ExceptionQueueScreen() {
  const { t } = useTranslation('returns-desk');
  const role = useOperatorSession((state) => state.operator?.role ?? null);
  const mayResolve = role !== null && roleHasPermission(role, 'returns.resolveException');
  const refreshDesk = useReturnsDeskStore((state) => state.refresh);
  const [entries, setEntries] = useState<ReadonlyArray<ExceptionEntry> | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async (): Promise<void> => {
    const result = await callChannel('returns.exceptions', {});
    if (result.ok) {
      setEntries(result.value);
    } else {
      setProblem(result.message);
    }
  }, []);

  // Other desks add units to the queue and the station pushes no change events, so the queue is
  // reread while it is on screen. That also keeps the ages current.
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), queueRefreshMs);
    return () => clearInterval(timer);
  }, [load]);

  const resolve = async (entry: ExceptionEntry, resolution: Resolution, reason: string): Promise<void> => {
    setProblem(null);
    setDone(null);
    const result = await callChannel('returns.resolveException', { returnUnitId: entry.returnUnitId, resolution, reason });
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setDone(t('exceptions.resolved', { serial: entry.serial, resolution: t(`exceptions.resolution.${resolution}`) }));
    await Promise.all([load(), refreshDesk()]);
  };

  return (
    <section className="screen exception-queue" data-testid="exception-queue">
      <div className="desk-heading">
        <h1>{t('exceptions.title')}</h1>
        <button type="button" data-testid="exceptions-refresh" onClick={() => void load()}>
          {t('exceptions.refresh')}
        </button>
      </div>
      <p className="hint">{mayResolve ? t('exceptions.hintSupervisor') : t('exceptions.hintReadOnly')}</p>
      {done !== null && (
        <p className="notice" role="status" data-testid="exception-resolved">
          {done}
        </p>
      )}
      {problem !== null && (
        <p className="problem" role="alert" data-testid="exception-problem">
          <MessageText message={problem} />
        </p>
      )}
      {entries !== null && entries.length === 0 && <p data-testid="exceptions-empty">{t('exceptions.empty')}</p>}
      {entries?.map((entry) => (
        <ExceptionCard key={entry.returnUnitId} entry={entry} mayResolve={mayResolve} onResolve={(resolution, reason) => resolve(entry, resolution, reason)} />
      ))}
    </section>
  );
}

function ExceptionCard({
  entry,
  mayResolve,
  onResolve,
}: {
  readonly entry: ExceptionEntry;
  readonly mayResolve: boolean;
  readonly onResolve: (resolution: Resolution, reason: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation('returns-desk');
  const [resolution, setResolution] = useState<Resolution | null>(null);
  const [reason, setReason] = useState('');
  // A decision cannot be taken back, so a second click while the first is on its way sends nothing.
  const [sending, setSending] = useState(false);

  return (
    <article className="unit-card exception-entry" data-testid="exception-entry" data-serial={entry.serial}>
      <h2>
        <span className="unit-serial">{entry.serial}</span> · {entry.sku} · {entry.clientCode ?? '—'}
      </h2>
      <p>
        {entry.referenceKind === 'none' ? t('return.noReference') : `${t(`referenceKind.${entry.referenceKind}`)} ${entry.reference}`} ·{' '}
        <strong data-testid="exception-age">{t('exceptions.age', { age: ageText(entry.ageSeconds, t) })}</strong> ·{' '}
        {t('exceptions.takenInBy', { name: entry.takenInBy ?? '—', at: new Date(entry.createdAt).toLocaleString(i18n.language) })}
      </p>
      <FlagList flags={entry.flags} />
      {mayResolve && (
        <form
          className="resolve-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (resolution !== null && reason.trim() !== '' && !sending) {
              setSending(true);
              void onResolve(resolution, reason.trim()).finally(() => setSending(false));
            }
          }}
        >
          <div className="button-row" role="radiogroup" aria-label={t('exceptions.decision')}>
            {resolutions.map((item) => (
              <button
                key={item}
                type="button"
                role="radio"
                aria-checked={resolution === item}
                className={resolution === item ? 'primary' : undefined}
                data-testid={`resolve-${item}`}
                onClick={() => setResolution(item)}
              >
                {t(`exceptions.resolution.${item}`)}
              </button>
            ))}
          </div>
          {resolution !== null && (
            <>
              <p className="hint">{t(`exceptions.resolutionMeaning.${resolution}`)}</p>
              <div className="inline-form">
                <label>
                  <span>{t('exceptions.reason')}</span>
                  <input data-testid="resolve-reason" autoFocus required maxLength={500} autoComplete="off" value={reason} onChange={(event) => setReason(event.target.value)} />
                </label>
                <button type="submit" className="primary" data-testid="resolve-confirm" disabled={sending || reason.trim() === ''}>
                  {t('exceptions.confirm')}
                </button>
              </div>
            </>
          )}
        </form>
      )}
    </article>
  );
}
