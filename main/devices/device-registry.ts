import { randomUUID } from 'node:crypto';
import { createLogger } from '../core/logger';
import { matchesDevice, type DeviceConfig, type ScaleConfig, type ScannerConfig } from './device-config';
import type { AttachedDevice, DeviceEvent, DeviceEventListener, DeviceState, DeviceStatus } from './device-events';
import type { HidConnection, HidDeviceInfo, HidPort } from './hid-port';
import { readScaleReport, type ScaleReading } from './scale-report';
import { ScanAssembler } from './scan-assembler';
import { readScanFragment } from './scanner-report';
import { classifyDevice } from './usage';

const log = createLogger('devices');

/** Open device of one configured scanner or scale. */
interface OpenDevice {
  readonly path: string;
  readonly connection: HidConnection;
  readonly assembler: ScanAssembler;
  partialTimer: ReturnType<typeof setTimeout> | undefined;
}

interface Slot {
  readonly kind: 'scanner' | 'scale';
  readonly config: ScannerConfig | ScaleConfig;
  state: DeviceState;
  detail: string | undefined;
  open: OpenDevice | null;
  scanCount: number;
  lastReading: ScaleReading | null;
}

export interface DeviceRegistryOptions {
  /** Pause after a report flagged "more follows" before the half scan is settled, in milliseconds. */
  readonly partialScanTimeoutMs?: number;
  /** Distinguishes this run's gesture ids from every other run's; a random UUID by default. */
  readonly sessionId?: string;
}

/**
 * Keeps the station's configured scanners and scales open while they are attached. `refresh()`
 * enumerates the HID bus, opens devices that appeared and marks devices that went away, so a
 * scanner unplugged mid-carton shows 'disconnected' and is read again after replugging without a
 * restart. The caller runs `refresh()` on a timer (see startDevicePolling).
 *
 * A keyboard-class interface is never opened, even when its vendor and product match a configured
 * scanner: the scanner is in wedge mode, and its status is 'keyboard-mode'.
 */
export class DeviceRegistry {
  private slots: Slot[] = [];
  private readonly listeners = new Set<DeviceEventListener>();
  private readonly sessionId: string;
  private readonly partialScanTimeoutMs: number;
  private lastStatusJson = '';

  constructor(
    private readonly port: HidPort,
    options: DeviceRegistryOptions = {},
  ) {
    this.sessionId = options.sessionId ?? randomUUID();
    this.partialScanTimeoutMs = options.partialScanTimeoutMs ?? 250;
  }

  /** Replaces the configured devices; devices no longer configured are closed. */
  configure(config: DeviceConfig): void {
    const previous = new Map(this.slots.map((slot) => [`${slot.kind}:${slot.config.name}`, slot]));
    const next: Slot[] = [];
    for (const scanner of config.scanners) {
      next.push(this.reuseOrCreate(previous, 'scanner', scanner));
    }
    for (const scale of config.scales) {
      next.push(this.reuseOrCreate(previous, 'scale', scale));
    }
    for (const stale of previous.values()) {
      this.closeSlot(stale);
    }
    this.slots = next;
    this.refresh();
  }

