/**
 * Entry of the desktop app (out/main/index.js). Opens the station database with better-sqlite3
 * built for Electron, serves the contract over IPC to the one station window, and shows an
 * error dialog instead of an empty window when the database cannot be opened.
 */
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { createLogger } from '../core/logger';
import { createTranslator, isSupportedLanguage, type SupportedLanguage } from '../core/translator';
import { findNewestGoodBackup, planStartupDialog, type StoreSafetyError } from '../safety/startup-recovery';
import { restoreDatabase } from '../store/restore';
import { printWithCups } from '../printing/cups-driver';
import { createElectronPrintDriver } from '../printing/electron-print-driver';
import { openStation, type OpenedStation } from '../station/open-station';
import { resolveDataDir } from '../store/data-dir';
import { allowUnsafeDataDirVariable } from '../store/database';
import { channelNames } from '../../preload/channels';
import { appEntryUrl, originOfUrl, trustedPageOrigins } from './app-origin';
import { registerAppScheme, serveAppScheme } from './app-protocol';
import { allowsUnsafeDataDir, dataDirFromArgv } from './arguments';
import { forwardDeviceEvents } from './device-event-forwarding';
import { registerIpcHandlers } from './ipc';
import { electronNativeBindingPath } from './native-binding';
import { chooseLabelPrintRoute, createCartonLabelPrinter } from './label-printer';
import { printLabelHtml } from './print';
import { describeStoreOpenFailure } from './startup-error';
import { applyDevServerCsp, createMainWindow, installPermissionPolicy, lockDownWebContents } from './window';

const log = createLogger('shell');

/** Set by `electron-vite dev` to the renderer's dev server; absent in a built app. */
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

let mainWindow: BrowserWindow | null = null;
let station: OpenedStation | null = null;

function showMainWindow(): void {
  mainWindow = createMainWindow(join(__dirname, '..', 'preload', 'index.cjs'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  const url = devServerUrl ?? appEntryUrl;
  mainWindow.loadURL(url).catch((error: unknown) => {
    log.error('window load failed', { url, error: (error as Error).message });
  });
}

function appLanguage(): SupportedLanguage {
  const language = app.getLocale().slice(0, 2);
  return isSupportedLanguage(language) ? language : 'en';
}

/**
 * Shows the corrupt-database dialog and, when the operator picks the newest good backup,
 * restores it. Returns true when a backup was restored and the store should be opened again.
 */
function offerRestore(error: StoreSafetyError, dataDir: string, nativeBinding: string): boolean {
  const t = createTranslator(appLanguage());
  const plan = planStartupDialog(error, findNewestGoodBackup(dataDir, { nativeBinding }), t);
  if (plan.restoreButton === null || plan.restoreBackup === null) {
    return false;
  }

  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: plan.title,
    message: plan.title,
    detail: plan.detail,
    buttons: [...plan.buttons],
    defaultId: plan.buttons.length - 1,
    cancelId: plan.buttons.length - 1,
    noLink: true,
  });
  if (choice !== plan.restoreButton) {
    return false;
  }

  const restored = restoreDatabase(dataDir, plan.restoreBackup.file, { nativeBinding });
  if (!restored.ok) {
    log.error('restore at startup failed', { dataDir, code: restored.error.code });
    dialog.showErrorBox(plan.title, t('safety:corrupt.restoreFailed', { detail: restored.error.code }));
    return false;
  }
  log.info('restored backup at startup', { backup: plan.restoreBackup.file });
  return true;
}

async function start(): Promise<void> {
  const dataDir = resolve(resolveDataDir(dataDirFromArgv(process.argv)));
  if (allowsUnsafeDataDir(process.argv)) {
    // openStore reads the override from the environment, the same way for every entry point.
    process.env[allowUnsafeDataDirVariable] = '1';
    log.warn('unsafe data folder allowed by --allow-unsafe-data-dir', { dataDir });
  }
  const nativeBinding = electronNativeBindingPath(app.getAppPath(), process.versions.electron ?? 'unknown');
  // NOTE: in a packaged app the binary must be shipped at this path beside the app (outside the
  // asar archive); no packaging step exists yet.
  const printRoute = chooseLabelPrintRoute(process.env, process.platform);
  log.info('label print route', { ...printRoute });
  const printCartonLabel = createCartonLabelPrinter(printRoute, { printWithCups: (job) => printWithCups(job), printLabelHtml });
  // Queued jobs on `electron` profiles print through the same silent HTML print as the direct route.
  const extraPrintDrivers = { electron: createElectronPrintDriver(printLabelHtml) };
  let opened = openStation({ dataDir, transport: 'electron', nativeBinding, printCartonLabel, extraPrintDrivers });
  if (!opened.ok && opened.error.code === 'store-corrupt' && offerRestore(opened.error, dataDir, nativeBinding)) {
    opened = openStation({ dataDir, transport: 'electron', nativeBinding, printCartonLabel, extraPrintDrivers });
  }
  if (!opened.ok) {
    const message = describeStoreOpenFailure(opened.error, dataDir, createTranslator(appLanguage()));
    log.error('startup failed', { dataDir, code: opened.error.code });
    dialog.showErrorBox(message.title, message.body);
    app.exit(1);
    return;
  }
  station = opened.value;

  lockDownWebContents();
  installPermissionPolicy(trustedPageOrigins(devServerUrl));
  serveAppScheme(join(__dirname, '..', 'renderer'));
  const devOrigin = devServerUrl === undefined ? null : originOfUrl(devServerUrl);
  if (devOrigin !== null) {
    applyDevServerCsp(devOrigin);
  }
  registerIpcHandlers(station.services, channelNames, () => mainWindow, trustedPageOrigins(devServerUrl));
  forwardDeviceEvents(() => mainWindow);
  showMainWindow();
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second instance would open the same database; the first one gets focus instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow !== null) {
      mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (station !== null && mainWindow === null) {
      showMainWindow();
    }
  });
  app.on('will-quit', (event) => {
    // Closing waits for the print job being sent, so the quit is held until the station has closed.
    const closing = station;
    if (closing !== null) {
      station = null;
      event.preventDefault();
      void closing.close().finally(() => app.quit());
    }
  });
  app.whenReady().then(start).catch((error: unknown) => {
    log.error('startup failed', { error: (error as Error).stack ?? String(error) });
    dialog.showErrorBox('Packtrace failed to start', String((error as Error).message ?? error));
    app.exit(1);
  });
}
