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
    // A middle click (auxclick) on a link would otherwise try to open a window; the window-open
    // handler denies it too, and this removes the event itself.
    disableBlinkFeatures: 'Auxclick',
    // The label preview shows the PDF in a frame, which needs Chromium's built-in PDF viewer;
    // Electron enables that viewer only with `plugins` on.
    plugins: true,
  };
}

/**
 * Returns the webPreferences of the hidden window that prints label HTML. The page has no
 * scripts, so JavaScript is off as well, and it gets no preload and no plugins.
 */
export function printWindowWebPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    javascript: false,
    plugins: false,
    disableBlinkFeatures: 'Auxclick',
  };
}
