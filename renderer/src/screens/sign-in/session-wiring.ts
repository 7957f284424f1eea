import { useEffect, useRef } from 'react';
import { isBadgeCode, normalizeBadgeCode } from '../../../../main/operators/badge-format';
import { observeCallFailures } from '../../api/client';
import type { CapturedScan } from '../../scan-capture/keyboard-listener';
import { routeScan } from '../../state/scan-routing';
import { useOperatorSession } from './operator-session-store';

type BadgeHandler = (badge: string) => void;

/** Dialogs that take a badge as an approval rather than a sign-in, the last one opened first. */
const badgeHandlers: BadgeHandler[] = [];

/**
 * Makes badge scans go to `handler` while the calling component is mounted, such as the
 * supervisor override dialog, instead of signing the badge's operator in.
 */
export function useBadgeCapture(handler: BadgeHandler): void {
  const latest = useRef(handler);
  latest.current = handler;

  useEffect(() => {
    const forward: BadgeHandler = (badge) => latest.current(badge);
    badgeHandlers.push(forward);
    return () => {
      badgeHandlers.splice(badgeHandlers.lastIndexOf(forward), 1);
    };
  }, []);
}

/**
 * Routes a committed scan. A badge code goes to an open dialog that captures badges, or else
 * signs its operator in, which switches operator in one scan on any screen. Anything else goes
 * to the screen on top as before.
 */
export function routeScanWithBadges(scan: CapturedScan): boolean {
  if (!isBadgeCode(scan.raw)) {
    return routeScan(scan);
  }
  const badge = normalizeBadgeCode(scan.raw);
  const capture = badgeHandlers.at(-1);
  if (capture !== undefined) {
    capture(badge);
    return true;
  }
  void useOperatorSession.getState().signIn({ badge });
  return true;
}

/** Events that count as the operator being at the station. */
const activityEvents = ['keydown', 'pointerdown'] as const;

/**
 * Loads the session, returns to the sign-in screen when main reports the session signed out or
 * unpaired, and signs the operator out after `idleLockSeconds` without a key or pointer press.
 * Main enforces the same idle time on its side, so a tab left open cannot keep a session alive.
 */
export function useOperatorSessionWiring(): void {
  const load = useOperatorSession((state) => state.load);
  const signedIn = useOperatorSession((state) => state.operator !== null);
  const idleLockSeconds = useOperatorSession((state) => state.idleLockSeconds);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(
    () =>
      observeCallFailures((code) => {
        const session = useOperatorSession.getState();
        if (code === 'operator-not-signed-in' && session.operator !== null) {
          session.noteSignedOut();
        } else if (code === 'pairing-required') {
          session.notePairingRequired();
        }
      }),
    [],
  );

  useEffect(() => {
    if (!signedIn) {
      return undefined;
    }
    let timer = window.setTimeout(lock, idleLockSeconds * 1000);
    function lock(): void {
      void useOperatorSession.getState().signOut();
    }
    function restart(): void {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, idleLockSeconds * 1000);
    }
    for (const name of activityEvents) {
      window.addEventListener(name, restart, { capture: true, passive: true });
    }
    return () => {
      window.clearTimeout(timer);
      for (const name of activityEvents) {
        window.removeEventListener(name, restart, { capture: true });
      }
    };
  }, [signedIn, idleLockSeconds]);
}
