import type { PacktraceBridge } from '../../../main/api/bridge';
import { bridgeGlobalName } from '../../../main/api/bridge';
import { createHttpBridge } from './http-bridge';
import { takeStationToken } from './station-token';

let bridge: PacktraceBridge | null = null;
let browserToken: string | null = null;

/**
 * Returns the bridge to main: the one the preload exposes as `window.packtrace` in the desktop
 * app, otherwise one over HTTP to the loopback web host that served this page. Built once.
 */
export function stationBridge(): PacktraceBridge {
  if (bridge !== null) {
    return bridge;
  }

  const exposed = (window as unknown as Record<string, PacktraceBridge | undefined>)[bridgeGlobalName];
  if (exposed !== undefined) {
    bridge = exposed;
    return bridge;
  }

  browserToken = takeStationToken({
    href: window.location.href,
    storage: window.sessionStorage,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  });
  bridge = createHttpBridge((input, init) => window.fetch(input, init), browserToken);
  return bridge;
}

/** Returns the launch token of the browser station, or null in the desktop app. */
export function browserStationToken(): string | null {
  stationBridge();
  return browserToken;
}
