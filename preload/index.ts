/**
 * Preload of the desktop window. Exposes the typed bridge under `window.packtrace` and nothing
 * else: the page never gets `ipcRenderer` itself, so it can reach main only through the
 * contract's channels, which main parses and checks.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobalName } from '../main/api/bridge';
import { createBridgeOverIpc } from './bridge-over-ipc';
import { channelNames } from './channels';

const bridge = createBridgeOverIpc(channelNames, (channel, request) => ipcRenderer.invoke(channel, request));

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
