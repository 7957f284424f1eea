import type { DeviceEvent } from './device-events';

type Listener = (event: DeviceEvent) => void;

const listeners = new Set<Listener>();

/**
 * Hands device events (HID scans, scale readings, connection changes) to every transport of this
 * process: the browser station's WebSocket clients and the Electron window. Returns the
 * unsubscribe function.
 */
export function subscribeToDeviceEvents(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Sends one event to every subscriber; a subscriber that throws does not stop the others. */
export function publishDeviceEvent(event: DeviceEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch (error) {
      // A broken transport must not lose the scan for the others.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
