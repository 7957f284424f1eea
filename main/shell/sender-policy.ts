import { originOfUrl } from './app-origin';

/** The facts about an IPC message's sender that decide whether main serves it. */
export interface IpcSenderFacts {
  readonly senderWebContentsId: number;
  /** Id of the main window's webContents, or null once the window is gone. */
  readonly mainWebContentsId: number | null;
  /** URL of the frame that sent the message, or null when the frame was already destroyed. */
  readonly frameUrl: string | null;
  readonly isMainFrame: boolean;
}

/**
 * Accepts a message only from the top frame of the main window showing one of the app's own
 * pages. Subframes (such as a label preview) and any other window are rejected even if they
 * somehow reach `ipcRenderer`, because only the preload of the main window should call main.
 */
export function isTrustedIpcSender(facts: IpcSenderFacts, trustedOrigins: ReadonlyArray<string>): boolean {
  if (facts.mainWebContentsId === null || facts.senderWebContentsId !== facts.mainWebContentsId) {
    return false;
  }
  if (!facts.isMainFrame || facts.frameUrl === null) {
    return false;
  }

  const origin = originOfUrl(facts.frameUrl);
  return origin !== null && trustedOrigins.includes(origin);
}