  subscribe(listener: DeviceEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Enumerates the bus once, opening and closing devices to match it, and reports changed states. */
  refresh(): void {
    let attached: ReadonlyArray<HidDeviceInfo>;
    try {
      attached = this.port.devices();
    } catch (error) {
      log.error('listing HID devices failed', { error: (error as Error).message });
      attached = [];
    }

    for (const slot of this.slots) {
      this.refreshSlot(slot, attached);
    }
    this.emitStatusIfChanged();
  }

  /** State of every configured device, scanners first. */
  status(): ReadonlyArray<DeviceStatus> {
    return this.slots.map((slot) => ({
      kind: slot.kind,
      name: slot.config.name,
      state: slot.state,
      ...(slot.detail === undefined ? {} : { detail: slot.detail }),
    }));
  }

  /** Scanners and scales attached now, keyboards included so setup can explain why they are not offered. */
  attachedDevices(): ReadonlyArray<AttachedDevice> {
    const found: AttachedDevice[] = [];
    const seen = new Set<string>();
    for (const device of this.listQuietly()) {
      const deviceClass = classifyDevice(device);
      const key = `${device.vendorId}:${device.productId}:${device.serialNumber ?? ''}:${deviceClass}`;
      if (deviceClass === 'other' || seen.has(key)) {
        continue;
      }
      seen.add(key);
      found.push({
        vendorId: device.vendorId,
        productId: device.productId,
        serialNumber: device.serialNumber,
        product: device.product,
        manufacturer: device.manufacturer,
        deviceClass,
      });
    }
    return found;
  }

  /** Returns the last reading of a configured scale, or null before its first report. */
  lastReading(scaleName: string): ScaleReading | null {
    return this.slots.find((slot) => slot.kind === 'scale' && slot.config.name === scaleName)?.lastReading ?? null;
  }

  /** Closes every open device. */
  close(): void {
    for (const slot of this.slots) {
      this.closeSlot(slot);
    }
    this.listeners.clear();
  }

  private reuseOrCreate(previous: Map<string, Slot>, kind: 'scanner' | 'scale', config: ScannerConfig | ScaleConfig): Slot {
    const key = `${kind}:${config.name}`;
    const existing = previous.get(key);
    if (existing !== undefined && JSON.stringify(existing.config) === JSON.stringify(config)) {
      previous.delete(key);
      return existing;
    }
    return { kind, config, state: 'disconnected', detail: undefined, open: null, scanCount: existing?.scanCount ?? 0, lastReading: null };
  }

  private listQuietly(): ReadonlyArray<HidDeviceInfo> {
    try {
      return this.port.devices();
    } catch {
      return [];
    }
  }

  private refreshSlot(slot: Slot, attached: ReadonlyArray<HidDeviceInfo>): void {
    const wantedClass = slot.kind === 'scanner' ? 'pos-scanner' : 'scale';
    const candidates = attached.filter((device) => matchesDevice(slot.config, device));
    const usable = candidates.find((device) => classifyDevice(device) === wantedClass && device.path !== undefined);

    if (slot.open !== null) {
      if (usable?.path === slot.open.path) {
        return;
      }
      this.markDisconnected(slot, 'device no longer listed');
    }
    if (usable?.path !== undefined) {
      this.openSlot(slot, usable.path);
      return;
    }
    const inKeyboardMode = candidates.some((device) => classifyDevice(device) === 'keyboard');
    slot.state = inKeyboardMode ? 'keyboard-mode' : 'disconnected';
    slot.detail = undefined;
  }

  private openSlot(slot: Slot, path: string): void {
    let connection: HidConnection;
    try {
      connection = this.port.open(path);
    } catch (error) {
      slot.state = 'open-failed';
      slot.detail = (error as Error).message;
      log.warn('opening HID device failed', { kind: slot.kind, name: slot.config.name, error: slot.detail });
      return;
    }

    const open: OpenDevice = { path, connection, assembler: new ScanAssembler(), partialTimer: undefined };
    slot.open = open;
    slot.state = 'connected';
    slot.detail = undefined;
    log.info('HID device connected', { kind: slot.kind, name: slot.config.name });

    connection.on('data', (report) => {
      if (slot.open === open) {
        this.handleReport(slot, open, report);
      }
    });
    connection.on('error', (error) => {
      if (slot.open === open) {
        this.markDisconnected(slot, error.message);
        this.emitStatusIfChanged();
      }
    });
  }

  private handleReport(slot: Slot, open: OpenDevice, report: Buffer): void {
    if (slot.kind === 'scale') {
      this.handleScaleReport(slot, report);
      return;
    }

    const config = slot.config as ScannerConfig;
    const fragment = readScanFragment(report, config.layout);
    if (!fragment.ok) {
      log.warn('scanner report not understood', { name: config.name, code: fragment.error.code, detail: fragment.error.detail });
      return;
    }

    clearTimeout(open.partialTimer);
    const scan = open.assembler.add(fragment.value);
    if (scan === null) {
      if (open.assembler.isPartial()) {
        open.partialTimer = setTimeout(() => this.settlePartialScan(slot, open), this.partialScanTimeoutMs);
      }
      return;
    }

    this.emitScan(slot, scan.raw);
  }

  private emitScan(slot: Slot, raw: string): void {
    const config = slot.config as ScannerConfig;
    slot.scanCount += 1;
    const gestureId = `hid:${this.sessionId}:${config.name}:${slot.scanCount}`.slice(0, 100);
    this.emit({ type: 'device.scan', scanner: config.name, raw, gestureId });
  }

  private handleScaleReport(slot: Slot, report: Buffer): void {
    const reading = readScaleReport(report);
    if (!reading.ok) {
      log.warn('scale report not understood', { name: slot.config.name, code: reading.error.code, detail: reading.error.detail });
      return;
    }
    const changed = JSON.stringify(reading.value) !== JSON.stringify(slot.lastReading);
    slot.lastReading = reading.value;
    if (changed) {
      this.emit({ type: 'scale.reading', scale: slot.config.name, reading: reading.value });
    }
  }

  /** Ends a scan whose next report did not come: complete for the length-prefixed layout, dropped otherwise. */
  private settlePartialScan(slot: Slot, open: OpenDevice): void {
    if ((slot.config as ScannerConfig).layout === 'zebra') {
      const scan = open.assembler.finish();
      if (scan !== null) {
        this.emitScan(slot, scan.raw);
      }
      return;
    }
    this.dropPartialScan(slot, open);
  }

  // A scan cut off by a lost report or an unplug is never passed on: a truncated serial would be
  // a different, valid-looking serial. The screen asks the operator to scan again.
  private dropPartialScan(slot: Slot, open: OpenDevice): void {
    if (!open.assembler.isPartial()) {
      return;
    }
    open.assembler.reset();
    log.warn('incomplete HID scan dropped', { name: slot.config.name });
    this.emit({ type: 'device.scan-incomplete', scanner: slot.config.name });
  }

  private markDisconnected(slot: Slot, reason: string): void {
    const open = slot.open;
    if (open !== null && open.assembler.isPartial()) {
      this.dropPartialScan(slot, open);
    }
    this.closeSlot(slot);
    slot.state = 'disconnected';
    slot.detail = undefined;
    slot.lastReading = null;
    log.info('HID device disconnected', { kind: slot.kind, name: slot.config.name, reason });
  }

  private closeSlot(slot: Slot): void {
    const open = slot.open;
    if (open === null) {
      return;
    }
    slot.open = null;
    clearTimeout(open.partialTimer);
    try {
      open.connection.close();
    } catch (error) {
      log.debug('closing HID device failed', { name: slot.config.name, error: (error as Error).message });
    }
  }

  private emitStatusIfChanged(): void {
    const devices = this.status();
    const json = JSON.stringify(devices);
    if (json !== this.lastStatusJson) {
      this.lastStatusJson = json;
      this.emit({ type: 'device.status', devices });
    }
  }

  private emit(event: DeviceEvent): void {
    for (const listener of this.listeners) {
      listener(event);
    }
  }
}

/** Runs `registry.refresh()` every `intervalMs` for hot-plug; returns the stop function. */
export function startDevicePolling(registry: DeviceRegistry, intervalMs = 1000): () => void {
  const timer = setInterval(() => registry.refresh(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
