import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { useScanHandler } from '../../state/scan-routing';
import { downloadFile, newGestureId, useTrackingCall } from '../serial/tracking-call';

type Candidate = ResponseOf<'fba.prepScan'>['candidates'][number];

/**
 * FBA prep bench: scan a product's EAN/UPC or FNSKU, choose the client when several sell it, and
 * print its FNSKU labels. A serial-tracked product also needs the unit's serial, and main records
 * which unit got the label.
 */
export function PrepScreen() {
  const { t } = useTranslation();
  const options = useTrackingCall('fba.labelOptions');
  const lookup = useTrackingCall('fba.prepScan');
  const print = useTrackingCall('fba.printFnskuLabel');
  const importReport = useTrackingCall('fba.importReport');
  const [clientCode, setClientCode] = useState('');
  const [chosen, setChosen] = useState<Candidate | null>(null);
  const [template, setTemplate] = useState('roll-2.25x1.25in');
  const [condition, setCondition] = useState<string>('New');
  const [copies, setCopies] = useState(1);
  const [manual, setManual] = useState('');

  useEffect(() => {
    void options.call({});
    // The template and condition lists are fixed for the app's lifetime, so they load once.
  }, []);

  const printLabels = async (product: Candidate, serial: string | null, gestureId: string): Promise<void> => {
    await print.call({ productId: product.productId, serial, copies, template, condition, gestureId });
  };

  const handle = async (raw: string, gestureId: string): Promise<void> => {
    const text = raw.trim();
    if (text === '') return;
    // With a serial-tracked product chosen, the next scan is that unit's serial.
    if (chosen?.serialTracked === true) {
      await printLabels(chosen, text, gestureId);
      return;
    }
    print.setValue(null);
    const found = await lookup.call({ raw: text });
    const candidates = found?.candidates ?? [];
    setChosen(candidates.length === 1 ? (candidates[0] ?? null) : null);
  };

  useScanHandler((scan) => void handle(scan.raw, scan.gestureId));

  const candidates = lookup.value?.candidates ?? [];
  const problem = print.problem ?? lookup.problem;
  const file = print.value;

  return (
    <main className="prep-screen" data-testid="prep-screen">
      <h1>{t('fba:prep.title')}</h1>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void handle(manual, newGestureId());
          setManual('');
        }}
      >
        <label>
          <span>{chosen?.serialTracked === true ? t('fba:prep.serialPrompt') : t('fba:prep.scanPrompt')}</span>
          <input data-testid="prep-scan-input" value={manual} onChange={(event) => setManual(event.target.value)} autoComplete="off" />
        </label>
      </form>

      <div className="inline-form">
        <label>
          <span>{t('fba:prep.template')}</span>
          <select data-testid="prep-template" value={template} onChange={(event) => setTemplate(event.target.value)}>
            {(options.value?.templates ?? [template]).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('fba:prep.condition')}</span>
          <select data-testid="prep-condition" value={condition} onChange={(event) => setCondition(event.target.value)}>
            {(options.value?.conditions ?? [condition]).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('fba:prep.copies')}</span>
          <input data-testid="prep-copies" type="number" min={1} max={1000} value={copies} onChange={(event) => setCopies(Math.max(1, Math.floor(Number(event.target.value) || 1)))} />
        </label>
      </div>

      <form
        className="inline-form"
        data-testid="prep-import"
        onSubmit={(event) => {
          event.preventDefault();
          const file = new FormData(event.currentTarget).get('report');
          if (!(file instanceof File)) return;
          void file.arrayBuffer().then((buffer) => {
            let binary = '';
            for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
            return importReport.call({ fileName: file.name, contentBase64: btoa(binary), clientCode });
          });
        }}
      >
        <label>
          <span>{t('fba:prep.importClient')}</span>
          <input data-testid="prep-import-client" value={clientCode} onChange={(event) => setClientCode(event.target.value)} maxLength={32} autoComplete="off" />
        </label>
        <label>
          <span>{t('fba:prep.importFile')}</span>
          <input data-testid="prep-import-file" name="report" type="file" accept=".txt,.tsv,.csv" />
        </label>
        <button type="submit" data-testid="prep-import-submit">
          {t('fba:prep.import')}
        </button>
        {importReport.value !== null && (
          <span data-testid="prep-import-done">{t('fba:prep.imported', { rows: importReport.value.rows, created: importReport.value.created, updated: importReport.value.updated })}</span>
        )}
        {importReport.problem !== null && (
          <span className="problem" role="alert">
            <MessageText message={importReport.problem} />
          </span>
        )}
      </form>

      {chosen === null && candidates.length > 1 && (
        <section data-testid="prep-choose-client">
          <p>{t('fba:prep.chooseClient')}</p>
          {candidates.map((candidate) => (
            <button key={candidate.productId} type="button" data-testid={`prep-client-${candidate.clientCode}`} onClick={() => setChosen(candidate)}>
              {t('fba:prep.product', { sku: candidate.sku, title: candidate.title, client: candidate.clientName })}
            </button>
          ))}
        </section>
      )}

      {chosen !== null && (
        <section data-testid="prep-product">
          <p>
            <strong>{chosen.fnsku}</strong> {t('fba:prep.product', { sku: chosen.sku, title: chosen.title, client: chosen.clientName })}
          </p>
          {!chosen.serialTracked && (
            <button type="button" data-testid="prep-print" onClick={() => void printLabels(chosen, null, newGestureId())}>
              {t('fba:prep.print')}
            </button>
          )}
        </section>
      )}

      {problem !== null && (
        <p className="problem" role="alert" data-testid="prep-problem">
          <MessageText message={problem} />
        </p>
      )}

      {file !== null && (
        <section data-testid="prep-result">
          <p data-testid="prep-printed">
            {file.recordedUnitId === null ? t('fba:prep.printed', { copies, fnsku: file.fnsku }) : t('fba:prep.recorded', { fnsku: file.fnsku })}
          </p>
          <img className="label-preview" alt={file.fnsku} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(file.svg)}`} />
          <button type="button" onClick={() => downloadFile({ fileName: file.fileName, contentBase64: file.pdfBase64 }, 'application/pdf')}>
            {t('fba:prep.download')}
          </button>
        </section>
      )}
    </main>
  );
}
