import type { BrowserWindow } from 'electron';
import { subscribeToDeviceEvents } from '../devices/device-event-bus';
import { deviceEventIpcChannel } from '../devices/device-event-ipc';

/**
 * Sends every device event (HID scans, scale readings, connection changes) to the main window,
 * where the preload hands it to the page. Events while no window is open are dropped; a HID scan
 * then is lost like a keyboard scan into a closed window. Returns the stop function.
 */
export function forwardDeviceEvents(window: () => BrowserWindow | null): () => void {
  return subscribeToDeviceEvents((event) => {
    const target = window();
    if (target !== null && !target.isDestroyed()) {
      target.webContents.send(deviceEventIpcChannel, event);
    }
  });
}
