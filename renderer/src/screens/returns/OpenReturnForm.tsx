import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestOf } from '../../../../main/api/contract';
import { useReturnsDeskStore, type FindOutcome } from '../../state/returns-desk-store';
import { ClientSelect } from './ClientSelect';

type ReferenceKind = RequestOf<'returns.open'>['referenceKind'];

/** Kinds an operator opens on the spot; 'none' has its own button and Amazon returns come from the report. */
const openableKinds: ReadonlyArray<ReferenceKind> = ['rma', 'tracking-number', 'removal-order', 'amazon-return'];

interface ExpectedRow {
  readonly sku: string;
  readonly quantity: number;
  readonly serial: string;
}

const emptyRow: ExpectedRow = { sku: '', quantity: 1, serial: '' };

/**
 * Opens a return on the spot: its reference (prefilled from a search that found nothing, such as
 * a scanned return label's RMA and tracking number), the client, the order it claims, and the
 * products and serials the customer reports as sent back.
 */
export function OpenReturnForm({ suggestion }: { readonly suggestion: FindOutcome['openSuggestion'] }) {
  const { t } = useTranslation('returns-desk');
  const openReturn = useReturnsDeskStore((state) => state.openReturn);
  const busy = useReturnsDeskStore((state) => state.busy);
  const [kind, setKind] = useState<ReferenceKind>(suggestion?.referenceKind === 'none' || suggestion === null ? 'rma' : suggestion.referenceKind);
  const [reference, setReference] = useState(suggestion?.reference ?? '');
  const [trackingNumber, setTrackingNumber] = useState(suggestion?.trackingNumber ?? '');
  const [clientCode, setClientCode] = useState('');
  const [orderReference, setOrderReference] = useState('');
  const [reason, setReason] = useState('');
  const [rows, setRows] = useState<ReadonlyArray<ExpectedRow>>([emptyRow]);

  const changeRow = (index: number, change: Partial<ExpectedRow>): void => {
    setRows(rows.map((row, position) => (position === index ? { ...row, ...change } : row)));
  };

  const submit = (): void => {
    const expected = rows
      .filter((row) => row.sku.trim() !== '')
      .map((row) => ({ sku: row.sku.trim(), quantity: row.quantity, serial: row.serial.trim() === '' ? null : row.serial.trim() }));
    const request: RequestOf<'returns.open'> = {
      referenceKind: kind,
      reference: reference.trim(),
      clientCode: clientCode === '' ? null : clientCode,
      orderReference: orderReference.trim() === '' ? null : orderReference.trim(),
      trackingNumber: trackingNumber.trim() === '' ? null : trackingNumber.trim(),
      reason: reason.trim(),
      expected,
      source: suggestion?.trackingNumber !== undefined && suggestion.trackingNumber !== null ? 'return-label' : 'on-the-spot',
    };
    void openReturn(request);
  };

  return (
    <form
      className="panel open-return"
      data-testid="open-return-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2>{t('open.title')}</h2>
      <div className="form-grid">
        <label>
          <span>{t('open.kind')}</span>
          <select data-testid="open-kind" value={kind} onChange={(event) => setKind(event.target.value as ReferenceKind)}>
            {openableKinds.map((item) => (
              <option key={item} value={item}>
                {t(`referenceKind.${item}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('open.reference')}</span>
          <input data-testid="open-reference" required maxLength={200} autoComplete="off" value={reference} onChange={(event) => setReference(event.target.value)} />
        </label>
        <ClientSelect
          label={t('open.client')}
          testId="open-client"
          value={clientCode}
          onChange={setClientCode}
          emptyOption={t('open.clientFromUnit')}
          // One client is the usual single-tenant station, so it is preselected.
          onLoaded={(clients) => setClientCode((current) => (current === '' && clients.length === 1 ? (clients[0]?.code ?? '') : current))}
        />
        <label>
          <span>{t('open.orderReference')}</span>
          <input data-testid="open-order" maxLength={200} autoComplete="off" value={orderReference} onChange={(event) => setOrderReference(event.target.value)} />
        </label>
        <label>
          <span>{t('open.trackingNumber')}</span>
          <input data-testid="open-tracking" maxLength={200} autoComplete="off" value={trackingNumber} onChange={(event) => setTrackingNumber(event.target.value)} />
        </label>
        <label>
          <span>{t('open.reason')}</span>
          <input data-testid="open-reason" maxLength={500} autoComplete="off" value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
      </div>
      <h3>{t('open.expected')}</h3>
      <p className="hint">{t('open.expectedHint')}</p>
      {rows.map((row, index) => (
        <div key={index} className="expected-row">
          <label>
            <span>{t('open.sku')}</span>
            <input data-testid={`open-sku-${index}`} maxLength={100} autoComplete="off" value={row.sku} onChange={(event) => changeRow(index, { sku: event.target.value })} />
          </label>
          <label>
            <span>{t('open.quantity')}</span>
            <input
              data-testid={`open-quantity-${index}`}
              type="number"
              min={1}
              max={10000}
              value={row.quantity}
              onChange={(event) => changeRow(index, { quantity: Math.max(1, Math.floor(Number(event.target.value) || 1)) })}
            />
          </label>
          <label>
            <span>{t('open.serial')}</span>
            <input data-testid={`open-serial-${index}`} maxLength={200} autoComplete="off" value={row.serial} onChange={(event) => changeRow(index, { serial: event.target.value })} />
          </label>
        </div>
      ))}
      <div className="button-row">
        <button type="button" data-testid="open-add-line" onClick={() => setRows([...rows, emptyRow])}>
          {t('open.addLine')}
        </button>
        <button type="submit" className="primary" data-testid="open-submit" disabled={busy || reference.trim() === ''}>
          {t('open.submit')}
        </button>
      </div>
    </form>
  );
}
