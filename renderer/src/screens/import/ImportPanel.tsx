import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary, OperatorMessage } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';
import { MessageText } from '../../components/MessageText';
import { readFileAsBase64 } from './read-file';

/**
 * A file chooser that sends the chosen file to `imports.file` and shows the summary or the
 * error. `onImported` runs after a successful import.
 */
export function ImportPanel({ onImported }: { readonly onImported?: (summary: ImportSummary) => void }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [clients, setClients] = useState<ReadonlyArray<{ code: string; name: string }>>([]);
  // Empty means "the file names its client"; order reports from Amazon or Shopify do not.
  const [clientCode, setClientCode] = useState('');

  useEffect(() => {
    void stationBridge()['clients.list']({}).then((result) => {
      if (result.ok) {
        setClients(result.value);
      }
    });
  }, [summary]);

  const importChosenFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) {
      return;
    }

    setBusy(true);
    setSummary(null);
    setProblem(null);
    const contentBase64 = await readFileAsBase64(file);
    const result = await stationBridge()['imports.file']({
      fileName: file.name,
      contentBase64,
      ...(clientCode === '' ? {} : { clientCode }),
    });
    setBusy(false);
    // Clearing the chooser lets the operator import the same file again after fixing it.
    input.value = '';

    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setSummary(result.value);
    onImported?.(result.value);
  };

  return (
    <div className="import-panel">
      <label className="client-choice">
        <span>{t('import.client')}</span>
        <select data-testid="import-client" value={clientCode} disabled={busy} onChange={(event) => setClientCode(event.currentTarget.value)}>
          <option value="">{t('import.clientFromFile')}</option>
          {clients.map((client) => (
            <option key={client.code} value={client.code}>
              {client.code} – {client.name}
            </option>
          ))}
        </select>
      </label>
      <label className="file-choice">
        <span>{t('import.chooseFile')}</span>
        <input type="file" data-testid="import-file" accept=".csv,.txt,.tsv,.json" disabled={busy} onChange={(event) => void importChosenFile(event)} />
      </label>
      {busy && <p>{t('import.reading')}</p>}
      {summary !== null && (
        <dl className="import-summary" data-testid="import-summary">
          <dt>{t('import.summary.format')}</dt>
          <dd>{summary.format}</dd>
          <dt>{t('import.summary.clients')}</dt>
          <dd>{summary.clients}</dd>
          <dt>{t('import.summary.products')}</dt>
          <dd>{summary.products}</dd>
          <dt>{t('import.summary.shipmentsCreated')}</dt>
          <dd>{summary.shipmentsCreated}</dd>
          <dt>{t('import.summary.shipmentsUpdated')}</dt>
          <dd>{summary.shipmentsUpdated}</dd>
          <dt>{t('import.summary.shipmentsUnchanged')}</dt>
          <dd>{summary.shipmentsUnchanged}</dd>
          <dt>{t('import.summary.lines')}</dt>
          <dd>{summary.lines}</dd>
        </dl>
      )}
      {summary !== null && summary.warnings.length > 0 && (
        <section className="import-warnings" data-testid="import-warnings">
          <h3>{t('import.warnings', { count: summary.warnings.length })}</h3>
          <ul>
            {summary.warnings.map((warning, index) => (
              <li key={index}>
                <MessageText message={warning} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {problem !== null && (
        <p className="problem" role="alert" data-testid="import-error">
          <MessageText message={problem} />
        </p>
      )}
    </div>
  );
}
