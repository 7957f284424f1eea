import type { PacktraceBridge } from '../../../main/api/bridge';
import { bridgeGlobalName } from '../../../main/api/bridge';
import { createHttpBridge } from './http-bridge';
import { takeStationToken } from './station-token';

let bridge: PacktraceBridge | null = null;
let browserToken: string | null = null;

type FailureListener = (code: string) => void;
const failureListeners = new Set<FailureListener>();

/**
 * Calls `listener` with the code of every failed call, so the sign-in screen can come back when
 * main reports 'operator-not-signed-in' (idle lock) or 'pairing-required'. Returns the unsubscribe.
 */
export function observeCallFailures(listener: FailureListener): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

/** Wraps each bridge function so failed results reach the failure listeners. */
function withFailureNotice(inner: PacktraceBridge): PacktraceBridge {
  const wrapped: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const [channel, call] of Object.entries(inner) as Array<[string, (request: unknown) => Promise<{ ok: boolean; error?: { code: string } }>]>) {
    wrapped[channel] = async (request) => {
      const result = await call(request);
      if (!result.ok && result.error !== undefined) {
        for (const listener of failureListeners) {
          listener(result.error.code);
        }
      }
      return result;
    };
  }
  return Object.freeze(wrapped) as unknown as PacktraceBridge;
}

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
    bridge = withFailureNotice(exposed);
    return bridge;
  }

  browserToken = takeStationToken({
    href: window.location.href,
    storage: window.sessionStorage,
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  });
  bridge = withFailureNotice(createHttpBridge((input, init) => window.fetch(input, init), browserToken));
  return bridge;
}

/** Returns the launch token of the browser station, or null in the desktop app. */
export function browserStationToken(): string | null {
  stationBridge();
  return browserToken;
}
