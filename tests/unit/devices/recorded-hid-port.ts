import { EventEmitter } from 'node:events';
import type { HidConnection, HidDeviceInfo, HidPort } from '../../../main/devices/hid-port';

/** An open device of the recorded port; `replay` delivers recorded input reports in order. */
export class RecordedConnection extends EventEmitter implements HidConnection {
  closed = false;

  constructor(readonly path: string) {
    super();
  }

  replay(reports: ReadonlyArray<Buffer>): void {
    for (const report of reports) {
      this.emit('data', report);
    }
  }

  /** Fails the read the way node-hid does when the cable is pulled. */
  unplugError(): void {
    this.emit('error', new Error('could not read from HID device'));
  }

  close(): void {
    this.closed = true;
  }
}

/**
 * A HidPort over a list of attached devices that a test changes, standing in for node-hid at the
 * boundary. Opening a keyboard-class interface throws, as it does on Windows, so a test fails if
 * device code ever tries.
 */
export class RecordedHidPort implements HidPort {
  attached: HidDeviceInfo[] = [];
  readonly connections: RecordedConnection[] = [];
  readonly refusedPaths = new Set<string>();

  devices(): ReadonlyArray<HidDeviceInfo> {
    return [...this.attached];
  }

  open(path: string): HidConnection {
    const device = this.attached.find((candidate) => candidate.path === path);
    if (device === undefined || this.refusedPaths.has(path)) {
      throw new Error(`cannot open device with path ${path}`);
    }
    if (device.usagePage === 0x01 && device.usage === 0x06) {
      throw new Error(`cannot open device with path ${path}`);
    }
    const connection = new RecordedConnection(path);
    this.connections.push(connection);
    return connection;
  }

  /** The newest connection opened on `path`. */
  connectionOf(path: string): RecordedConnection {
    const found = this.connections.filter((connection) => connection.path === path).at(-1);
    if (found === undefined) {
      throw new Error(`no connection on ${path}`);
    }
    return found;
  }
}

/** Builds the 64-byte Honeywell-layout reports of one scan, 56 data bytes per report. */
export function honeywellReports(aim: string, data: string): Buffer[] {
  const bytes = Buffer.from(data, 'latin1');
  const reports: Buffer[] = [];
  for (let offset = 0; offset === 0 || offset < bytes.length; offset += 56) {
    const chunk = bytes.subarray(offset, offset + 56);
    const report = Buffer.alloc(64);
    report[0] = 0x02;
    report[1] = chunk.length;
    report.write(aim, 2, 'latin1');
    chunk.copy(report, 5);
    report[61] = 0x6a;
    report[63] = offset + 56 < bytes.length ? 0x01 : 0x00;
    reports.push(report);
  }
  return reports;
}

/** Builds a scale data report: status, unit, exponent and raw weight. */
export function scaleReport(status: number, unit: number, exponent: number, weight: number): Buffer {
  const report = Buffer.alloc(6);
  report.writeUInt8(0x03, 0);
  report.writeUInt8(status, 1);
  report.writeUInt8(unit, 2);
  report.writeInt8(exponent, 3);
  report.writeUInt16LE(weight, 4);
  return report;
}

export const honeywellScannerInterface: HidDeviceInfo = {
  vendorId: 0x0c2e,
  productId: 0x0b87,
  path: '/dev/hidraw3',
  serialNumber: 'HW001',
  product: 'Voyager 1470g',
  usagePage: 0x8c,
  usage: 0x02,
};

export const keyboardModeInterface: HidDeviceInfo = {
  ...honeywellScannerInterface,
  path: '/dev/hidraw4',
  usagePage: 0x01,
  usage: 0x06,
};

export const scaleInterface: HidDeviceInfo = {
  vendorId: 0x0922,
  productId: 0x8003,
  path: '/dev/hidraw5',
  product: 'M10 Digital Postal Scale',
  usagePage: 0x8d,
  usage: 0x20,
};
