import type { ScannerReportLayout } from './scanner-report';

/** Which physical device a configured scanner or scale is: USB vendor and product, optionally its serial number. */
export interface DeviceMatch {
  readonly vendorId: number;
  readonly productId: number;
  /** When set, only the device with this USB serial number matches, so two identical models can be told apart. */
  readonly serialNumber?: string | undefined;
}

/** A named HID POS scanner of this station. */
export interface ScannerConfig extends DeviceMatch {
  readonly name: string;
  readonly layout: ScannerReportLayout;
}

/** A named HID scale of this station. */
export interface ScaleConfig extends DeviceMatch {
  readonly name: string;
}

export interface DeviceConfig {
  readonly scanners: ReadonlyArray<ScannerConfig>;
  readonly scales: ReadonlyArray<ScaleConfig>;
}

export function matchesDevice(match: DeviceMatch, device: { vendorId: number; productId: number; serialNumber?: string | undefined }): boolean {
  if (match.vendorId !== device.vendorId || match.productId !== device.productId) {
    return false;
  }
  return match.serialNumber === undefined || match.serialNumber === '' || match.serialNumber === device.serialNumber;
}
