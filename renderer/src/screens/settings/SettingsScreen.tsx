import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stationLanguages, type StationSettings } from '../../../../main/settings/station-settings-schema';
import { stationBridge } from '../../api/client';
import { MessageText } from '../../components/MessageText';
import { useNavigationStore } from '../../state/navigation-store';
import { AttachedDevices, ScaleList, ScannerList } from './device-lists';
import { PrinterProfileFields } from './PrinterProfileFields';
import { useSettingsStore } from './settings-store';

type Wedge = StationSettings['wedge'];
type CartonWeight = StationSettings['cartonWeight'];

function numberOf(event: ChangeEvent<HTMLInputElement>): number {
  return Number(event.currentTarget.value);
}

/** Saves `text` as a file through a temporary download link. */
function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Station setup on one screen: name, language, HID scanners and scales, the keyboard-wedge
 * profile, carton weighing, printer and label profile, sounds. Changes are edited in a draft and
 * stored with Save; Export writes the stored settings to a file that Import reads on the next bench.
 */
export function SettingsScreen() {
  const { t } = useTranslation('devices');
  const stored = useSettingsStore((state) => state.settings);
  const problem = useSettingsStore((state) => state.problem);
  const save = useSettingsStore((state) => state.save);
  const importFile = useSettingsStore((state) => state.importFile);
  const refreshDevices = useSettingsStore((state) => state.refreshDevices);
  const go = useNavigationStore((state) => state.go);
  const [draft, setDraft] = useState<StationSettings | null>(stored);
  const [savedNotice, setSavedNotice] = useState(false);

  useEffect(() => setDraft(stored), [stored]);
  useEffect(() => {
    void refreshDevices();
  }, [refreshDevices]);

  if (draft === null) {
    return <p className="loading">{t('settings.loading')}</p>;
  }

  const change = (next: Partial<StationSettings>): void => {
    setSavedNotice(false);
    setDraft({ ...draft, ...next });
  };
  const changeWedge = (next: Partial<Wedge>): void => change({ wedge: { ...draft.wedge, ...next } });
  const changeWeight = (next: Partial<CartonWeight>): void => change({ cartonWeight: { ...draft.cartonWeight, ...next } });

  const exportSettings = async (): Promise<void> => {
    const exported = await stationBridge()['settings.export']({});
    if (exported.ok) {
      downloadText(exported.value.fileName, exported.value.text);
    }
  };
  const importChosen = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file !== undefined && (await importFile(await file.text()))) {
      setSavedNotice(true);
    }
  };

  return (
    <section className="settings-screen" data-testid="settings-screen">
      <h1>{t('settings.title')}</h1>
      {problem !== null && (
        <p className="problem" role="alert" data-testid="settings-problem">
          <MessageText message={problem} />
        </p>
      )}

      <fieldset>
        <legend>{t('settings.station')}</legend>
        <label>
          <span>{t('settings.stationName')}</span>
          <input data-testid="station-name" value={draft.stationName} maxLength={80} onChange={(event) => change({ stationName: event.currentTarget.value })} />
        </label>
        <label>
          <span>{t('settings.language')}</span>
          <select data-testid="station-language" value={draft.language} onChange={(event) => change({ language: event.currentTarget.value as StationSettings['language'] })}>
            {stationLanguages.map((language) => (
              <option key={language} value={language}>
                {t(`settings.languageName.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('settings.wedge')}</legend>
        <label>
          <span>{t('settings.keyboardLayout')}</span>
          <select data-testid="wedge-layout" value={draft.wedge.keyboardLayout} onChange={(event) => changeWedge({ keyboardLayout: event.currentTarget.value as Wedge['keyboardLayout'] })}>
            {(['us', 'de', 'fr', 'none'] as const).map((layout) => (
              <option key={layout} value={layout}>
                {t(`settings.keyboardLayoutName.${layout}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('settings.suffix')}</span>
          <select data-testid="wedge-suffix" value={draft.wedge.suffix} onChange={(event) => changeWedge({ suffix: event.currentTarget.value as Wedge['suffix'] })}>
            {(['enter', 'tab', 'none'] as const).map((suffix) => (
              <option key={suffix} value={suffix}>
                {t(`settings.suffixName.${suffix}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('settings.gsSubstitute')}</span>
          <input
            data-testid="wedge-gs-substitute"
            value={draft.wedge.gsSubstitute ?? ''}
            maxLength={1}
            onChange={(event) => changeWedge({ gsSubstitute: event.currentTarget.value === '' ? null : event.currentTarget.value })}
          />
        </label>
        <label>
          <span>{t('settings.maxKeyGapMs')}</span>
          <input type="number" min={5} max={200} value={draft.wedge.maxKeyGapMs} onChange={(event) => changeWedge({ maxKeyGapMs: numberOf(event) })} />
        </label>
        <label>
          <span>{t('settings.idleCommitMs')}</span>
          <input type="number" min={20} max={1000} value={draft.wedge.idleCommitMs} onChange={(event) => changeWedge({ idleCommitMs: numberOf(event) })} />
        </label>
        <button type="button" data-testid="open-scanner-check" onClick={() => go('scanner-check')}>
          {t('settings.runScannerCheck')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('settings.hidScanners')}</legend>
        <ScannerList items={draft.scanners} onChange={(scanners) => change({ scanners: [...scanners] })} />
        <legend>{t('settings.scales')}</legend>
        <ScaleList items={draft.scales} onChange={(scales) => change({ scales: [...scales] })} />
        <h3>{t('settings.attached')}</h3>
        <AttachedDevices
          onAddScanner={(device) =>
            change({
              scanners: [
                ...draft.scanners,
                { name: device.product ?? t('settings.newScanner'), vendorId: device.vendorId, productId: device.productId, serialNumber: device.serialNumber, layout: 'honeywell' },
              ],
            })
          }
          onAddScale={(device) =>
            change({ scales: [...draft.scales, { name: device.product ?? t('settings.newScale'), vendorId: device.vendorId, productId: device.productId, serialNumber: device.serialNumber }] })
          }
        />
      </fieldset>

      <fieldset>
        <legend>{t('settings.cartonWeight')}</legend>
        <label>
          <span>{t('settings.cartonScale')}</span>
          <select data-testid="carton-scale" value={draft.cartonWeight.scaleName ?? ''} onChange={(event) => changeWeight({ scaleName: event.currentTarget.value === '' ? null : event.currentTarget.value })}>
            <option value="">{t('settings.manualWeight')}</option>
            {draft.scales.map((scale) => (
              <option key={scale.name} value={scale.name}>
                {scale.name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" data-testid="weight-check" checked={draft.cartonWeight.checkExpectedWeight} onChange={(event) => changeWeight({ checkExpectedWeight: event.currentTarget.checked })} />
          <span>{t('settings.checkExpectedWeight')}</span>
        </label>
        <label>
          <span>{t('settings.packagingGrams')}</span>
          <input type="number" data-testid="packaging-grams" min={0} value={draft.cartonWeight.packagingGrams} onChange={(event) => changeWeight({ packagingGrams: numberOf(event) })} />
        </label>
        <label>
          <span>{t('settings.toleranceGrams')}</span>
          <input type="number" data-testid="tolerance-grams" min={0} value={draft.cartonWeight.toleranceGrams} onChange={(event) => changeWeight({ toleranceGrams: numberOf(event) })} />
        </label>
        <label>
          <span>{t('settings.tolerancePercent')}</span>
          <input type="number" min={0} max={100} value={draft.cartonWeight.tolerancePercent} onChange={(event) => changeWeight({ tolerancePercent: numberOf(event) })} />
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('settings.printing')}</legend>
        <PrinterProfileFields value={draft.printing} onChange={(printing) => change({ printing })} />
      </fieldset>

      <fieldset>
        <legend>{t('settings.sounds')}</legend>
        <label className="checkbox">
          <input type="checkbox" checked={draft.sounds.enabled} onChange={(event) => change({ sounds: { ...draft.sounds, enabled: event.currentTarget.checked } })} />
          <span>{t('settings.soundsEnabled')}</span>
        </label>
        <label>
          <span>{t('settings.volume')}</span>
          <input type="range" min={0} max={100} value={draft.sounds.volumePercent} onChange={(event) => change({ sounds: { ...draft.sounds, volumePercent: numberOf(event) } })} />
        </label>
      </fieldset>

      <div className="settings-actions">
        <button
          type="button"
          className="primary"
          data-testid="settings-save"
          onClick={() => {
            void save(draft).then((saved) => setSavedNotice(saved));
          }}
        >
          {t('settings.save')}
        </button>
        <button type="button" data-testid="settings-export" onClick={() => void exportSettings()}>
          {t('settings.export')}
        </button>
        <label className="file-button">
          <span>{t('settings.import')}</span>
          <input type="file" data-testid="settings-import" accept=".json,application/json" onChange={(event) => void importChosen(event)} />
        </label>
        {savedNotice && (
          <span role="status" data-testid="settings-saved">
            {t('settings.saved')}
          </span>
        )}
      </div>
    </section>
  );
}
