import type { ScaleReading } from './scale-reading';

/** Connection state of one configured scanner or scale. */
export type DeviceState =
  | 'connected'
  | 'disconnected'
  /** Found, but enumerating as a keyboard (usage page 0x01, usage 0x06), so it is read as a wedge scanner, never opened. */
  | 'keyboard-mode'
  /** Found in HID POS mode, but the operating system refused to open it. */
  | 'open-failed';

export interface DeviceStatus {
  readonly kind: 'scanner' | 'scale';
  readonly name: string;
  readonly state: DeviceState;
  /** The open error, for 'open-failed'. */
  readonly detail?: string | undefined;
}

/** A HID interface currently attached, as offered for setup. */
export interface AttachedDevice {
  readonly vendorId: number;
  readonly productId: number;
  readonly serialNumber?: string | undefined;
  readonly product?: string | undefined;
  readonly manufacturer?: string | undefined;
  readonly deviceClass: 'pos-scanner' | 'scale' | 'keyboard';
}

/**
 * What the device registry reports. Scans carry a gesture id built from a per-process session id,
 * the scanner name and that scanner's scan counter, so each scan gets one id that no other scan
 * (on this run or any other) reuses, and a repeated delivery of the same scan is recorded once.
 */
export type DeviceEvent =
  | { readonly type: 'device.scan'; readonly scanner: string; readonly raw: string; readonly gestureId: string }
  | { readonly type: 'device.scan-incomplete'; readonly scanner: string }
  | { readonly type: 'device.status'; readonly devices: ReadonlyArray<DeviceStatus> }
  | { readonly type: 'scale.reading'; readonly scale: string; readonly reading: ScaleReading };

export type DeviceEventListener = (event: DeviceEvent) => void;
