import type Database from 'better-sqlite3';
import { createLogger } from '../../core/logger';
import { err, ok } from '../../core/result';
import { createTranslator, isSupportedLanguage } from '../../core/translator';
import { buildScannerTestSheet } from '../../labels/scanner-test-sheet';
import type { DeviceRegistry } from '../../devices/device-registry';
import { createNodeHidPort } from '../../devices/node-hid-port';
import type { ScaleReading } from '../../devices/scale-report';
import { createStationDevices, type StationDevices } from '../../devices/station-devices';
import { checkOpenCartonWeight } from '../../settings/carton-weight-check';
import { exportSettingsFile, importSettingsFile } from '../../settings/settings-file';
import { readStationSettings, saveStationSettings } from '../../settings/settings-store';
import type { StationSettings } from '../../settings/station-settings-schema';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { serviceError } from './service-support';

type DeviceServiceChannels =
  | 'settings.get'
  | 'settings.save'
  | 'settings.export'
  | 'settings.import'
  | 'devices.status'
  | 'devices.scannerTestSheet'
  | 'scale.read'
  | 'cartons.checkWeight';

const scalePollMs = 100;
const log = createLogger('devices');

/** Device registries started on demand, one per open station database. */
const startedDevices = new WeakMap<Database.Database, StationDevices | null>();

/**
 * Returns the station's devices: the ones the host passed in the context, or else a registry over
 * node-hid started on the first device call, so a station that never uses HID devices never
 * loads the native module. Null when node-hid cannot be loaded here.
 * NOTE: a registry started here stays open until the process exits; its polling timer does not
 * keep the process alive.
 */
function devicesOf(context: StationContext): StationDevices | null {
  if (context.devices !== undefined) {
    return context.devices;
  }
  const started = startedDevices.get(context.db);
  if (started !== undefined) {
    return started;
  }

  let devices: StationDevices | null = null;
  try {
    devices = createStationDevices(createNodeHidPort(), readStationSettings(context.db, context.stationId));
  } catch (error) {
    log.error('starting HID devices failed', { error: (error as Error).message });
  }
  startedDevices.set(context.db, devices);
  return devices;
}

/**
 * Handlers of station setup. Saving or importing settings reconfigures the station's device
 * registry at once, so a scanner added on the settings screen is read without a restart.
 */
export function createDeviceServices(context: StationContext): Pick<Services, DeviceServiceChannels> {
  const store = (settings: StationSettings): StationSettings => {
    const saved = saveStationSettings(context.db, context.stationId, settings);
    devicesOf(context)?.apply(saved);
    return saved;
  };

  return {
    'settings.get': () => ok(readStationSettings(context.db, context.stationId)),

    'settings.save': (request) => ok(store(request)),

    'settings.export': () => {
      const settings = readStationSettings(context.db, context.stationId);
      const stationPart = settings.stationName === '' ? 'station' : settings.stationName.replace(/[^\p{L}\p{N}_-]+/gu, '-');
      return ok({ fileName: `packtrace-settings-${stationPart}.json`, text: exportSettingsFile(settings) });
    },

    'settings.import': (request) => {
      const imported = importSettingsFile(request.text);
      if (!imported.ok) {
        return err(serviceError(imported.error.code, { key: `devices:settings.importError.${imported.error.code}`, params: { detail: imported.error.detail } }));
      }
      return ok(store(imported.value));
    },

    'devices.status': () => {
      const registry = devicesOf(context)?.registry;
      if (registry === undefined) {
        return ok({ hidAvailable: false, devices: [], attached: [] });
      }
      return ok({ hidAvailable: true, devices: [...registry.status()], attached: [...registry.attachedDevices()] });
    },

    'devices.scannerTestSheet': () => {
      const language = readStationSettings(context.db, context.stationId).language;
      const t = createTranslator(isSupportedLanguage(language) ? language : 'en');
      const sheet = buildScannerTestSheet({
        title: t('devices:testSheet.title'),
        hint: t('devices:testSheet.hint'),
        lines: {
          layout: t('devices:testSheet.line.layout'),
          'gs1-separator': t('devices:testSheet.line.gs1-separator'),
          ean13: t('devices:testSheet.line.ean13'),
        },
      });
      return ok(sheet);
    },

    'scale.read': async (request) => {
      const scaleName = readStationSettings(context.db, context.stationId).cartonWeight.scaleName;
      const registry = devicesOf(context)?.registry;
      if (scaleName === null || registry === undefined) {
        return ok({ scaleName, connected: false, reading: null });
      }
      const reading = await waitForStableReading(registry, scaleName, request.waitForStableMs);
      const connected = registry.status().some((device) => device.kind === 'scale' && device.name === scaleName && device.state === 'connected');
      return ok({ scaleName, connected, reading });
    },

    'cartons.checkWeight': (request) => {
      const settings = readStationSettings(context.db, context.stationId);
      return ok(checkOpenCartonWeight(context.db, request.shipmentId, request.weightGrams, settings.cartonWeight));
    },
  };
}

async function waitForStableReading(registry: DeviceRegistry, scaleName: string, waitMs: number): Promise<ScaleReading | null> {
  const deadline = Date.now() + waitMs;
  let reading = registry.lastReading(scaleName);
  while (reading?.status !== 'stable' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, scalePollMs));
    reading = registry.lastReading(scaleName);
  }
  return reading;
}
