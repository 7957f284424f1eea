import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkSerialVerdictView, OperatorMessage, PackView } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { asTextField, typeIntoField } from '../../scan-capture/text-field';
import { confirmBulkAdd, previewBulkSerials } from '../../state/bulk-add-calls';
import { useScanHandler } from '../../state/scan-routing';

interface Preview {
  readonly serials: ReadonlyArray<string>;
  /** Idempotency key of confirming this preview, created with it. */
  readonly gestureId: string;
}

/**
 * Adds many serials of one product at once: a literal list (commas, semicolons or line breaks
 * separate serials, a hyphen never does) and an optional range given by its first and last
 * serial. Preview shows every serial that Confirm will pack, and nothing is written before
 * Confirm. Editing any input drops the preview, so Confirm always packs what is shown.
 *
 * While the dialog is open it takes the scans: a scan goes into the focused field (a serial
 * label scanned into the list gets a line break after it) instead of being packed at once.
 */
export function BulkAddDialog({ view, onDone }: { readonly view: PackView; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const lines = view.lines.filter((line) => line.serialTracked);
  const firstOpenLine = lines.find((line) => line.quantityPacked < line.quantityExpected) ?? lines[0];
  const [productId, setProductId] = useState<number | null>(firstOpenLine?.productId ?? null);
  const [listText, setListText] = useState('');
  const [rangeStart, setRangeStart] = useState('');
  const [rangeEnd, setRangeEnd] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [results, setResults] = useState<ReadonlyArray<BulkSerialVerdictView> | null>(null);
  const [working, setWorking] = useState(false);
  const listRef = useRef<HTMLTextAreaElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  // On the window rather than the form: after Confirm the focused button is disabled, and the
  // focus falls back to the page body, outside the form.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onDone();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onDone]);

  useScanHandler((scan) => {
    const focused = asTextField(document.activeElement);
    const target = focused !== null && focused.closest('.bulk-add-dialog') !== null ? focused : listRef.current;
    if (target !== null) {
      typeIntoField(target, target instanceof HTMLTextAreaElement ? `${scan.raw}\n` : scan.raw);
    }
  });

  const edited = (update: () => void): void => {
    update();
    setPreview(null);
    setProblem(null);
  };

  const showPreview = async (): Promise<void> => {
    setWorking(true);
    setResults(null);
    const previewed = await previewBulkSerials(listText, rangeStart, rangeEnd);
    setWorking(false);
    if (!previewed.ok) {
      setPreview(null);
      setProblem(previewed.message);
      return;
    }
    setProblem(null);
    setPreview({ serials: previewed.value, gestureId: crypto.randomUUID() });
  };

  const confirm = async (): Promise<void> => {
    if (preview === null || productId === null) {
      return;
    }
    setWorking(true);
    const added = await confirmBulkAdd(productId, preview.serials, preview.gestureId);
    setWorking(false);
    if (!added.ok) {
      setProblem(added.message);
      return;
    }
    setPreview(null);
    setResults(added.value);
    closeRef.current?.focus();
  };

  const acceptedCount = results?.filter((result) => result.verdict.outcome === 'accepted').length ?? 0;
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog bulk-add-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={t('pack.bulk.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void showPreview();
        }}
      >
        <h2>{t('pack.bulk.title')}</h2>
        <label>
          <span>{t('pack.bulk.product')}</span>
          <select
            data-testid="bulk-product"
            value={productId ?? ''}
            autoFocus
            onChange={(event) => edited(() => setProductId(Number(event.target.value)))}
          >
            {lines.map((line) => (
              <option key={line.productId} value={line.productId}>
                {line.sku} · {line.title} ({t('pack.lines.progress', { packed: line.quantityPacked, expected: line.quantityExpected })})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('pack.bulk.serials')}</span>
          <textarea
            ref={listRef}
            data-testid="bulk-serials"
            rows={4}
            value={listText}
            spellCheck={false}
            autoComplete="off"
            placeholder={t('pack.bulk.serialsHint')}
            onChange={(event) => edited(() => setListText(event.target.value))}
          />
        </label>
        <fieldset className="bulk-range">
          <legend>{t('pack.bulk.range')}</legend>
          <label>
            <span>{t('pack.bulk.rangeStart')}</span>
            <input data-testid="bulk-range-start" autoComplete="off" value={rangeStart} onChange={(event) => edited(() => setRangeStart(event.target.value))} />
          </label>
          <label>
            <span>{t('pack.bulk.rangeEnd')}</span>
            <input data-testid="bulk-range-end" autoComplete="off" value={rangeEnd} onChange={(event) => edited(() => setRangeEnd(event.target.value))} />
          </label>
        </fieldset>
        {problem !== null && (
          <p className="problem" role="alert" data-testid="bulk-problem">
            <MessageText message={problem} />
          </p>
        )}
        {preview !== null && (
          <section aria-label={t('pack.bulk.previewTitle', { count: preview.serials.length })}>
            <h3>{t('pack.bulk.previewTitle', { count: preview.serials.length })}</h3>
            <ol className="bulk-list">
              {preview.serials.map((serial) => (
                <li key={serial} data-testid="bulk-preview-item">
                  {serial}
                </li>
              ))}
            </ol>
          </section>
        )}
        {results !== null && (
          <section aria-label={t('pack.bulk.resultsTitle', { accepted: acceptedCount, count: results.length })}>
            <h3>{t('pack.bulk.resultsTitle', { accepted: acceptedCount, count: results.length })}</h3>
            <ol className="bulk-list">
              {results.map((result) => (
                <li key={result.serial} data-testid="bulk-result" data-outcome={result.verdict.outcome} className={`outcome-${result.verdict.outcome}`}>
                  <strong>{result.serial}</strong> {t(`pack.bulk.${result.verdict.outcome}`)}: <MessageText message={result.verdict.message} />
                </li>
              ))}
            </ol>
          </section>
        )}
        <div className="dialog-buttons">
          <button type="submit" data-testid="bulk-range-preview" disabled={working}>
            {t('pack.bulk.preview')}
          </button>
          <button type="button" className="primary" data-testid="bulk-confirm" disabled={working || preview === null || productId === null} onClick={() => void confirm()}>
            {t('pack.bulk.confirm', { count: preview?.serials.length ?? 0 })}
          </button>
          <button type="button" ref={closeRef} onClick={onDone}>
            {t('actions.close')}
          </button>
        </div>
      </form>
    </div>
  );
}
