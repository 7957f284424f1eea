import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { createLogger } from '../core/logger';
import { subscribeToDeviceEvents } from '../devices/device-event-bus';
import type { DeviceEvent } from '../devices/device-events';
import { isLaunchToken } from './access-control';

const log = createLogger('station');

/** Path of the push channel; the token comes in the query because browsers cannot set headers on it. */
export const websocketPath = '/ws';

/** The first message on every connection, so a client knows the socket is live. */
export interface HelloMessage {
  readonly type: 'hello';
}

/**
 * A device event pushed to every client: a HID scan ('device.scan', with its gesture id), a scan
 * cut off mid-transfer, a scale reading, or the connection state of every configured device.
 */
export type DeviceEventMessage = DeviceEvent;

/** Every message the station pushes. */
export type StationMessage = HelloMessage | DeviceEventMessage;

/**
 * How long a HID scan is kept for clients that connect later, in milliseconds. A page that
 * reconnects after a dropped socket gets the scans it missed. Each carries its gesture id, so the
 * page skips the ones it has already sent, and pack.scan records a repeated one only once.
 */
const scanBacklogMs = 60_000;
const scanBacklogSize = 50;

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
  const send = (client: WebSocket, message: StationMessage): void => {
    client.send(JSON.stringify(message));
  };
  const recentScans: Array<{ readonly at: number; readonly event: DeviceEventMessage }> = [];
  const stopDeviceEvents = subscribeToDeviceEvents((event) => {
    if (event.type === 'device.scan') {
      recentScans.push({ at: Date.now(), event });
      recentScans.splice(0, Math.max(0, recentScans.length - scanBacklogSize));
    }
    for (const client of clients) {
      send(client, event);
    }
  });

  server.on('connection', (client: WebSocket) => {
    clients.add(client);
    client.on('close', () => clients.delete(client));
    client.on('error', (error) => log.warn('WebSocket client error', { error: error.message }));
    send(client, { type: 'hello' });
    const since = Date.now() - scanBacklogMs;
    for (const recent of recentScans) {
      if (recent.at >= since) {
        send(client, recent.event);
      }
    }
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
      stopDeviceEvents();
      for (const client of clients) {
        client.terminate();
      }
      return new Promise((resolvePromise) => server.close(() => resolvePromise()));
    },
  };
}
