import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/api/dispatch';
import { createDeviceServices } from '../../../../main/api/services/device-services';
import type { Services } from '../../../../main/api/services';
import type { StationContext } from '../../../../main/api/station-context';
import { subscribeToDeviceEvents } from '../../../../main/devices/device-event-bus';
import type { DeviceEvent } from '../../../../main/devices/device-events';
import { createStationDevices, type StationDevices } from '../../../../main/devices/station-devices';
import { defaultStationSettings } from '../../../../main/settings/station-settings-schema';
import { ensureStation } from '../../../../main/store/station';
import { openTestStore } from '../../../support/test-store';
import { useTempDir } from '../../../support/temp-dir';
import { honeywellReports, honeywellScannerInterface, RecordedHidPort, scaleInterface, scaleReport } from '../../devices/recorded-hid-port';

const scannerSettings = { name: 'Left', vendorId: 0x0c2e, productId: 0x0b87, layout: 'honeywell' as const };
const scaleSettings = { name: 'Scale', vendorId: 0x0922, productId: 0x8003 };

describe('device services', () => {
  const tempDir = useTempDir();
  const cleanups: Array<() => void> = [];

  afterEach(() => {
    cleanups.splice(0).forEach((cleanup) => cleanup());
  });

  function setUp(): { services: Services; port: RecordedHidPort; devices: StationDevices } {
    const dir = tempDir();
    const db = openTestStore(dir);
    const port = new RecordedHidPort();
    port.attached = [honeywellScannerInterface, scaleInterface];
    const devices = createStationDevices(port, defaultStationSettings, 60_000);
    cleanups.push(() => {
      devices.stop();
      db.close();
    });
    const context: StationContext = {
      db,
      stationId: ensureStation(db).id,
      dataDir: dir,
      labelsDir: join(dir, 'labels'),
      transport: 'browser',
      appVersion: '0.0.0-test',
      devices,
    };
    return { services: createDeviceServices(context) as Services, port, devices };
  }

  it('opens a scanner once settings name it', async () => {
    const { services, port } = setUp();

    const saved = await dispatch(services, 'settings.save', { scanners: [scannerSettings] });
    const status = await dispatch(services, 'devices.status', {});

    expect(saved.ok).toBe(true);
    expect(status).toMatchObject({ ok: true, value: { hidAvailable: true, devices: [{ name: 'Left', state: 'connected' }] } });
    expect(port.connections).toHaveLength(1);
  });

  it('publishes HID scans to transports', async () => {
    const { services, port } = setUp();
    const events: DeviceEvent[] = [];
    cleanups.push(subscribeToDeviceEvents((event) => events.push(event)));
    await dispatch(services, 'settings.save', { scanners: [scannerSettings] });

    port.connectionOf('/dev/hidraw3').replay(honeywellReports(']d2', '0109506000123455\u001d21SN000451'));

    expect(events.filter((event) => event.type === 'device.scan')).toMatchObject([{ raw: ']d20109506000123455\u001d21SN000451', scanner: 'Left' }]);
  });

  it('reads a stable scale weight', async () => {
    const { services, port } = setUp();
    await dispatch(services, 'settings.save', { scales: [scaleSettings], cartonWeight: { scaleName: 'Scale' } });
    const scale = port.connectionOf('/dev/hidraw5');
    scale.replay([scaleReport(3, 2, 0, 900)]);
    setTimeout(() => scale.replay([scaleReport(4, 2, 0, 1234)]), 150);

    const read = await dispatch(services, 'scale.read', { waitForStableMs: 2000 });

    expect(read).toEqual({ ok: true, value: { scaleName: 'Scale', connected: true, reading: { status: 'stable', grams: 1234, unit: 'g' } } });
  });

  it('returns an unstable reading after the wait', async () => {
    const { services, port } = setUp();
    await dispatch(services, 'settings.save', { scales: [scaleSettings], cartonWeight: { scaleName: 'Scale' } });
    port.connectionOf('/dev/hidraw5').replay([scaleReport(3, 2, 0, 900)]);

    const read = await dispatch(services, 'scale.read', { waitForStableMs: 200 });

    expect(read).toMatchObject({ ok: true, value: { reading: { status: 'in-motion' } } });
  });

  it('imports an exported settings file', async () => {
    const { services } = setUp();
    await dispatch(services, 'settings.save', { stationName: 'Bench 7', scanners: [scannerSettings] });
    const exported = await dispatch(services, 'settings.export', {});
    if (!exported.ok) {
      throw new Error('export failed');
    }
    const other = setUp();

    const imported = await dispatch(other.services, 'settings.import', { text: (exported.value as { text: string }).text });
    const read = await dispatch(other.services, 'settings.get', {});

    expect(imported.ok).toBe(true);
    expect(read).toMatchObject({ ok: true, value: { stationName: 'Bench 7', scanners: [{ name: 'Left' }] } });
    expect((exported.value as { fileName: string }).fileName).toBe('packtrace-settings-Bench-7.json');
  });

  it('rejects a broken settings file', async () => {
    const { services } = setUp();

    const imported = await dispatch(services, 'settings.import', { text: '{"format":"x"}' });

    expect(imported).toMatchObject({ ok: false, error: { code: 'settings-file-invalid', message: { key: 'devices:settings.importError.settings-file-invalid' } } });
  });
});
