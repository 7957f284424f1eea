import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { subscribeToStationEvents } from '../api/station-events';
import { unlockFeedbackAudio } from '../audio/feedback-player';
import { MessageText } from '../components/MessageText';
import { FirstStartScreen } from '../screens/first-start/FirstStartScreen';
import { ImportScreen } from '../screens/import/ImportScreen';
import { LookupScreen } from '../screens/lookup/LookupScreen';
import { StockScreen } from '../screens/serial/StockScreen';
import { PackScreen } from '../screens/pack/PackScreen';
import { ScannerCheckScreen } from '../screens/scanner-check/ScannerCheckScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { StationNotices } from '../screens/settings/StationNotices';
import { useStationSetupWiring } from '../screens/settings/station-setup-wiring';
import { PrepScreen } from '../screens/prep/PrepScreen';
import { RemovalScreen } from '../screens/prep/RemovalScreen';
import { ReturnsScreen } from '../screens/returns/ReturnsScreen';
import { PrintingScreen } from '../screens/printing/PrintingScreen';
import { ShipmentsScreen } from '../screens/shipments/ShipmentsScreen';
import { OperatorsScreen } from '../screens/operators/OperatorsScreen';
import { OverviewScreen } from '../screens/overview/OverviewScreen';
import { FirstAdminScreen } from '../screens/sign-in/FirstAdminScreen';
import { PairingScreen } from '../screens/sign-in/PairingScreen';
import { SignInScreen } from '../screens/sign-in/SignInScreen';
import { routeScanWithBadges, useOperatorSessionWiring } from '../screens/sign-in/session-wiring';
import { useOperatorSession } from '../screens/sign-in/operator-session-store';
import { useNavigationStore } from '../state/navigation-store';
import { refreshPackView } from '../state/pack-actions';
import { usePackStore } from '../state/pack-store';
import { useStationStore } from '../state/station-store';
import { Header } from './Header';

function useStationWiring(): void {
  const load = useStationStore((state) => state.load);
  const signedIn = useStationStore((state) => state.operator !== null);

  useEffect(() => {
    void load();
  }, [load]);

  useStationSetupWiring(signedIn, routeScanWithBadges);
  useOperatorSessionWiring();

  // Browsers keep audio suspended until the page gets a key or a click.
  useEffect(() => {
    window.addEventListener('keydown', unlockFeedbackAudio, { once: true, capture: true });
    window.addEventListener('pointerdown', unlockFeedbackAudio, { once: true, capture: true });
  }, []);

  useEffect(
    () =>
      subscribeToStationEvents(() => {
        if (usePackStore.getState().view !== null) {
          void refreshPackView();
        }
      }),
    [],
  );
}

function CurrentScreen() {
  const screen = useNavigationStore((state) => state.screen);
  switch (screen) {
    case 'shipments':
      return <ShipmentsScreen />;
    case 'pack':
      return <PackScreen />;
    case 'lookup':
      return <LookupScreen />;
    case 'import':
      return <ImportScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'scanner-check':
      return <ScannerCheckScreen />;
    case 'printing':
      return <PrintingScreen />;
    case 'stock':
      return <StockScreen />;
    case 'operators':
      return <OperatorsScreen />;
    case 'overview':
      return <OverviewScreen />;
    case 'prep':
      return <PrepScreen />;
    case 'removal':
      return <RemovalScreen />;
    case 'returns':
      return <ReturnsScreen />;
  }
}

/** The station window: the header and the one screen the station's state calls for. */
export function App() {
  const { t } = useTranslation();
  const info = useStationStore((state) => state.info);
  const operator = useStationStore((state) => state.operator);
  const problem = useStationStore((state) => state.problem);
  const session = useOperatorSession();
  useStationWiring();

  // Pairing (LAN stations), then the first admin, then sign-in, then data, then the screens.
  const gate = session.pairingRequired
    ? 'pairing'
    : !session.loaded
      ? 'loading'
      : session.needsFirstAdmin
        ? 'first-admin'
        : operator === null
          ? 'sign-in'
          : info !== null && info.storeIsEmpty
            ? 'first-start'
            : 'ready';
  const ready = gate === 'ready' && info !== null;

  return (
    <div className="station">
      <Header showNavigation={ready} />
      {ready && <StationNotices />}
      {problem !== null && gate !== 'pairing' && (
        <p className="problem station-problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      <main className="station-main">
        {(info === null || gate === 'loading') && problem === null && gate !== 'pairing' && <p className="loading">{t('app.loading')}</p>}
        {gate === 'pairing' && <PairingScreen />}
        {gate === 'first-admin' && <FirstAdminScreen />}
        {gate === 'sign-in' && <SignInScreen />}
        {gate === 'first-start' && <FirstStartScreen />}
        {ready && <CurrentScreen />}
      </main>
    </div>
  );
}
