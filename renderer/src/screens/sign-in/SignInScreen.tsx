import { useTranslation } from 'react-i18next';
import { useStationStore } from '../../state/station-store';

/** Asks for the operator's name; every event the station records carries it. */
export function SignInScreen() {
  const { t } = useTranslation();
  const signIn = useStationStore((state) => state.signIn);
  const busy = useStationStore((state) => state.busy);

  return (
    <section className="screen sign-in">
      <h1>{t('signIn.title')}</h1>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const name = String(new FormData(event.currentTarget).get('operatorName') ?? '').trim();
          if (name.length > 0) {
            void signIn(name);
          }
        }}
      >
        <label>
          <span>{t('signIn.name')}</span>
          <input name="operatorName" data-testid="operator-name" autoFocus autoComplete="off" maxLength={80} required />
        </label>
        <button type="submit" className="primary" data-testid="operator-signin" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
    </section>
  );
}
