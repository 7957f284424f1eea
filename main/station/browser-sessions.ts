import { randomBytes } from 'node:crypto';
import type { Services } from '../api/services';
import { createStationSession, type StationSession } from '../api/services/service-support';

/** One browser's session on the station: its own signed-in operator and its own services. */
export interface BrowserSession {
  readonly session: StationSession;
  readonly services: Services;
  /** True once the browser has presented the pairing code; always true on a loopback station. */
  paired: boolean;
  lastSeenAt: number;
}

export interface BrowserSessions {
  /** Returns the session with this id, or null for an unknown or expired id. */
  find(id: string | null): { readonly id: string; readonly browser: BrowserSession } | null;
  /** Opens a new session and returns its id. */
  open(): { readonly id: string; readonly browser: BrowserSession };
  /** Moves a session to a new id and drops the old one, so an id known before sign-in stops working. */
  renew(id: string): string;
  readonly size: number;
}

export interface BrowserSessionOptions {
  /** Whether a new session starts paired: true for loopback, false for a LAN address. */
  readonly pairedByDefault: boolean;
  /** Most sessions kept; the least recently seen one is dropped first. */
  readonly maxSessions?: number;
  /** A session unseen for this long is dropped, in milliseconds. */
  readonly expireAfterMs?: number;
  readonly now?: () => number;
}

function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Keeps the sessions of the browsers that use the station, keyed by a random 256-bit id that the
 * station issues in a cookie. The defaults keep 200 sessions for at most 12 hours. A bench
 * station serves a handful of browsers, so the cap only bounds the memory a token holder could
 * fill by sending requests without a cookie.
 */
export function createBrowserSessions(createServices: (session: StationSession) => Services, options: BrowserSessionOptions): BrowserSessions {
  const maxSessions = options.maxSessions ?? 200;
  const expireAfterMs = options.expireAfterMs ?? 12 * 60 * 60 * 1000;
  const now = options.now ?? Date.now;
  // Map keeps insertion order; find() re-inserts, so the first key is the least recently seen.
  const sessions = new Map<string, BrowserSession>();

  function touch(id: string, browser: BrowserSession): void {
    browser.lastSeenAt = now();
    sessions.delete(id);
    sessions.set(id, browser);
  }

  return {
    find(id) {
      if (id === null) {
        return null;
      }
      const browser = sessions.get(id);
      if (browser === undefined) {
        return null;
      }
      if (now() - browser.lastSeenAt > expireAfterMs) {
        sessions.delete(id);
        return null;
      }
      touch(id, browser);
      return { id, browser };
    },

    open() {
      while (sessions.size >= maxSessions) {
        const oldest = sessions.keys().next().value as string;
        sessions.delete(oldest);
      }
      const session = createStationSession(now());
      const browser: BrowserSession = { session, services: createServices(session), paired: options.pairedByDefault, lastSeenAt: now() };
      const id = newSessionId();
      sessions.set(id, browser);
      return { id, browser };
    },

    renew(id) {
      const browser = sessions.get(id);
      if (browser === undefined) {
        throw new Error('renew: unknown session id');
      }
      sessions.delete(id);
      const renewed = newSessionId();
      sessions.set(renewed, browser);
      return renewed;
    },

    get size() {
      return sessions.size;
    },
  };
}
