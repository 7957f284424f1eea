import { useTranslation } from 'react-i18next';
import { useNavigationStore, type Screen } from '../state/navigation-store';
import { usePackStore } from '../state/pack-store';
import { useStationStore } from '../state/station-store';
import { roleHasPermission } from '../../../main/operators/roles';
import { useOperatorSession } from '../screens/sign-in/operator-session-store';
import { LanguageSelect } from './LanguageSelect';

const navigationItems: ReadonlyArray<{ readonly screen: Screen; readonly testId: string }> = [
  { screen: 'shipments', testId: 'nav-shipments' },
  { screen: 'pack', testId: 'nav-pack' },
  { screen: 'lookup', testId: 'nav-lookup' },
  { screen: 'import', testId: 'nav-import' },
];

/** The station bar: name, signed-in operator, screen switch and language, always on screen. */
export function Header({ showNavigation }: { readonly showNavigation: boolean }) {
  const { t } = useTranslation();
  const stationName = useStationStore((state) => state.info?.stationName ?? '');
  const operator = useStationStore((state) => state.operator);
  const screen = useNavigationStore((state) => state.screen);
  const go = useNavigationStore((state) => state.go);
  const hasShipment = usePackStore((state) => state.view !== null);
  const sessionOperator = useOperatorSession((state) => state.operator);
  const signOut = useOperatorSession((state) => state.signOut);
  const mayManageOperators = sessionOperator !== null && roleHasPermission(sessionOperator.role, 'operators.manage');

  return (
    <header className="station-header">
      <div className="station-title">
        <strong>{t('app.name')}</strong>
        <span>{stationName}</span>
      </div>
      {showNavigation && (
        <nav className="station-nav" aria-label={t('header.navigation')}>
          {navigationItems.map((item) => (
            <button
              key={item.screen}
              type="button"
              data-testid={item.testId}
              aria-current={screen === item.screen ? 'page' : undefined}
              disabled={item.screen === 'pack' && !hasShipment}
              onClick={() => go(item.screen)}
            >
              {t(`nav.${item.screen}`)}
            </button>
          ))}
          <button type="button" data-testid="nav-stock" aria-current={screen === 'stock' ? 'page' : undefined} onClick={() => go('stock')}>
            {t('tracking:nav')}
          </button>
          <button type="button" data-testid="nav-prep" aria-current={screen === 'prep' ? 'page' : undefined} onClick={() => go('prep')}>
            {t('fba:nav.prep')}
          </button>
          <button type="button" data-testid="nav-removal" aria-current={screen === 'removal' ? 'page' : undefined} onClick={() => go('removal')}>
            {t('fba:nav.removal')}
          </button>
          <button type="button" data-testid="nav-returns" aria-current={screen === 'returns' ? 'page' : undefined} onClick={() => go('returns')}>
            {t('returns-desk:nav')}
          </button>
          <button type="button" data-testid="nav-printing" aria-current={screen === 'printing' ? 'page' : undefined} onClick={() => go('printing')}>
            {t('printing:nav')}
          </button>
          <button type="button" data-testid="nav-overview" aria-current={screen === 'overview' ? 'page' : undefined} onClick={() => go('overview')}>
            {t('history:nav')}
          </button>
          <button type="button" data-testid="nav-settings" aria-current={screen === 'settings' || screen === 'scanner-check' ? 'page' : undefined} onClick={() => go('settings')}>
            {t('devices:nav')}
          </button>
          {mayManageOperators && (
            <button type="button" data-testid="nav-operators" aria-current={screen === 'operators' ? 'page' : undefined} onClick={() => go('operators')}>
              {t('operators:nav')}
            </button>
          )}
        </nav>
      )}
      <div className="station-operator">
        <span>{t('header.operator')}</span>
        <strong data-testid="current-operator">{operator?.name ?? t('header.nobodySignedIn')}</strong>
      </div>
      {operator !== null && (
        <button type="button" data-testid="sign-out" onClick={() => void signOut()}>
          {t('operators:signOut')}
        </button>
      )}
      <LanguageSelect />
    </header>
  );
}
