import type { StationSettings } from '../settings/station-settings-schema';
import type { DeviceConfig } from './device-config';
import { DeviceRegistry, startDevicePolling } from './device-registry';
import { publishDeviceEvent } from './device-event-bus';
import type { HidPort } from './hid-port';

/** The device registry of one open station and its hot-plug polling. */
export interface StationDevices {
  readonly registry: DeviceRegistry;
  /** Reconfigures the registry after the station settings changed. */
  apply(settings: StationSettings): void;
  /** Stops polling and closes every device. */
  stop(): void;
}

/** Returns the scanners and scales of the settings in the registry's terms. */
export function deviceConfigOf(settings: StationSettings): DeviceConfig {
  return {
    scanners: settings.scanners.map((scanner) => ({ ...scanner })),
    scales: settings.scales.map((scale) => ({ ...scale })),
  };
}

/**
 * Opens the configured devices on `port`, polls the HID bus every `pollMs` for hot-plug, and
 * publishes the registry's events to every transport (see device-event-bus.ts).
 */
export function createStationDevices(port: HidPort, settings: StationSettings, pollMs = 1000): StationDevices {
  const registry = new DeviceRegistry(port);
  const unsubscribe = registry.subscribe(publishDeviceEvent);
  registry.configure(deviceConfigOf(settings));
  const stopPolling = startDevicePolling(registry, pollMs);

  return {
    registry,
    apply: (next) => registry.configure(deviceConfigOf(next)),
    stop: () => {
      stopPolling();
      unsubscribe();
      registry.close();
    },
  };
}
