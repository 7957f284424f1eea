import type { IncomingMessage } from 'node:http';
import type { AttemptLimiter } from './attempt-limiter';
import type { BrowserSession, BrowserSessions } from './browser-sessions';
import { readCookie, sessionCookie } from './session-cookie';

/** The state the API and pairing routes share: the sessions, their cookie and the attempt limiter. */
export interface BrowserAccess {
  readonly sessions: BrowserSessions;
  readonly cookieName: string;
  /** True when the station listens on (or is forced to act as if on) a LAN address. */
  readonly lanMode: boolean;
  readonly limiter: AttemptLimiter;
}

/** The request's session and the Set-Cookie header to send when the id is new. */
export interface ResolvedSession {
  readonly id: string;
  readonly browser: BrowserSession;
  readonly setCookie: string | null;
}

/** Finds the session named by the request's cookie, or opens one and returns the cookie to set. */
export function resolveSession(request: IncomingMessage, access: BrowserAccess): ResolvedSession {
  const found = access.sessions.find(readCookie(request.headers.cookie, access.cookieName));
  if (found !== null) {
    return { ...found, setCookie: null };
  }
  const opened = access.sessions.open();
  return { ...opened, setCookie: sessionCookie(access.cookieName, opened.id) };
}

/** Returns the key the attempt limiter counts a request under: the client's IP address. */
export function clientAddressOf(request: IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}
