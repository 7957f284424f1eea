import { app, BrowserWindow, session, type WebContents } from 'electron';
import { createLogger } from '../core/logger';
import { contentSecurityPolicy } from '../station/content-security-policy';
import { mainWindowWebPreferences } from './web-preferences';

const log = createLogger('shell');

/**
 * Applies the app-wide rules to every webContents Electron creates, including the hidden print
 * window: no navigation away from the loaded page, no new windows, no <webview>. Screens change
 * with client-side routing, which does not count as navigation here.
 */
export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      log.warn('blocked navigation', { url: url.slice(0, 200) });
    });
    contents.on('will-redirect', (event, url) => {
      event.preventDefault();
      log.warn('blocked redirect', { url: url.slice(0, 200) });
    });
    contents.setWindowOpenHandler(({ url }) => {
      log.warn('blocked new window', { url: url.slice(0, 200) });
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log.warn('blocked webview');
    });
  });
}

/**
 * Denies every permission request (camera, notifications, HID, serial, ...) and check. The
 * station reads scanners as keyboards, and HID scanners are read in main, so pages need none.
 */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('denied permission request', { permission });
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/**
 * Adds the CSP to pages of the electron-vite dev server, which sends none itself. In dev the
 * React refresh preamble is an inline script and hot reload uses a WebSocket, so this policy
 * allows both. Packaged pages come from the app scheme with the strict policy instead.
 */
export function applyDevServerCsp(devServerOrigin: string): void {
  const webSocketOrigin = devServerOrigin.replace(/^http/, 'ws');
  const csp = contentSecurityPolicy([webSocketOrigin], { allowInlineScripts: true });
  session.defaultSession.webRequest.onHeadersReceived({ urls: [`${devServerOrigin}/*`] }, (details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

/** Creates the one station window; it is shown once its first page has rendered. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    show: false,
    autoHideMenuBar: true,
    webPreferences: mainWindowWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error('renderer process gone', { reason: details.reason, exitCode: details.exitCode });
  });
  return window;
}
