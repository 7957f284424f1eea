import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceConfig } from '../../../main/devices/device-config';
import type { DeviceEvent } from '../../../main/devices/device-events';
import { DeviceRegistry } from '../../../main/devices/device-registry';
import {
  honeywellReports,
  honeywellScannerInterface,
  keyboardModeInterface,
  RecordedHidPort,
  scaleInterface,
  scaleReport,
} from './recorded-hid-port';

const config: DeviceConfig = {
  scanners: [{ name: 'Bench 1 left', vendorId: 0x0c2e, productId: 0x0b87, serialNumber: 'HW001', layout: 'honeywell' }],
  scales: [{ name: 'Bench 1 scale', vendorId: 0x0922, productId: 0x8003 }],
};

function scansOf(events: ReadonlyArray<DeviceEvent>): Array<{ raw: string; gestureId: string }> {
  return events.flatMap((event) => (event.type === 'device.scan' ? [{ raw: event.raw, gestureId: event.gestureId }] : []));
}

describe('DeviceRegistry', () => {
  let port: RecordedHidPort;
  let registry: DeviceRegistry;
  let events: DeviceEvent[];

  beforeEach(() => {
    port = new RecordedHidPort();
    registry = new DeviceRegistry(port, { sessionId: 'session-a', partialScanTimeoutMs: 100 });
    events = [];
    registry.subscribe((event) => events.push(event));
  });

  afterEach(() => {
    registry.close();
    vi.useRealTimers();
  });

  it('passes a single-report scan on', () => {
    port.attached = [honeywellScannerInterface];
    registry.configure(config);

    port.connectionOf('/dev/hidraw3').replay(honeywellReports(']C0', 'SN000451'));

    expect(scansOf(events)).toEqual([{ raw: ']C0SN000451', gestureId: 'hid:session-a:Bench 1 left:1' }]);
  });

  it('joins a multi-report scan once', () => {
    port.attached = [honeywellScannerInterface];
    registry.configure(config);
    const data = `01095060001234551710123110LOT7A\u001d21${'X'.repeat(50)}`;

    port.connectionOf('/dev/hidraw3').replay(honeywellReports(']d2', data));

    expect(scansOf(events).map((scan) => scan.raw)).toEqual([`]d2${data}`]);
  });

  it('shows connected then disconnected on unplug', () => {
    port.attached = [honeywellScannerInterface];
    registry.configure(config);
    expect(registry.status()[0]?.state).toBe('connected');

    port.attached = [];
    port.connectionOf('/dev/hidraw3').unplugError();

    expect(registry.status()[0]?.state).toBe('disconnected');
    expect(port.connectionOf('/dev/hidraw3').closed).toBe(true);
    const statusEvents = events.filter((event) => event.type === 'device.status');
    expect(statusEvents.at(-1)).toMatchObject({ devices: [{ name: 'Bench 1 left', state: 'disconnected' }, { name: 'Bench 1 scale' }] });
  });

  it('reads again after replug without restart', () => {
    port.attached = [honeywellScannerInterface];
    registry.configure(config);
    const first = port.connectionOf('/dev/hidraw3');
    first.replay(honeywellReports(']C0', 'SN000451'));

    port.attached = [];
    first.unplugError();
    registry.refresh();
    port.attached = [honeywellScannerInterface];
    registry.refresh();
    const second = port.connectionOf('/dev/hidraw3');
    second.replay(honeywellReports(']C0', 'SN000452'));
    first.replay(honeywellReports(']C0', 'SN000999'));

    expect(second).not.toBe(first);
    expect(registry.status()[0]?.state).toBe('connected');
    const scans = scansOf(events);
    expect(scans.map((scan) => scan.raw)).toEqual([']C0SN000451', ']C0SN000452']);
    expect(new Set(scans.map((scan) => scan.gestureId)).size).toBe(2);
  });

  it('drops a scan cut off by unplug', () => {
    port.attached = [honeywellScannerInterface];
    registry.configure(config);
    const [firstReport] = honeywellReports(']d2', 'A'.repeat(80));

    port.connectionOf('/dev/hidraw3').replay([firstReport!]);
    port.attached = [];
    port.connectionOf('/dev/hidraw3').unplugError();

    expect(scansOf(events)).toEqual([]);
    expect(events.some((event) => event.type === 'device.scan-incomplete')).toBe(true);
  });

  it('drops a scan whose last report never comes', () => {
    vi.useFakeTimers();
    port.attached = [honeywellScannerInterface];
    registry.configure(config);
    const [firstReport] = honeywellReports(']d2', 'A'.repeat(80));

    port.connectionOf('/dev/hidraw3').replay([firstReport!]);
    vi.advanceTimersByTime(150);

    expect(scansOf(events)).toEqual([]);
    expect(events.filter((event) => event.type === 'device.scan-incomplete')).toHaveLength(1);
  });

  it('never opens a keyboard-class scanner', () => {
    port.attached = [keyboardModeInterface];
    const open = vi.spyOn(port, 'open');

    registry.configure(config);

    expect(open).not.toHaveBeenCalled();
    expect(registry.status()[0]).toEqual({ kind: 'scanner', name: 'Bench 1 left', state: 'keyboard-mode' });
  });

  it('lists keyboard-class devices as keyboards', () => {
    port.attached = [keyboardModeInterface, scaleInterface, { ...keyboardModeInterface, vendorId: 1, productId: 2, usagePage: 0xff00 }];

    const attached = registry.attachedDevices();

    expect(attached.map((device) => device.deviceClass)).toEqual(['keyboard', 'scale']);
  });

  it('reports an open failure without crashing', () => {
    port.attached = [honeywellScannerInterface];
    port.refusedPaths.add('/dev/hidraw3');

    registry.configure(config);

    expect(registry.status()[0]).toMatchObject({ state: 'open-failed', detail: 'cannot open device with path /dev/hidraw3' });
  });

  it('keeps gesture ids distinct across sessions', () => {
    port.attached = [honeywellScannerInterface];
    registry.configure(config);
    port.connectionOf('/dev/hidraw3').replay(honeywellReports(']C0', 'SN000451'));
    registry.close();

    const restarted = new DeviceRegistry(port, { sessionId: 'session-b' });
    const later: DeviceEvent[] = [];
    restarted.subscribe((event) => later.push(event));
    restarted.configure(config);
    port.connectionOf('/dev/hidraw3').replay(honeywellReports(']C0', 'SN000451'));
    restarted.close();

    expect(scansOf(later)[0]?.gestureId).not.toBe(scansOf(events)[0]?.gestureId);
  });

  it('tracks scale readings including unstable and overweight', () => {
    port.attached = [scaleInterface];
    registry.configure(config);
    const scale = port.connectionOf('/dev/hidraw5');

    scale.replay([scaleReport(3, 2, 0, 900)]);
    expect(registry.lastReading('Bench 1 scale')).toEqual({ status: 'in-motion', grams: 900, unit: 'g' });
    scale.replay([scaleReport(4, 2, 0, 1234), scaleReport(4, 2, 0, 1234)]);
    expect(registry.lastReading('Bench 1 scale')).toEqual({ status: 'stable', grams: 1234, unit: 'g' });
    scale.replay([scaleReport(6, 2, 0, 0)]);

    const readings = events.flatMap((event) => (event.type === 'scale.reading' ? [event.reading.status] : []));
    expect(readings).toEqual(['in-motion', 'stable', 'overweight']);
  });
});
