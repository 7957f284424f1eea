import type { HidDeviceInfo } from './hid-port';

/** Usage pages and usages from the USB HID Usage Tables and the HID Point of Sale Usage Tables 1.02. */
export const usagePageGenericDesktop = 0x01;
export const usageKeyboard = 0x06;
export const usagePageBarCodeScanner = 0x8c;
export const usagePageScale = 0x8d;

/** Role of one enumerated HID interface at the station. */
export type DeviceClass = 'pos-scanner' | 'scale' | 'keyboard' | 'other';

/**
 * Classifies an interface by its top-level usage. A scanner in keyboard (wedge) mode enumerates
 * as Generic Desktop / Keyboard and is classified 'keyboard', so it is never opened: the
 * operating system owns keyboards (Windows refuses to open them at all).
 */
export function classifyDevice(device: HidDeviceInfo): DeviceClass {
  if (device.usagePage === usagePageBarCodeScanner) {
    return 'pos-scanner';
  }
  if (device.usagePage === usagePageScale) {
    return 'scale';
  }
  if (device.usagePage === usagePageGenericDesktop && device.usage === usageKeyboard) {
    return 'keyboard';
  }
  return 'other';
}
