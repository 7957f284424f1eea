import { deviceEventsGlobalName, type DeviceEventSubscription } from '../../../main/devices/device-event-ipc';
import type { DeviceEvent } from '../../../main/devices/device-events';

/** A device event as the station pushes it (the same union main's device registry emits). */
export type DeviceEventMessage = DeviceEvent;

type DeviceEventListener = (event: DeviceEventMessage) => void;

const listeners = new Set<DeviceEventListener>();
let stopDesktopSubscription: (() => void) | null = null;

const deviceEventTypes: ReadonlySet<string> = new Set(['device.scan', 'device.scan-incomplete', 'device.status', 'scale.reading']);

/**
 * Returns the message as a device event when its type is one, else null. Main is trusted for the
 * payload's shape, because both transports carry only what main itself sent.
 */
export function asDeviceEvent(message: unknown): DeviceEventMessage | null {
  if (typeof message !== 'object' || message === null) {
    return null;
  }
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && deviceEventTypes.has(type) ? (message as DeviceEventMessage) : null;
}

/** Hands a device event from either transport to every listener. */
export function deliverDeviceEvent(event: DeviceEventMessage): void {
  for (const listener of listeners) {
    listener(event);
  }
}

/**
 * Calls `listener` with every device event: HID scans, scale readings and device states. In the
 * browser station they arrive over the station's WebSocket (station-events.ts passes them here).
 * In the desktop app they come from the preload's subscription. Returns the unsubscribe.
 */
export function onDeviceEvent(listener: DeviceEventListener): () => void {
  listeners.add(listener);
  const desktop = (window as unknown as Record<string, DeviceEventSubscription | undefined>)[deviceEventsGlobalName];
  if (desktop !== undefined && stopDesktopSubscription === null) {
    stopDesktopSubscription = desktop.onDeviceEvent((message) => {
      const event = asDeviceEvent(message);
      if (event !== null) {
        deliverDeviceEvent(event);
      }
    });
  }

  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stopDesktopSubscription !== null) {
      stopDesktopSubscription();
      stopDesktopSubscription = null;
    }
  };
}
