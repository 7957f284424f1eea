/**
 * Preload of the desktop window. Exposes the typed bridge under `window.packtrace` and the device
 * event subscription under `window.packtraceDevices`, nothing else. The page never gets
 * `ipcRenderer` itself, so it can reach main only through the contract's channels, which main
 * parses and checks.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobalName } from '../main/api/bridge';
import { deviceEventIpcChannel, deviceEventsGlobalName, type DeviceEventSubscription } from '../main/devices/device-event-ipc';
import { createBridgeOverIpc } from './bridge-over-ipc';
import { channelNames } from './channels';

const bridge = createBridgeOverIpc(channelNames, (channel, request) => ipcRenderer.invoke(channel, request));

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);

// HID scans and scale readings that main pushes. The page gets the event payload only, never the
// IPC event object, so it cannot reply or reach ipcRenderer through it.
const deviceEvents: DeviceEventSubscription = {
  onDeviceEvent(listener) {
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(deviceEventIpcChannel, forward);
    return () => {
      ipcRenderer.removeListener(deviceEventIpcChannel, forward);
    };
  },
};
contextBridge.exposeInMainWorld(deviceEventsGlobalName, Object.freeze(deviceEvents));
