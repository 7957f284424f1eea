import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { UnitTable } from '../serial/UnitTable';
import { downloadFile, useTrackingCall } from '../serial/tracking-call';

type Selection = RequestOf<'recall.preview'>['selection'];

function readSelection(form: FormData): Selection {
  const text = (name: string): string | undefined => {
    const value = String(form.get(name) ?? '').trim();
    return value === '' ? undefined : value;
  };
  const serials = String(form.get('serials') ?? '')
    .split(/[\s,;|]+/)
    .filter((serial) => serial !== '');
  return {
    clientCode: text('clientCode'),
    sku: text('sku'),
    lot: text('lot'),
    expiryFrom: text('expiryFrom'),
    expiryTo: text('expiryTo'),
    receiptReference: text('receiptReference'),
    ...(serials.length === 0 ? {} : { serials }),
  };
}

/** Recall: select units, see where each one is or went, hold the ones still here in one action, export the list. */
export function RecallScreen() {
  const { t } = useTranslation();
  const [selection, setSelection] = useState<Selection | null>(null);
  const preview = useTrackingCall('recall.preview');
  const hold = useTrackingCall('recall.hold');
  const csv = useTrackingCall('recall.csv');
  const problem = preview.problem ?? hold.problem ?? csv.problem;

  return (
    <section className="screen recall">
      <h1>{t('tracking:recall.title')}</h1>
      <form
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = readSelection(new FormData(event.currentTarget));
          setSelection(chosen);
          void preview.call({ selection: chosen });
        }}
      >
        {(['clientCode', 'sku', 'lot', 'receiptReference'] as const).map((field) => (
          <label key={field}>
            <span>{t(`tracking:search.${field}`)}</span>
            <input name={field} data-testid={`recall-${field}`} autoComplete="off" maxLength={200} />
          </label>
        ))}
        {(['expiryFrom', 'expiryTo'] as const).map((field) => (
          <label key={field}>
            <span>{t(`tracking:search.${field}`)}</span>
            <input name={field} type="date" />
          </label>
        ))}
        <label>
          <span>{t('tracking:recall.serials')}</span>
          <textarea name="serials" rows={3} />
        </label>
        <button type="submit" className="primary" data-testid="recall-preview">
          {t('tracking:recall.preview')}
        </button>
      </form>
      {problem !== null && (
        <p className="problem" role="alert" data-testid="recall-problem">
          <MessageText message={problem} />
        </p>
      )}
      {preview.value !== null && selection !== null && (
        <>
          <UnitTable units={preview.value} />
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget);
              void hold
                .call({ reference: String(form.get('reference') ?? ''), reason: String(form.get('reason') ?? ''), selection })
                .then((result) => (result === null ? undefined : preview.setValue(result.units)));
            }}
          >
            <label>
              <span>{t('tracking:recall.reference')}</span>
              <input name="reference" data-testid="recall-reference" autoComplete="off" maxLength={100} />
            </label>
            <label>
              <span>{t('tracking:recall.reason')}</span>
              <input name="reason" data-testid="recall-reason" autoComplete="off" maxLength={500} />
            </label>
            <button type="submit" className="primary" data-testid="recall-hold">
              {t('tracking:recall.hold')}
            </button>
            <button type="button" data-testid="recall-csv" onClick={() => void csv.call({ selection }).then((file) => (file === null ? undefined : downloadFile(file, 'text/csv')))}>
              {t('tracking:recall.csv')}
            </button>
          </form>
          {hold.value !== null && (
            <p data-testid="recall-result">{t('tracking:recall.result', { held: hold.value.held, alreadyHeld: hold.value.alreadyHeld, outside: hold.value.outsideWarehouse })}</p>
          )}
        </>
      )}
    </section>
  );
}
