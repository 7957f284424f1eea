import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../../main/api/contract';
import { operatorRoles, type OperatorRole } from '../../../../main/operators/roles';
import { MessageText } from '../../components/MessageText';
import { useOperatorSession } from '../sign-in/operator-session-store';
import { createOperator, listOperatorEntries, setIdleLock, type CallOutcome, type OperatorEntry } from './operator-calls';
import { OperatorRow } from './OperatorRow';

/**
 * Operator management for supervisors and admins: add operators, change roles, set PINs, issue
 * badges and set the idle lock. Main checks every call's permission; the header only offers
 * this screen to roles that hold 'operators.manage'.
 */
export function OperatorsScreen() {
  const { t } = useTranslation('operators');
  const idleLockSeconds = useOperatorSession((state) => state.idleLockSeconds);
  const reloadSession = useOperatorSession((state) => state.load);
  const [entries, setEntries] = useState<ReadonlyArray<OperatorEntry>>([]);
  const [message, setMessage] = useState<OperatorMessage | null>(null);
  const [badge, setBadge] = useState<{ name: string; code: string } | null>(null);

  const reload = useCallback(async () => {
    const listed = await listOperatorEntries();
    setEntries(listed.entries);
    if (listed.problem !== null) {
      setMessage(listed.problem);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const showOutcome = (outcome: CallOutcome, entry?: OperatorEntry): void => {
    setMessage(outcome.message);
    setBadge(outcome.badgeCode !== undefined && entry !== undefined ? { name: entry.name, code: outcome.badgeCode } : null);
    void reload();
  };

  return (
    <section className="screen operators" data-testid="operators-screen">
      <h1>{t('manage.title')}</h1>
      {message !== null && (
        <p className="hint" role="status" data-testid="operators-message">
          <MessageText message={message} />
        </p>
      )}
      {badge !== null && (
        <p className="badge-code" data-testid="badge-code">
          {t('manage.badgeIssued', { name: badge.name, code: badge.code })}
        </p>
      )}
      <table className="operator-table">
        <thead>
          <tr>
            <th>{t('manage.name')}</th>
            <th>{t('manage.role')}</th>
            <th>{t('manage.status')}</th>
            <th>{t('manage.pin')}</th>
            <th>{t('manage.hasBadge')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <OperatorRow key={entry.operatorId} entry={entry} onOutcome={showOutcome} />
          ))}
        </tbody>
      </table>

      <h2>{t('manage.create')}</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const fields = new FormData(form);
          const role = String(fields.get('role')) as OperatorRole;
          void createOperator(String(fields.get('name') ?? '').trim(), role, String(fields.get('pin') ?? '')).then((outcome) => {
            if (outcome.ok) {
              form.reset();
            }
            showOutcome(outcome);
          });
        }}
      >
        <input name="name" aria-label={t('manage.name')} placeholder={t('manage.name')} data-testid="new-operator-name" maxLength={80} required />
        <select name="role" aria-label={t('manage.role')} defaultValue="packer" data-testid="new-operator-role">
          {operatorRoles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
        <input name="pin" type="password" inputMode="numeric" autoComplete="new-password" maxLength={8} aria-label={t('manage.pin')} placeholder={t('manage.pin')} data-testid="new-operator-pin" required />
        <button type="submit" className="primary" data-testid="new-operator-create">
          {t('manage.create')}
        </button>
      </form>

      <h2>{t('manage.idleLock')}</h2>
      <form
        className="inline-form"
        key={idleLockSeconds}
        onSubmit={(event) => {
          event.preventDefault();
          const seconds = Number(new FormData(event.currentTarget).get('seconds'));
          void setIdleLock(seconds).then((outcome) => {
            showOutcome(outcome);
            void reloadSession();
          });
        }}
      >
        <input name="seconds" type="number" min={30} max={86400} step={1} defaultValue={idleLockSeconds} aria-label={t('manage.idleLock')} data-testid="idle-lock-seconds" required />
        <button type="submit">{t('manage.save')}</button>
      </form>
    </section>
  );
}
