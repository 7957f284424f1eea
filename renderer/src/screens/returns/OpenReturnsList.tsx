import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../main/api/contract';
import { callChannel } from '../../state/returns-calls';
import { useReturnsDeskStore } from '../../state/returns-desk-store';

type ReturnSummary = ResponseOf<'returns.list'>[number];

/** Returns still awaiting intake or in progress, newest first, each one click from the desk. */
export function OpenReturnsList({ reloadKey }: { readonly reloadKey: number }) {
  const { t } = useTranslation('returns-desk');
  const showReturn = useReturnsDeskStore((state) => state.showReturn);
  const [returns, setReturns] = useState<ReadonlyArray<ReturnSummary>>([]);

  useEffect(() => {
    void callChannel('returns.list', { status: 'open', limit: 50 }).then((result) => (result.ok ? setReturns(result.value) : undefined));
  }, [reloadKey]);

  if (returns.length === 0) {
    return null;
  }
  return (
    <section className="panel open-returns" data-testid="open-returns">
      <h2>{t('list.title')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('list.reference')}</th>
            <th>{t('list.client')}</th>
            <th>{t('list.order')}</th>
            <th>{t('list.status')}</th>
            <th className="number">{t('list.units')}</th>
          </tr>
        </thead>
        <tbody>
          {returns.map((item) => (
            <tr key={item.returnId}>
              <td>
                <button type="button" className="link-button" data-testid="open-return-row" onClick={() => void showReturn(item.returnId)}>
                  {item.referenceKind === 'none' ? t('return.noReference') : `${t(`referenceKind.${item.referenceKind}`)} ${item.reference}`}
                </button>
              </td>
              <td>{item.clientCode ?? '—'}</td>
              <td>{item.orderReference ?? '—'}</td>
              <td>{t(`returnStatus.${item.status}`)}</td>
              <td className="number">
                {item.unitsTakenIn} / {item.unitsExpected}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
