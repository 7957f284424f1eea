import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../main/api/contract';

/** A receipt's lines with expected and received quantities, and its discrepancies so far. */
export function ReceiptPanel({ receipt, onClose, onDone }: { readonly receipt: ResponseOf<'receipts.view'>; readonly onClose: () => void; readonly onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="receipt-panel" data-testid="receipt-panel">
      <h2>
        {t('tracking:receive.receiptHeading', { reference: receipt.reference, client: receipt.clientCode })} · {t(`tracking:receive.status.${receipt.status}`)}
      </h2>
      <p data-testid="receipt-counts">{t('tracking:receive.counts', { received: receipt.unitsReceived, expected: receipt.unitsExpected })}</p>
      <table className="unit-table">
        <thead>
          <tr>
            <th>{t('tracking:table.sku')}</th>
            <th>{t('tracking:table.lot')}</th>
            <th>{t('tracking:table.expiry')}</th>
            <th>{t('tracking:receive.expected')}</th>
            <th>{t('tracking:receive.received')}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.lines.map((line) => (
            <tr key={`${line.sku}-${line.lot ?? ''}`}>
              <td>{line.sku}</td>
              <td>{line.lot ?? ''}</td>
              <td>{line.expiry ?? ''}</td>
              <td>{line.quantityExpected}</td>
              <td>{line.quantityReceived}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('tracking:receive.discrepancies')}</h3>
      {receipt.discrepancies.length === 0 ? (
        <p>{t('tracking:receive.noDiscrepancies')}</p>
      ) : (
        <ul data-testid="receipt-discrepancies">
          {receipt.discrepancies.map((item, index) => (
            <li key={index}>
              {t(`tracking:discrepancy.${item.kind}`, { sku: item.sku, serial: item.serial ?? '', expected: item.expected ?? 0, received: item.received ?? 0 })}
            </li>
          ))}
        </ul>
      )}
      {receipt.status === 'open' ? (
        <button type="button" className="primary" data-testid="receipt-close" onClick={onClose}>
          {t('tracking:receive.close')}
        </button>
      ) : (
        <button type="button" data-testid="receipt-done" onClick={onDone}>
          {t('tracking:receive.done')}
        </button>
      )}
    </div>
  );
}
