import { useTranslation } from 'react-i18next';
import { MessageText } from '../../components/MessageText';
import { useOperatorSession } from './operator-session-store';

/** Shown by a station on a LAN address until this browser has entered the pairing code. */
export function PairingScreen() {
  const { t } = useTranslation('operators');
  const busy = useOperatorSession((state) => state.busy);
  const problem = useOperatorSession((state) => state.problem);
  const pair = useOperatorSession((state) => state.pair);

  return (
    <section className="screen pairing" data-testid="pairing-screen">
      <h1>{t('pairing.title')}</h1>
      <p className="hint">{t('pairing.hint')}</p>
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const code = String(new FormData(event.currentTarget).get('code') ?? '').trim();
          if (code !== '') {
            void pair(code);
          }
        }}
      >
        <label>
          <span>{t('pairing.code')}</span>
          <input name="code" data-testid="pairing-code" autoFocus autoComplete="off" maxLength={16} required />
        </label>
        <button type="submit" className="primary" data-testid="pairing-submit" disabled={busy}>
          {t('pairing.submit')}
        </button>
      </form>
    </section>
  );
}
