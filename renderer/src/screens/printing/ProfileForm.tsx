import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';
import type { PrinterProfileEntry } from './print-calls';

const drivers: ReadonlyArray<PrinterProfileEntry['driver']> = ['raw-tcp', 'cups', 'pdf-folder', 'electron'];

const emptyProfile: PrinterProfileEntry = {
  labelKind: 'carton',
  printerName: '',
  driver: 'raw-tcp',
  target: '',
  format: 'zpl',
  mediaWidthMm: 101.6,
  mediaHeightMm: 152.4,
  dpi: 203,
};

/** Sets up the printer of one label kind: driver, target, format, media in millimetres and DPI. */
export function ProfileForm({ onSaved }: { readonly onSaved: (problem: OperatorMessage | null) => void }) {
  const { t } = useTranslation('printing');
  const [profile, setProfile] = useState<PrinterProfileEntry>(emptyProfile);
  const update = (change: Partial<PrinterProfileEntry>): void => setProfile({ ...profile, ...change });

  const save = async (): Promise<void> => {
    const result = await stationBridge()['printing.saveProfile'](profile);
    onSaved(result.ok ? null : result.error.message);
  };

  return (
    <form
      className="print-profile-form"
      data-testid="print-profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label>
        {t('column.kind')}
        <select data-testid="profile-kind" value={profile.labelKind} onChange={(event) => update({ labelKind: event.target.value })}>
          {['carton', 'fnsku', 'fba-box', 'carrier', 'serial', 'grade', 'return-to-vendor'].map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('form.printerName')}
        <input data-testid="profile-name" value={profile.printerName} required maxLength={100} onChange={(event) => update({ printerName: event.target.value })} />
      </label>
      <label>
        {t('form.driver')}
        <select data-testid="profile-driver" value={profile.driver} onChange={(event) => update({ driver: event.target.value as PrinterProfileEntry['driver'] })}>
          {drivers.map((driver) => (
            <option key={driver} value={driver}>
              {t(`driver.${driver}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('form.target')}
        <input data-testid="profile-target" value={profile.target} required maxLength={500} placeholder={t(`form.targetHint.${profile.driver}`)} onChange={(event) => update({ target: event.target.value })} />
      </label>
      <label>
        {t('column.format')}
        <select data-testid="profile-format" value={profile.format} onChange={(event) => update({ format: event.target.value as PrinterProfileEntry['format'] })}>
          <option value="zpl">ZPL</option>
          <option value="pdf">PDF</option>
        </select>
      </label>
      <label>
        {t('form.mediaWidthMm')}
        <input type="number" step="0.01" min="1" data-testid="profile-width" value={profile.mediaWidthMm} onChange={(event) => update({ mediaWidthMm: Number(event.target.value) })} />
      </label>
      <label>
        {t('form.mediaHeightMm')}
        <input type="number" step="0.01" min="1" data-testid="profile-height" value={profile.mediaHeightMm} onChange={(event) => update({ mediaHeightMm: Number(event.target.value) })} />
      </label>
      <label>
        {t('form.dpi')}
        <select data-testid="profile-dpi" value={profile.dpi} onChange={(event) => update({ dpi: Number(event.target.value) === 300 ? 300 : 203 })}>
          <option value={203}>203</option>
          <option value={300}>300</option>
        </select>
      </label>
      <button type="submit" data-testid="profile-save">
        {t('form.save')}
      </button>
    </form>
  );
}
