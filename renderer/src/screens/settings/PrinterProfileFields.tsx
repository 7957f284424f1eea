import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../../main/api/contract';
import type { StationSettings } from '../../../../main/settings/station-settings-schema';
import { stationBridge } from '../../api/client';
import { MessageText } from '../../components/MessageText';
import { useNavigationStore } from '../../state/navigation-store';
import { type PrinterChoice, type PrinterProfileEntry, labelProfileChoices, printerNameChoices } from './printer-choices';

type PrintingSettings = StationSettings['printing'];

interface PrinterProfileFieldsProps {
  readonly value: PrintingSettings;
  readonly onChange: (next: PrintingSettings) => void;
}

/**
 * Renders the station's printer and label profile as lists of the printer profiles that the
 * `printing.profiles` channel returns. Profiles themselves are edited on the print queue screen.
 */
export function PrinterProfileFields({ value, onChange }: PrinterProfileFieldsProps) {
  const { t } = useTranslation(['devices', 'printing']);
  const go = useNavigationStore((state) => state.go);
  const [profiles, setProfiles] = useState<ReadonlyArray<PrinterProfileEntry> | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);

  useEffect(() => {
    let current = true;
    void stationBridge()['printing.profiles']({}).then((listed) => {
      if (!current) {
        return;
      }
      if (listed.ok) {
        setProfiles(listed.value);
      } else {
        setProblem(listed.error.message);
      }
    });
    return () => {
      current = false;
    };
  }, []);

  const optionLabel = (choice: PrinterChoice, text: string): string => (choice.configured ? text : t('printing:settings.notSetUp', { name: text }));
  const kindName = (kind: string): string => t(`printing:kind.${kind}`, { defaultValue: kind });
  const available = profiles ?? [];

  return (
    <>
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      {profiles !== null && profiles.length === 0 && <p data-testid="settings-no-printer-profiles">{t('printing:noProfiles')}</p>}
      <label>
        <span>{t('devices:settings.printerName')}</span>
        <select
          data-testid="settings-printer-name"
          value={value.printerName ?? ''}
          onChange={(event) => onChange({ ...value, printerName: event.currentTarget.value === '' ? null : event.currentTarget.value })}
        >
          <option value="">{t('printing:settings.none')}</option>
          {printerNameChoices(available, value.printerName).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {optionLabel(choice, choice.value)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('devices:settings.labelProfile')}</span>
        <select
          data-testid="settings-label-profile"
          value={value.labelProfile ?? ''}
          onChange={(event) => onChange({ ...value, labelProfile: event.currentTarget.value === '' ? null : event.currentTarget.value })}
        >
          <option value="">{t('printing:settings.none')}</option>
          {labelProfileChoices(available, value.labelProfile).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {optionLabel(choice, kindName(choice.value))}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="settings-open-printing" onClick={() => go('printing')}>
        {t('printing:settings.editProfiles')}
      </button>
    </>
  );
}
