import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { CallResult, Channel } from '../api/contract';
import { dispatch } from '../api/dispatch';
import type { Services } from '../api/services';
import { createLogger } from '../core/logger';
import { isTrustedIpcSender } from './sender-policy';

const log = createLogger('ipc');

function senderIsTrusted(event: IpcMainInvokeEvent, mainWindow: BrowserWindow | null, trustedOrigins: ReadonlyArray<string>): boolean {
  const frame = event.senderFrame;
  return isTrustedIpcSender(
    {
      senderWebContentsId: event.sender.id,
      mainWebContentsId: mainWindow === null || mainWindow.isDestroyed() ? null : mainWindow.webContents.id,
      frameUrl: frame === null ? null : frame.url,
      isMainFrame: frame !== null && frame.parent === null,
    },
    trustedOrigins,
  );
}

/**
 * Registers one `ipcMain.handle` per contract channel. Each handler checks the sender first and
 * then passes the untrusted payload to `dispatch`, which parses it against the contract. A
 * message from any other sender is logged and rejected with an error, never dispatched.
 */
export function registerIpcHandlers(
  services: Services,
  channels: ReadonlyArray<Channel>,
  mainWindow: () => BrowserWindow | null,
  trustedOrigins: ReadonlyArray<string>,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, payload: unknown): Promise<CallResult<Channel>> => {
      if (!senderIsTrusted(event, mainWindow(), trustedOrigins)) {
        log.warn('rejected IPC from an untrusted sender', { channel, url: event.senderFrame?.url.slice(0, 200) ?? null });
        throw new Error(`IPC channel ${channel} rejected: the sender is not the Packtrace main window`);
      }
      return dispatch(services, channel, payload);
    });
  }
}
