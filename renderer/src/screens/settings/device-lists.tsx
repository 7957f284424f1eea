import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../main/api/contract';
import type { StationSettings } from '../../../../main/settings/station-settings-schema';
import { useSettingsStore } from './settings-store';

type AttachedDevice = ResponseOf<'devices.status'>['attached'][number];
type ScannerSettings = StationSettings['scanners'][number];
type ScaleSettings = StationSettings['scales'][number];

function usbId(vendorId: number, productId: number): string {
  const hex = (value: number): string => value.toString(16).padStart(4, '0');
  return `${hex(vendorId)}:${hex(productId)}`;
}

function stateOf(kind: 'scanner' | 'scale', name: string): string {
  return useSettingsStore.getState().devices.find((device) => device.kind === kind && device.name === name)?.state ?? 'disconnected';
}

interface ListProps<T> {
  readonly items: ReadonlyArray<T>;
  readonly onChange: (items: ReadonlyArray<T>) => void;
}

/** Lists the station's named HID POS scanners with their connection state, for editing. */
export function ScannerList({ items, onChange }: ListProps<ScannerSettings>) {
  const { t } = useTranslation('devices');
  useSettingsStore((state) => state.devices);

  return (
    <ul className="device-list" data-testid="scanner-list">
      {items.map((scanner, index) => (
        <li key={index} data-testid="scanner-row">
          <input
            aria-label={t('settings.deviceName')}
            value={scanner.name}
            maxLength={60}
            onChange={(event) => onChange(items.map((item, at) => (at === index ? { ...item, name: event.currentTarget.value } : item)))}
          />
          <span>{usbId(scanner.vendorId, scanner.productId)}</span>
          <select
            aria-label={t('settings.reportLayout')}
            value={scanner.layout}
            onChange={(event) => onChange(items.map((item, at) => (at === index ? { ...item, layout: event.currentTarget.value as ScannerSettings['layout'] } : item)))}
          >
            <option value="honeywell">{t('settings.layout.honeywell')}</option>
            <option value="zebra">{t('settings.layout.zebra')}</option>
          </select>
          <span data-testid="device-state">{t(`settings.state.${stateOf('scanner', scanner.name)}`)}</span>
          <button type="button" onClick={() => onChange(items.filter((_, at) => at !== index))}>
            {t('settings.remove')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Lists the station's named HID scales with their connection state and last reading. */
export function ScaleList({ items, onChange }: ListProps<ScaleSettings>) {
  const { t } = useTranslation('devices');
  const readings = useSettingsStore((state) => state.scaleReadings);
  useSettingsStore((state) => state.devices);

  return (
    <ul className="device-list" data-testid="scale-list">
      {items.map((scale, index) => {
        const reading = readings[scale.name];
        return (
          <li key={index} data-testid="scale-row">
            <input
              aria-label={t('settings.deviceName')}
              value={scale.name}
              maxLength={60}
              onChange={(event) => onChange(items.map((item, at) => (at === index ? { ...item, name: event.currentTarget.value } : item)))}
            />
            <span>{usbId(scale.vendorId, scale.productId)}</span>
            <span data-testid="device-state">{t(`settings.state.${stateOf('scale', scale.name)}`)}</span>
            {reading !== undefined && <span>{t(`scale.status.${reading.status}`, { grams: reading.grams, kg: (reading.grams / 1000).toFixed(3) })}</span>}
            <button type="button" onClick={() => onChange(items.filter((_, at) => at !== index))}>
              {t('settings.remove')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Lists the HID devices attached now, with buttons that add scanners and scales. A scanner that
 * enumerates as a keyboard is never opened as HID, so it is listed with the ways to use it instead.
 */
export function AttachedDevices({ onAddScanner, onAddScale }: { readonly onAddScanner: (device: AttachedDevice) => void; readonly onAddScale: (device: AttachedDevice) => void }) {
  const { t } = useTranslation('devices');
  const attached = useSettingsStore((state) => state.attached);
  const hidAvailable = useSettingsStore((state) => state.hidAvailable);

  if (!hidAvailable) {
    return <p className="notice">{t('settings.hidUnavailable')}</p>;
  }
  if (attached.length === 0) {
    return <p className="notice">{t('settings.noneAttached')}</p>;
  }

  return (
    <ul className="device-list" data-testid="attached-devices">
      {attached.map((device) => (
        <li key={`${usbId(device.vendorId, device.productId)}:${device.serialNumber ?? ''}:${device.deviceClass}`}>
          <span>{device.product ?? usbId(device.vendorId, device.productId)}</span>
          {device.deviceClass === 'pos-scanner' && (
            <button type="button" onClick={() => onAddScanner(device)}>
              {t('settings.addScanner')}
            </button>
          )}
          {device.deviceClass === 'scale' && (
            <button type="button" onClick={() => onAddScale(device)}>
              {t('settings.addScale')}
            </button>
          )}
          {device.deviceClass === 'keyboard' && <span data-testid="keyboard-mode-help">{t('settings.keyboardMode')}</span>}
        </li>
      ))}
    </ul>
  );
}
