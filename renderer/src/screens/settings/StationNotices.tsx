import { useTranslation } from 'react-i18next';
import { useSettingsStore } from './settings-store';

/**
 * Notices of station setup shown above every screen: configured devices that are not connected,
 * a HID scan that was cut off, and a keyboard scan that layout checking repaired or rejected.
 */
export function StationNotices() {
  const { t } = useTranslation('devices');
  const devices = useSettingsStore((state) => state.devices);
  const wedgeNotice = useSettingsStore((state) => state.wedgeNotice);
  const incompleteScanFrom = useSettingsStore((state) => state.incompleteScanFrom);
  const dismiss = useSettingsStore((state) => state.dismissNotices);
  const absent = devices.filter((device) => device.state !== 'connected');

  if (absent.length === 0 && wedgeNotice === null && incompleteScanFrom === null) {
    return null;
  }

  return (
    <div className="station-notices" data-testid="station-notices">
      {absent.map((device) => (
        <p key={`${device.kind}:${device.name}`} className='notice' role="status" data-testid="device-absent">
          {t(`state.${device.state}`, { name: device.name })}
        </p>
      ))}
      {incompleteScanFrom !== null && (
        <p className='problem' role='alert' data-testid="scan-incomplete">
          {t('notice.scanIncomplete', { name: incompleteScanFrom })}
        </p>
      )}
      {wedgeNotice !== null && (
        <p
          className={wedgeNotice.check.status === 'rejected' ? 'problem' : 'notice'}
          role={wedgeNotice.check.status === 'rejected' ? 'alert' : 'status'}
          data-testid="wedge-notice"
        >
          {wedgeNotice.check.status === 'rejected'
            ? t(`notice.rejected.${wedgeNotice.check.reason}`)
            : t(wedgeNotice.check.status === 'repaired' && wedgeNotice.check.capsLock ? 'notice.repairedCapsLock' : 'notice.repairedLayout')}
        </p>
      )}
      {(wedgeNotice !== null || incompleteScanFrom !== null) && (
        <button type="button" data-testid="dismiss-notices" onClick={dismiss}>
          {t('notice.dismiss')}
        </button>
      )}
    </div>
  );
}
