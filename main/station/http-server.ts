import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Services } from '../api/services';
import { createLogger } from '../core/logger';
import { allowedHostHeaders, createLaunchToken, isAllowedHost, isAllowedOrigin, ownOrigin } from './access-control';
import { apiPathPrefix, handleApiRequest } from './api-route';
import { transportFailure } from './call-failures';
import { contentSecurityPolicy } from './content-security-policy';
import { sendJson, sendText } from './responses';
import { handleStaticRequest } from './static-route';
import { createStationSockets } from './websocket';

const log = createLogger('station');

/** The only address the host listens on. It is never exposed beyond this machine. */
export const loopbackHost = '127.0.0.1';

export interface StationServerOptions {
  readonly services: Services;
  /** Folder of the built renderer (out/renderer), served as static files. */
  readonly rendererDir: string;
  /** TCP port; 0 (the default) lets the OS choose a free one. */
  readonly port?: number;
  /** Launch token; a fresh random one when omitted. */
  readonly token?: string;
}

export interface StationServer {
  /** The page URL including the token, as printed for the operator. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  /** Stops accepting connections, closes open ones and resolves when the port is free. */
  close(): Promise<void>;
}

/**
 * Starts the loopback HTTP and WebSocket host on 127.0.0.1. Every request must carry a Host of
 * 127.0.0.1 or localhost on this port, and an Origin, when present, of the same host and port.
 * Others get 403 before any routing. API calls and upgrades also need the launch token.
 */
export async function listenStation(options: StationServerOptions): Promise<StationServer> {
  const token = options.token ?? createLaunchToken();
  const sockets = createStationSockets(token);
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
    if (url.pathname.startsWith(apiPathPrefix)) {
      await handleApiRequest(request, response, url.pathname, options.services, token);
      return;
    }
    handleStaticRequest(request, response, url.pathname, options.rendererDir, csp);
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
    const rejection = checkHostAndOrigin(request);
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
    server.listen(options.port ?? 0, loopbackHost, () => {
      server.off('error', rejectPromise);
      resolvePromise();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = ownOrigin(loopbackHost, port);
  allowedHosts = allowedHostHeaders(loopbackHost, port);
  csp = contentSecurityPolicy(allowedHosts.map((hostHeader) => `ws://${hostHeader}`));
  log.info('station listening', { origin });

  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
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
