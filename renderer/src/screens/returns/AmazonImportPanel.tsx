import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { callChannel } from '../../state/returns-calls';
import { readFileAsBase64 } from '../import/read-file';
import { ClientSelect } from './ClientSelect';

type ImportSummary = ResponseOf<'returns.importAmazonReport'>;

/**
 * Imports Amazon's customer returns report (tab-separated) for one client. Each row becomes a
 * return awaiting intake; a bad file is rejected whole, and main's message names the row and
 * column. `onImported` lets the desk refresh its list of open returns.
 */
export function AmazonImportPanel({ onImported }: { readonly onImported: () => void }) {
  const { t } = useTranslation('returns-desk');
  const [clientCode, setClientCode] = useState('');
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <form
      className="panel amazon-import"
      data-testid="amazon-import"
      onSubmit={(event) => {
        event.preventDefault();
        const file = new FormData(event.currentTarget).get('report');
        // An empty file goes to the station too, which answers with its "no rows" message.
        if (!(file instanceof File) || file.name === '' || clientCode === '') {
          return;
        }
        setBusy(true);
        setSummary(null);
        setProblem(null);
        void readFileAsBase64(file)
          .then((contentBase64) => callChannel('returns.importAmazonReport', { clientCode, fileName: file.name, contentBase64 }))
          .then((result) => {
            setBusy(false);
            if (!result.ok) {
              setProblem(result.message);
              return;
            }
            setSummary(result.value);
            onImported();
          });
      }}
    >
      <h2>{t('import.title')}</h2>
      <p className="hint">{t('import.hint')}</p>
      <div className="inline-form">
        <ClientSelect
          label={t('import.client')}
          testId="amazon-import-client"
          value={clientCode}
          onChange={setClientCode}
          emptyOption={null}
          onLoaded={(clients) => setClientCode((current) => (current === '' ? (clients[0]?.code ?? '') : current))}
        />
        <label className="file-choice">
          <span>{t('import.file')}</span>
          <input name="report" type="file" accept=".txt,.tsv,.csv,text/plain,text/tab-separated-values" data-testid="amazon-import-file" />
        </label>
        <button type="submit" data-testid="amazon-import-submit" disabled={busy || clientCode === ''}>
          {t('import.submit')}
        </button>
      </div>
      {summary !== null && (
        <p className="notice" data-testid="amazon-import-done">
          {t('import.done', { rows: summary.rows, created: summary.returnsCreated, already: summary.alreadyImported, unknown: summary.unknownProducts })}
        </p>
      )}
      {problem !== null && (
        <p className="problem" role="alert" data-testid="amazon-import-problem">
          <MessageText message={problem} />
        </p>
      )}
    </form>
  );
}
