import { create } from 'zustand';
import type { CallResult, OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import type { DeviceStatus } from '../../../../main/devices/device-events';
import type { ScaleReading } from '../../../../main/devices/scale-reading';
import type { StationSettings } from '../../../../main/settings/station-settings-schema';
import { stationBridge } from '../../api/client';
import type { DeviceEventMessage } from '../../api/device-events';
import type { WedgeCheck } from '../../scan-capture/wedge-check';

type AttachedDevice = ResponseOf<'devices.status'>['attached'][number];

/** A keyboard scan that layout checking repaired or rejected, shown until dismissed. */
export interface WedgeNotice {
  /** Increases with every notice, so a screen can tell a new notice from the last one. */
  readonly sequence: number;
  readonly check: WedgeCheck;
  readonly raw: string;
}

interface SettingsState {
  readonly settings: StationSettings | null;
  readonly hidAvailable: boolean;
  readonly devices: ReadonlyArray<DeviceStatus>;
  readonly attached: ReadonlyArray<AttachedDevice>;
  readonly scaleReadings: Readonly<Record<string, ScaleReading>>;
  readonly wedgeNotice: WedgeNotice | null;
  /** Name of the scanner whose last scan was cut off and must be scanned again. */
  readonly incompleteScanFrom: string | null;
  readonly problem: OperatorMessage | null;
  load(): Promise<void>;
  refreshDevices(): Promise<void>;
  /** Stores the settings in main; returns false when main rejected them (the problem is set). */
  save(settings: StationSettings): Promise<boolean>;
  importFile(text: string): Promise<boolean>;
  applyDeviceEvent(event: DeviceEventMessage): void;
  showWedgeNotice(check: WedgeCheck, raw: string): void;
  dismissNotices(): void;
}

let noticeSequence = 0;

/** Station settings, device states and the notices that station setup shows on every screen. */
export const useSettingsStore = create<SettingsState>()((set, get) => {
  /** Takes the settings main stored, or shows why it rejected them; returns whether it stored them. */
  const adopt = async (result: CallResult<'settings.save'>): Promise<boolean> => {
    if (!result.ok) {
      set({ problem: result.error.message });
      return false;
    }
    set({ settings: result.value, problem: null });
    await get().refreshDevices();
    return true;
  };

  return {
    settings: null,
    hidAvailable: false,
    devices: [],
    attached: [],
    scaleReadings: {},
    wedgeNotice: null,
    incompleteScanFrom: null,
    problem: null,

    async load() {
      const result = await stationBridge()['settings.get']({});
      if (result.ok) {
        set({ settings: result.value });
      }
      await get().refreshDevices();
    },

    async refreshDevices() {
      const result = await stationBridge()['devices.status']({});
      if (result.ok) {
        set({ hidAvailable: result.value.hidAvailable, devices: result.value.devices, attached: result.value.attached });
      }
    },

    async save(settings) {
      return adopt(await stationBridge()['settings.save'](settings));
    },

    async importFile(text) {
      return adopt(await stationBridge()['settings.import']({ text }));
    },

    applyDeviceEvent(event) {
      switch (event.type) {
        case 'device.status':
          set({ devices: event.devices });
          return;
        case 'scale.reading':
          set({ scaleReadings: { ...get().scaleReadings, [event.scale]: event.reading } });
          return;
        case 'device.scan-incomplete':
          set({ incompleteScanFrom: event.scanner });
          return;
        case 'device.scan':
          set({ incompleteScanFrom: null });
          return;
      }
    },

    showWedgeNotice(check, raw) {
      noticeSequence += 1;
      set({ wedgeNotice: { sequence: noticeSequence, check, raw } });
    },

    dismissNotices() {
      set({ wedgeNotice: null, incompleteScanFrom: null });
    },
  };
});
