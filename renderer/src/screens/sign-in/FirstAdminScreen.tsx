import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MessageText } from '../../components/MessageText';
import { maxPinLength } from './PinPad';
import { useOperatorSession } from './operator-session-store';

/** Creates the station administrator at first start from a name and PIN, then signs them in. */
export function FirstAdminScreen() {
  const { t } = useTranslation('operators');
  const busy = useOperatorSession((state) => state.busy);
  const problem = useOperatorSession((state) => state.problem);
  const createFirstAdmin = useOperatorSession((state) => state.createFirstAdmin);
  const [mismatch, setMismatch] = useState(false);

  return (
    <section className="screen first-admin" data-testid="first-admin-screen">
      <h1>{t('firstAdmin.title')}</h1>
      <p className="hint">{t('firstAdmin.hint')}</p>
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      {mismatch && (
        <p className="problem" role="alert">
          {t('firstAdmin.pinMismatch')}
        </p>
      )}
      <form
        className="sign-in-form"
        onSubmit={(event) => {
          event.preventDefault();
          const fields = new FormData(event.currentTarget);
          const name = String(fields.get('name') ?? '').trim();
          const pin = String(fields.get('pin') ?? '');
          const repeated = String(fields.get('pinRepeat') ?? '');
          setMismatch(pin !== repeated);
          if (name !== '' && pin === repeated) {
            void createFirstAdmin(name, pin);
          }
        }}
      >
        <label>
          <span>{t('firstAdmin.name')}</span>
          <input name="name" data-testid="first-admin-name" autoFocus autoComplete="off" maxLength={80} required />
        </label>
        <label>
          <span>{t('firstAdmin.pin')}</span>
          <input name="pin" type="password" inputMode="numeric" pattern="[0-9]{4,8}" maxLength={maxPinLength} data-testid="first-admin-pin" autoComplete="new-password" required />
        </label>
        <label>
          <span>{t('firstAdmin.pinRepeat')}</span>
          <input name="pinRepeat" type="password" inputMode="numeric" pattern="[0-9]{4,8}" maxLength={maxPinLength} data-testid="first-admin-pin-repeat" autoComplete="new-password" required />
        </label>
        <button type="submit" className="primary big" data-testid="first-admin-create" disabled={busy}>
          {t('firstAdmin.submit')}
        </button>
      </form>
    </section>
  );
}
