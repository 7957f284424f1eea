/**
 * Security settings of the main window, kept free of a runtime 'electron' import so a unit test
 * can check them under plain Node.
 */
import type { WebPreferences } from 'electron';

/**
 * Returns the main window's webPreferences: the page runs sandboxed in its own JavaScript world
 * with no Node access, and reaches main only through the preload's bridge.
 */
export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // The label preview shows the PDF in a frame, which needs Chromium's built-in PDF viewer;
    // Electron enables that viewer only with `plugins` on.
    plugins: true,
  };
}

/**
 * Returns the webPreferences of the hidden window that prints a label PDF. It gets no preload,
 * and `plugins` is on because Chromium's PDF viewer is a plugin.
 */
export function printWindowWebPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    plugins: true,
  };
}
