import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, UnitLookup } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';
import { MessageText } from '../../components/MessageText';
import { useScanHandler } from '../../state/scan-routing';
import { UnitCard } from './UnitCard';

/** Finds every unit with a scanned or typed serial and shows its state and history. */
export function LookupScreen() {
  const { t } = useTranslation();
  const [serial, setSerial] = useState('');
  const [units, setUnits] = useState<ReadonlyArray<UnitLookup> | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);

  const lookUp = async (text: string): Promise<void> => {
    const trimmed = text.trim();
    if (trimmed.length === 0) {
      return;
    }
    setSerial(trimmed);
    const result = await stationBridge()['units.lookup']({ serial: trimmed });
    if (!result.ok) {
      setUnits(null);
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    setUnits(result.value);
  };
  useScanHandler((scan) => void lookUp(scan.raw));

  return (
    <section className="screen lookup">
      <h1>{t('lookup.title')}</h1>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void lookUp(String(new FormData(event.currentTarget).get('serial') ?? ''));
        }}
      >
        <label>
          <span>{t('lookup.serial')}</span>
          <input name="serial" data-testid="lookup-input" autoFocus autoComplete="off" maxLength={200} />
        </label>
        <button type="submit" className="primary" data-testid="lookup-submit">
          {t('lookup.submit')}
        </button>
      </form>
      {problem !== null && (
        <p className="problem" role="alert" data-testid="lookup-error">
          <MessageText message={problem} />
        </p>
      )}
      {units !== null && units.length === 0 && <p data-testid="lookup-empty">{t('lookup.notFound', { serial })}</p>}
      {units?.map((unit) => <UnitCard key={unit.unitId} unit={unit} />)}
    </section>
  );
}
