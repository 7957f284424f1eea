import * as nodeHid from 'node-hid';
import type { HidPort } from './hid-port';

/** Returns the HidPort over node-hid (hidapi): enumeration, and exclusive opens by path. */
export function createNodeHidPort(): HidPort {
  return {
    devices: () => nodeHid.devices(),
    open: (path) => new nodeHid.HID(path),
  };
}
