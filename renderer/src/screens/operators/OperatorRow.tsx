import { useTranslation } from 'react-i18next';
import { operatorRoles, type OperatorRole } from '../../../../main/operators/roles';
import type { CallOutcome, OperatorEntry } from './operator-calls';
import { issueBadge, setOperatorPin, updateOperator } from './operator-calls';

interface OperatorRowProps {
  readonly entry: OperatorEntry;
  /** Receives each call's outcome; the screen shows its message and reloads the list. */
  readonly onOutcome: (outcome: CallOutcome, entry: OperatorEntry) => void;
}

/** Renders one operator's row: role and active flag (saved together), a new PIN and a new badge. */
export function OperatorRow({ entry, onOutcome }: OperatorRowProps) {
  const { t } = useTranslation('operators');

  return (
    <tr data-testid="operator-row" data-name={entry.name}>
      <td>{entry.name}</td>
      <td>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const fields = new FormData(event.currentTarget);
            const role = String(fields.get('role')) as OperatorRole;
            void updateOperator(entry.operatorId, role, fields.get('active') === 'on').then((outcome) => onOutcome(outcome, entry));
          }}
        >
          <select name="role" defaultValue={entry.role} aria-label={t('manage.role')} data-testid="operator-role">
            {operatorRoles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
          <label>
            <input type="checkbox" name="active" defaultChecked={entry.active} />
            <span>{t('manage.active')}</span>
          </label>
          <button type="submit" data-testid="operator-save">
            {t('manage.save')}
          </button>
        </form>
      </td>
      <td>
        {entry.hasPin ? t('manage.hasPin') : t('manage.noPin')}
        {entry.hasBadge && ` · ${t('manage.hasBadge')}`}
        {entry.lockedUntil !== null && Date.parse(entry.lockedUntil) > Date.now() && ` · ${t('manage.lockedUntil', { time: new Date(entry.lockedUntil).toLocaleTimeString() })}`}
      </td>
      <td>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const form = event.currentTarget;
            const pin = String(new FormData(form).get('pin') ?? '');
            void setOperatorPin(entry.operatorId, pin).then((outcome) => {
              form.reset();
              onOutcome(outcome, entry);
            });
          }}
        >
          <input name="pin" type="password" inputMode="numeric" autoComplete="new-password" maxLength={8} aria-label={t('manage.setPin')} required />
          <button type="submit">{t('manage.setPin')}</button>
        </form>
      </td>
      <td>
        <button type="button" data-testid="operator-issue-badge" onClick={() => void issueBadge(entry.operatorId).then((outcome) => onOutcome(outcome, entry))}>
          {t('manage.issueBadge')}
        </button>
      </td>
    </tr>
  );
}
