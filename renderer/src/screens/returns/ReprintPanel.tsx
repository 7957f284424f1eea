import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { callChannel } from '../../state/returns-calls';
import { LabelButtons } from './LabelButtons';

type RelabelOptions = ResponseOf<'returns.relabelOptions'>;

/** Offers the labels of a unit graded earlier, as its disposition calls for them, to print again. */
export function ReprintPanel({ returnUnitId, serial, onClose }: { readonly returnUnitId: number; readonly serial: string; readonly onClose: () => void }) {
  const { t } = useTranslation('returns-desk');
  const [options, setOptions] = useState<RelabelOptions | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);

  useEffect(() => {
    void callChannel('returns.relabelOptions', { returnUnitId }).then((result) => (result.ok ? setOptions(result.value) : setProblem(result.message)));
  }, [returnUnitId]);

  return (
    <section className="panel relabel-panel" data-testid="reprint-panel">
      <h2>{t('relabel.reprintTitle', { serial })}</h2>
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      {options !== null && <LabelButtons returnUnitId={returnUnitId} labelKinds={options.labelKinds} />}
      <button type="button" data-testid="reprint-close" onClick={onClose}>
        {t('relabel.closeReprint')}
      </button>
    </section>
  );
}
