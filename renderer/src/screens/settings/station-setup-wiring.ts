import { useEffect, useMemo, useRef } from 'react';
import { onDeviceEvent } from '../../api/device-events';
import { setFeedbackVolume } from '../../audio/feedback-player';
import { startScanCapture } from '../../scan-capture/keyboard-listener';
import { defaultScannerProfile } from '../../scan-capture/scanner-profile';
import type { CapturedScan } from '../../scan-capture/keyboard-listener';
import { scannerProfileOf } from './scanner-profile-of';
import { useSettingsStore } from './settings-store';

/** HID gesture ids already routed, so a scan replayed after a reconnect is not handled twice. */
const routedHidGestures = new Set<string>();
const maxRememberedGestures = 500;

function rememberGesture(gestureId: string): boolean {
  if (routedHidGestures.has(gestureId)) {
    return false;
  }
  routedHidGestures.add(gestureId);
  if (routedHidGestures.size > maxRememberedGestures) {
    const oldest = routedHidGestures.values().next().value;
    if (oldest !== undefined) {
      routedHidGestures.delete(oldest);
    }
  }
  return true;
}

/**
 * Wires station setup into the running app: loads the settings once an operator is signed in,
 * applies their sound volume,
 * runs the keyboard scan listener with the station's scanner profile (restarting it when the
 * profile changes), and hands HID scans from main to `routeScan` like keyboard scans.
 */
export function useStationSetupWiring(signedIn: boolean, routeScan: (scan: CapturedScan) => boolean): void {
  const load = useSettingsStore((state) => state.load);
  const wedge = useSettingsStore((state) => state.settings?.wedge ?? null);
  const sounds = useSettingsStore((state) => state.settings?.sounds ?? null);
  const profile = useMemo(() => (wedge === null ? defaultScannerProfile : scannerProfileOf(wedge)), [wedge]);

  useEffect(() => {
    if (signedIn) {
      void load();
    }
  }, [signedIn, load]);

  useEffect(() => {
    if (sounds !== null) {
      setFeedbackVolume(sounds.enabled, sounds.volumePercent);
    }
  }, [sounds]);

  // The router is read through a ref, so a new closure on each render does not restart capture.
  const router = useRef(routeScan);
  router.current = routeScan;

  useEffect(
    () => startScanCapture(profile, (scan) => router.current(scan), (check, raw) => useSettingsStore.getState().showWedgeNotice(check, raw)),
    [profile],
  );

  useEffect(
    () =>
      onDeviceEvent((event) => {
        useSettingsStore.getState().applyDeviceEvent(event);
        if (event.type === 'device.scan' && rememberGesture(event.gestureId)) {
          router.current({ raw: event.raw, gestureId: event.gestureId, source: 'hid' });
        }
      }),
    [],
  );
}
