import { browserStationToken } from './client';
import { asDeviceEvent, deliverDeviceEvent } from './device-events';

/** Delay before reconnecting a dropped socket, in milliseconds, doubled per failure up to the cap. */
const firstRetryMs = 1000;
const maxRetryMs = 30_000;

/**
 * Subscribes to events that the loopback web host pushes at `/ws?token=...`. Device events (HID
 * scans, scale readings, device states) go to the device event listeners (device-events.ts), and
 * `onEvent` gets every other parsed message except the 'hello' greeting. Reconnects with backoff
 * while subscribed. Does nothing in the desktop app, which has no socket. Returns the unsubscribe.
 * NOTE: apart from device events the host sends only 'hello' so far, so callers treat any other
 * message as "station data changed" rather than reading specific event types.
 */
export function subscribeToStationEvents(onEvent: (message: unknown) => void): () => void {
  const token = browserStationToken();
  if (token === null) {
    return () => undefined;
  }

  let socket: WebSocket | null = null;
  let retryMs = firstRetryMs;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const connect = (): void => {
    const url = new URL('/ws', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('token', token);
    socket = new WebSocket(url);

    socket.addEventListener('open', () => {
      retryMs = firstRetryMs;
    });
    socket.addEventListener('message', (event: MessageEvent) => {
      const message = parseMessage(event.data);
      const deviceEvent = asDeviceEvent(message);
      if (deviceEvent !== null) {
        deliverDeviceEvent(deviceEvent);
      } else if (message !== null && (message as { type?: unknown }).type !== 'hello') {
        onEvent(message);
      }
    });
    socket.addEventListener('close', () => {
      if (!stopped) {
        retryTimer = setTimeout(connect, retryMs);
        retryMs = Math.min(retryMs * 2, maxRetryMs);
      }
    });
  };

  connect();
  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    socket?.close();
  };
}

function parseMessage(data: unknown): unknown {
  if (typeof data !== 'string') {
    return null;
  }
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return null;
  }
}
