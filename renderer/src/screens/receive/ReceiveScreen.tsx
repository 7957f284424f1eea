import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, ResponseOf } from '../../../../main/api/contract';
import { MessageText } from '../../components/MessageText';
import { useScanHandler } from '../../state/scan-routing';
import { downloadFile, newGestureId, useTrackingCall } from '../serial/tracking-call';
import { ReceiptPanel } from './ReceiptPanel';

type ReceiptView = ResponseOf<'receipts.view'>;

/** Receiving: open or create a receipt (or import an ASN), scan units in, close with a discrepancy report. */
export function ReceiveScreen() {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<ReceiptView | null>(null);
  const [pendingProductId, setPendingProductId] = useState<number | null>(null);
  const [last, setLast] = useState<OperatorMessage | null>(null);
  const create = useTrackingCall('receipts.create');
  const importAsn = useTrackingCall('receipts.importAsn');
  const scan = useTrackingCall('receipts.scan');
  const close = useTrackingCall('receipts.close');

  const receive = async (raw: string): Promise<void> => {
    if (receipt === null || receipt.status !== 'open' || raw.trim() === '') {
      return;
    }
    const result = await scan.call({ receiptId: receipt.receiptId, raw, pendingProductId, gestureId: newGestureId() });
    if (result !== null) {
      setReceipt(result.view);
      setPendingProductId(result.pendingProductId);
      setLast(result.message);
      if (result.serialLabel !== null) {
        downloadFile({ fileName: result.serialLabel.fileName, contentBase64: result.serialLabel.pdfBase64 }, 'application/pdf');
      }
    }
  };
  useScanHandler((captured) => void receive(captured.raw));
  const problem = create.problem ?? importAsn.problem ?? scan.problem ?? close.problem;

  return (
    <section className="screen receive">
      <h1>{t('tracking:receive.title')}</h1>
      {receipt === null && (
        <div className="receipt-start">
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget);
              void create
                .call({ clientCode: String(form.get('client') ?? ''), reference: String(form.get('reference') ?? ''), lines: [] })
                .then((view) => setReceipt(view));
            }}
          >
            <label>
              <span>{t('tracking:receive.client')}</span>
              <input name="client" data-testid="receive-client" autoComplete="off" maxLength={32} />
            </label>
            <label>
              <span>{t('tracking:receive.reference')}</span>
              <input name="reference" data-testid="receive-reference" autoComplete="off" maxLength={200} />
            </label>
            <button type="submit" className="primary" data-testid="receive-create">
              {t('tracking:receive.create')}
            </button>
          </form>
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              const form = new FormData(event.currentTarget);
              const file = form.get('asn');
              if (!(file instanceof File)) {
                return;
              }
              void file.arrayBuffer().then((buffer) => {
                const contentBase64 = btoa(String.fromCharCode(...new Uint8Array(buffer)));
                return importAsn.call({ reference: String(form.get('reference') ?? ''), fileName: file.name, contentBase64 }).then((view) => setReceipt(view));
              });
            }}
          >
            <label>
              <span>{t('tracking:receive.asnFile')}</span>
              <input name="asn" type="file" accept=".csv,text/csv" data-testid="receive-asn-file" />
            </label>
            <label>
              <span>{t('tracking:receive.reference')}</span>
              <input name="reference" autoComplete="off" maxLength={200} />
            </label>
            <button type="submit" data-testid="receive-import">
              {t('tracking:receive.import')}
            </button>
          </form>
        </div>
      )}
      {problem !== null && (
        <p className="problem" role="alert" data-testid="receive-problem">
          <MessageText message={problem} />
        </p>
      )}
      {receipt !== null && (
        <>
          {last !== null && (
            <p className="verdict accepted" data-testid="receive-last">
              <MessageText message={last} />
            </p>
          )}
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              const input = event.currentTarget.elements.namedItem('scan') as HTMLInputElement;
              void receive(input.value);
              input.value = '';
            }}
          >
            <label>
              <span>{pendingProductId === null ? t('tracking:receive.scanProduct') : t('tracking:receive.scanSerial')}</span>
              <input name="scan" data-testid="receive-scan" autoComplete="off" maxLength={4096} disabled={receipt.status !== 'open'} />
            </label>
            <button type="submit">{t('tracking:receive.enter')}</button>
          </form>
          <ReceiptPanel
            receipt={receipt}
            onClose={() =>
              void close.call({ receiptId: receipt.receiptId }).then((closed) => {
                if (closed !== null) {
                  setReceipt(closed.view);
                  downloadFile(closed.csv, 'text/csv');
                }
              })
            }
            onDone={() => {
              setReceipt(null);
              setLast(null);
            }}
          />
        </>
      )}
    </section>
  );
}
