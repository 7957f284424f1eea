import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Services } from '../api/services';
import type { StationSession } from '../api/services/service-support';
import { createLogger } from '../core/logger';
import { allowedHostHeaders, createLaunchToken, isAllowedHost, isAllowedOrigin, isLoopbackAddress, ownOrigin } from './access-control';
import { apiPathPrefix, handleApiRequest } from './api-route';
import { createAttemptLimiter, defaultAttemptLimits, type AttemptLimiterOptions } from './attempt-limiter';
import type { BrowserAccess } from './browser-access';
import { createBrowserSessions } from './browser-sessions';
import { createPairingCode } from './pairing-code';
import { handlePairingRequest, pairingPath } from './pairing-route';
import { readCookie, sessionCookieName } from './session-cookie';
import { transportFailure } from './call-failures';
import { contentSecurityPolicy } from './content-security-policy';
import { sendJson, sendText } from './responses';
import { handleStaticRequest } from './static-route';
import { createStationSockets } from './websocket';

const log = createLogger('station');

/** The address the host listens on unless `--host` names another. */
export const loopbackHost = '127.0.0.1';

export interface StationServerOptions {
  /** Builds the services of one browser session; each browser gets its own. */
  readonly createSessionServices: (session: StationSession) => Services;
  /** Folder of the built renderer (out/renderer), served as static files. */
  readonly rendererDir: string;
  /** TCP port; 0 (the default) lets the OS choose a free one. */
  readonly port?: number;
  /** Launch token; a fresh random one when omitted. */
  readonly token?: string;
  /** IP address to listen on; 127.0.0.1 when omitted. Any other address turns on LAN mode. */
  readonly host?: string;
  /**
   * Test hook: LAN mode (pairing code, session per paired browser) while listening on loopback,
   * so tests never bind a LAN address.
   */
  readonly forceLanMode?: boolean;
  /** Pairing code of LAN mode; a fresh random one when omitted. */
  readonly pairingCode?: string;
  /** Failed credential attempts allowed per client address; ten a minute when omitted. */
  readonly attemptLimits?: AttemptLimiterOptions;
}

export interface StationServer {
  /** The page URL as printed for the operator: with the token on loopback, without it in LAN mode. */
  readonly url: string;
  /** True when browsers must pair with `pairingCode` before any API call. */
  readonly lanMode: boolean;
  /** The code a browser presents at /pair in LAN mode; null on loopback. */
  readonly pairingCode: string | null;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  /** Stops accepting connections, closes open ones and resolves when the port is free. */
  close(): Promise<void>;
}

/**
 * Starts the HTTP and WebSocket host, on 127.0.0.1 unless `host` names another address. Every
 * request must carry a Host of the listening address (or localhost on loopback) and port, and an
 * Origin, when present, of the same host and port. Others get 403 before any routing. API calls
 * and upgrades also need the launch token. Each browser gets a session cookie and its own
 * signed-in operator. In LAN mode a browser must first pair with the station's pairing code,
 * which hands it the token; the printed URL then carries no token.
 */
export async function listenStation(options: StationServerOptions): Promise<StationServer> {
  const token = options.token ?? createLaunchToken();
  const host = options.host ?? loopbackHost;
  const lanMode = options.forceLanMode === true || !isLoopbackAddress(host);
  const pairingCode = lanMode ? (options.pairingCode ?? createPairingCode()) : null;
  const sockets = createStationSockets(token);
  const limiter = createAttemptLimiter(options.attemptLimits ?? defaultAttemptLimits);
  const sessions = createBrowserSessions(options.createSessionServices, { pairedByDefault: !lanMode });
  let access: BrowserAccess | null = null;
  let origin = '';
  let csp = '';
  let allowedHosts: ReadonlyArray<string> = [];

  const server = createServer((request, response) => {
    routeRequest(request, response).catch((error: unknown) => {
      log.error('request failed', { method: request.method, error: (error as Error).stack ?? String(error) });
      if (!response.headersSent) {
        sendJson(response, 500, transportFailure('internal-error', 'common:errors.internal', { channel: 'http' }));
        return;
      }
      response.destroy();
    });
  });

  async function routeRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const rejection = checkHostAndOrigin(request);
    if (rejection !== null) {
      log.warn('rejected request', { method: request.method, reason: rejection, origin: request.headers.origin ?? null });
      if ((request.url ?? '').startsWith(apiPathPrefix)) {
        sendJson(response, 403, transportFailure('forbidden', 'common:errors.invalidRequest', { detail: rejection }));
        return;
      }
      sendText(response, 403, `Forbidden: ${rejection}.`);
      return;
    }

    const url = new URL(request.url ?? '/', origin);
    if (access === null) {
      sendText(response, 503, 'The station is still starting.');
      return;
    }
    if (url.pathname.startsWith(apiPathPrefix)) {
      await handleApiRequest(request, response, url.pathname, token, access);
      return;
    }
    if (url.pathname === pairingPath && pairingCode !== null) {
      await handlePairingRequest(request, response, pairingCode, token, access);
      return;
    }
    handleStaticRequest(request, response, url.pathname, options.rendererDir, csp);
  }

  /** On a LAN station the socket, like the API, needs a paired browser's session cookie. */
  function checkPairedForUpgrade(request: IncomingMessage): string | null {
    if (access === null || !access.lanMode) {
      return null;
    }
    const found = access.sessions.find(readCookie(request.headers.cookie, access.cookieName));
    return found !== null && found.browser.paired ? null : 'browser not paired';
  }

  function checkHostAndOrigin(request: IncomingMessage): string | null {
    if (!isAllowedHost(request.headers.host, allowedHosts)) {
      return 'unexpected Host header';
    }
    if (!isAllowedOrigin(request.headers.origin, allowedHosts)) {
      return 'cross-origin request';
    }
    return null;
  }

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const rejection = checkHostAndOrigin(request) ?? checkPairedForUpgrade(request);
    if (rejection !== null) {
      log.warn('rejected WebSocket upgrade', { reason: rejection, origin: request.headers.origin ?? null });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, new URL(request.url ?? '/', origin));
  });

  await new Promise<void>((resolvePromise, rejectPromise) => {
    server.once('error', rejectPromise);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', rejectPromise);
      resolvePromise();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = ownOrigin(host, port);
  allowedHosts = allowedHostHeaders(host, port);
  csp = contentSecurityPolicy(allowedHosts.map((hostHeader) => `ws://${hostHeader}`));
  access = { sessions, cookieName: sessionCookieName(port), lanMode, limiter };
  log.info('station listening', { origin, lanMode });

  return {
    url: lanMode ? `${origin}/` : `${origin}/?token=${encodeURIComponent(token)}`,
    lanMode,
    pairingCode,
    origin,
    port,
    token,
    async close() {
      await sockets.close();
      await new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      });
      log.info('station stopped', { origin });
    },
  };
}
