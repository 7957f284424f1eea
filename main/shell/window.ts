import { app, BrowserWindow, session, type WebContents } from 'electron';
import { createLogger } from '../core/logger';
import { contentSecurityPolicy } from '../station/content-security-policy';
import { isPermissionGranted, type PermissionFacts } from './permission-policy';
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
 * Installs the permission policy of `isPermissionGranted` for requests and checks: the camera
 * only for the returns screen of the app's own page, nothing else (notifications, HID, serial,
 * microphone ...). The station reads scanners as keyboards or in main, so pages need no device.
 */
export function installPermissionPolicy(trustedOrigins: ReadonlyArray<string>): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const facts: PermissionFacts = {
      permission,
      requestingUrl: details.requestingUrl,
      isMainFrame: details.isMainFrame,
      mediaTypes: 'mediaTypes' in details ? [...(details.mediaTypes ?? [])] : [],
    };
    const granted = isPermissionGranted(facts, trustedOrigins);
    if (!granted) {
      log.warn('denied permission request', { permission, url: facts.requestingUrl?.slice(0, 200) ?? null });
    }
    callback(granted);
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, _origin, details) => {
    const mediaType = 'mediaType' in details ? details.mediaType : undefined;
    return isPermissionGranted(
      {
        permission,
        requestingUrl: details.requestingUrl ?? null,
        isMainFrame: details.isMainFrame ?? false,
        mediaTypes: mediaType === undefined ? [] : [mediaType],
      },
      trustedOrigins,
    );
  });
  // WebHID, Web Serial and WebUSB ask here instead; scanners and printers are opened in main.
  session.defaultSession.setDevicePermissionHandler(() => false);
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
