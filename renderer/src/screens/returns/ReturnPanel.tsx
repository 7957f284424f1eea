import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnsDeskStore, type ReturnView } from '../../state/returns-desk-store';
import { ReprintPanel } from './ReprintPanel';

/**
 * The return on the desk: its reference, client, claimed order, reason, the expected lines with
 * what has arrived, and each unit taken in with its stage. An accepted unit can be graded from
 * here, a graded one relabelled, and the return closed with a reason.
 */
export function ReturnPanel({ view }: { readonly view: ReturnView }) {
  const { t } = useTranslation('returns-desk');
  const startGrading = useReturnsDeskStore((state) => state.startGrading);
  const closeReturn = useReturnsDeskStore((state) => state.closeReturn);
  const gradingUnitId = useReturnsDeskStore((state) => state.gradingUnitId);
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const [reprint, setReprint] = useState<{ readonly returnUnitId: number; readonly serial: string } | null>(null);
  const summary = view.return;

  return (
    <section className="panel return-panel" data-testid="return-panel" data-return-id={summary.returnId} data-status={summary.status}>
      <h2 data-testid="return-heading">
        {summary.referenceKind === 'none' ? t('return.noReference') : `${t(`referenceKind.${summary.referenceKind}`)} ${summary.reference}`}
      </h2>
      <dl className="facts">
        <dt>{t('return.client')}</dt>
        <dd>{summary.clientCode ?? t('return.clientFromUnit')}</dd>
        <dt>{t('return.order')}</dt>
        <dd data-testid="return-order">{summary.orderReference ?? '—'}</dd>
        {summary.trackingNumber !== null && (
          <>
            <dt>{t('return.tracking')}</dt>
            <dd>{summary.trackingNumber}</dd>
          </>
        )}
        <dt>{t('return.reason')}</dt>
        <dd>{summary.reason === '' ? '—' : summary.reason}</dd>
        {summary.customerComment !== '' && (
          <>
            <dt>{t('return.comment')}</dt>
            <dd>{summary.customerComment}</dd>
          </>
        )}
        <dt>{t('return.status')}</dt>
        <dd data-testid="return-status">{t(`returnStatus.${summary.status}`)}</dd>
        <dt>{t('return.counts')}</dt>
        <dd>{t('return.countsText', { expected: summary.unitsExpected, takenIn: summary.unitsTakenIn, done: summary.unitsDispositioned, exceptions: summary.unitsInException })}</dd>
      </dl>
      {view.lines.length > 0 && (
        <table className="data-table" data-testid="return-lines">
          <thead>
            <tr>
              <th>{t('return.sku')}</th>
              <th>{t('return.title')}</th>
              <th>{t('return.expectedSerial')}</th>
              <th className="number">{t('return.receivedOfExpected')}</th>
            </tr>
          </thead>
          <tbody>
            {view.lines.map((line) => (
              <tr key={line.lineId} className={line.quantityReceived >= line.quantityExpected ? 'line-done' : undefined}>
                <td>
                  {line.sku}
                  {line.productId === null && <span className="hint"> · {t('return.unknownProduct')}</span>}
                </td>
                <td>{line.title ?? '—'}</td>
                <td className="unit-serial">{line.expectedSerial ?? '—'}</td>
                <td className="number">
                  {line.quantityReceived} / {line.quantityExpected}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.units.length > 0 && (
        <table className="data-table" data-testid="return-units">
          <thead>
            <tr>
              <th>{t('return.serial')}</th>
              <th>{t('return.sku')}</th>
              <th>{t('return.stage')}</th>
              <th>{t('return.result')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {view.units.map((unit) => (
              <tr key={unit.returnUnitId} data-testid="return-unit" data-stage={unit.stage}>
                <td className="unit-serial">{unit.serial}</td>
                <td>{unit.sku}</td>
                <td>{t(`stage.${unit.stage}`)}</td>
                <td>
                  {unit.grade !== null && `${unit.grade} · `}
                  {unit.disposition !== null ? t(`disposition.${unit.disposition}`) : (unit.resolutionReason ?? '')}
                </td>
                <td>
                  {unit.stage === 'accepted' && unit.returnUnitId !== gradingUnitId && (
                    <button type="button" data-testid="grade-unit" onClick={() => startGrading(unit.returnUnitId)}>
                      {t('return.grade')}
                    </button>
                  )}
                  {unit.stage === 'dispositioned' && (
                    <button type="button" data-testid="unit-labels" onClick={() => setReprint({ returnUnitId: unit.returnUnitId, serial: unit.serial })}>
                      {t('return.labels')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {reprint !== null && <ReprintPanel key={reprint.returnUnitId} returnUnitId={reprint.returnUnitId} serial={reprint.serial} onClose={() => setReprint(null)} />}
      {summary.status !== 'closed' &&
        (closing ? (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void closeReturn(reason.trim()).then(() => setClosing(false));
            }}
          >
            <label>
              <span>{t('return.closeReason')}</span>
              <input data-testid="close-reason" autoFocus maxLength={500} autoComplete="off" value={reason} onChange={(event) => setReason(event.target.value)} />
            </label>
            <button type="submit" data-testid="close-confirm">
              {t('return.closeConfirm')}
            </button>
            <button type="button" onClick={() => setClosing(false)}>
              {t('return.cancel')}
            </button>
          </form>
        ) : (
          <button type="button" data-testid="close-return" onClick={() => setClosing(true)}>
            {t('return.close')}
          </button>
        ))}
    </section>
  );
}
