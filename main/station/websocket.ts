import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { createLogger } from '../core/logger';
import { isLaunchToken } from './access-control';

const log = createLogger('station');

/** Path of the push channel; the token comes in the query because browsers cannot set headers on it. */
export const websocketPath = '/ws';

/** The first message on every connection, so a client knows the socket is live. */
export interface HelloMessage {
  readonly type: 'hello';
}

export interface StationSockets {
  /** Accepts or rejects an HTTP upgrade that already passed the Host and Origin checks. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer, url: URL): void;
  /** Closes every open connection and the socket server. */
  close(): Promise<void>;
}

function rejectUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/** Creates the WebSocket endpoint at `/ws?token=<launch token>`. */
export function createStationSockets(launchToken: string): StationSockets {
  const server = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const clients = new Set<WebSocket>();

  server.on('connection', (client: WebSocket) => {
    clients.add(client);
    client.on('close', () => clients.delete(client));
    client.on('error', (error) => log.warn('WebSocket client error', { error: error.message }));
    const hello: HelloMessage = { type: 'hello' };
    client.send(JSON.stringify(hello));
  });

  return {
    handleUpgrade(request, socket, head, url) {
      if (url.pathname !== websocketPath) {
        rejectUpgrade(socket, 404, 'Not Found');
        return;
      }
      if (!isLaunchToken(url.searchParams.get('token'), launchToken)) {
        log.warn('rejected WebSocket upgrade without a valid token');
        rejectUpgrade(socket, 401, 'Unauthorized');
        return;
      }
      server.handleUpgrade(request, socket, head, (client) => server.emit('connection', client, request));
    },
    close() {
      for (const client of clients) {
        client.terminate();
      }
      return new Promise((resolvePromise) => server.close(() => resolvePromise()));
    },
  };
}
