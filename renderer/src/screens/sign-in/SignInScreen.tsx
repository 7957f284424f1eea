import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demoAccounts } from '../../../../main/operators/demo-accounts';
import { MessageText } from '../../components/MessageText';
import { PinPad, maxPinLength } from './PinPad';
import { useOperatorSession } from './operator-session-store';

/**
 * Signs an operator in: a badge scan anywhere on the page (see routeScanWithBadges), or a name
 * from the list and a PIN typed or tapped on the pad. The last operator's name stays selected
 * after an idle lock, so they only type their PIN again.
 */
export function SignInScreen() {
  const { t } = useTranslation('operators');
  const names = useOperatorSession((state) => state.names);
  const busy = useOperatorSession((state) => state.busy);
  const problem = useOperatorSession((state) => state.problem);
  const signIn = useOperatorSession((state) => state.signIn);
  const load = useOperatorSession((state) => state.load);
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');

  // Operators added since the page loaded, on this browser or another, appear in the list.
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="screen sign-in" data-testid="sign-in-screen">
      <h1>{t('signIn.title')}</h1>
      <p className="hint">{t('signIn.hint')}</p>
      {names.includes(demoAccounts.packer.name) && (
        <p className="hint" data-testid="demo-operators">
          {t('demoOperators', { packerPin: demoAccounts.packer.pin, supervisorPin: demoAccounts.supervisor.pin })}
        </p>
      )}
      {problem !== null && (
        <p className="problem" role="alert" data-testid="sign-in-problem">
          <MessageText message={problem} />
        </p>
      )}
      <form
        className="sign-in-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name !== '' && pin !== '') {
            void signIn({ name, pin }).then(() => setPin(''));
          }
        }}
      >
        <label>
          <span>{t('signIn.name')}</span>
          <select data-testid="operator-name" value={name} onChange={(event) => setName(event.target.value)} required>
            <option value="">{t('signIn.choose')}</option>
            {names.map((operatorName) => (
              <option key={operatorName} value={operatorName}>
                {operatorName}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('signIn.pin')}</span>
          <input
            type="password"
            inputMode="numeric"
            autoComplete="off"
            data-testid="pin-input"
            maxLength={maxPinLength}
            value={pin}
            onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
          />
        </label>
        <PinPad value={pin} onChange={setPin} />
        <button type="submit" className="primary big" data-testid="operator-signin" disabled={busy || name === '' || pin === ''}>
          {t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
