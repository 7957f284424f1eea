import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';
import { MessageText } from '../../components/MessageText';
import { ColumnChart } from './ColumnChart';
import { HorizontalBars } from './HorizontalBars';
import { clientStatusRows, type WarehouseOverview } from './overview-rows';
import { StatusByClientChart } from './StatusByClientChart';
import './overview.css';

/** Units per status and client, time in the warehouse, and returns per product and lot, as charts. */
export function OverviewScreen() {
  const { t } = useTranslation('history');
  const [overview, setOverview] = useState<WarehouseOverview | null>(null);
  const [problem, setProblem] = useState<OperatorMessage | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (): Promise<void> => {
    setLoading(true);
    const result = await stationBridge()['history.overview']({});
    setLoading(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    setOverview(result.value);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const statusLabel = (status: string): string => t(`status.${status}`, { defaultValue: status });

  return (
    <section className="screen overview" data-testid="overview-screen">
      <div className="overview-heading">
        <h1>{t('title')}</h1>
        <button type="button" data-testid="overview-refresh" disabled={loading} onClick={() => void load()}>
          {loading ? t('loading') : t('refresh')}
        </button>
      </div>
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
      {overview !== null && (
        <>
          <p className="overview-generated">{t('generatedAt', { time: new Date(overview.generatedAt).toLocaleString() })}</p>
          <div className="overview-grid">
            <article className="overview-card overview-wide">
              <h2>{t('unitsByStatus')}</h2>
              {overview.unitsByStatus.length === 0 ? (
                <p className="overview-empty">{t('noUnits')}</p>
              ) : (
                <StatusByClientChart rows={clientStatusRows(overview)} title={t('unitsByStatus')} statusLabel={statusLabel} testId="chart-units-by-status" />
              )}
            </article>
            <article className="overview-card">
              <h2>{t('timeInWarehouse')}</h2>
              <ColumnChart
                testId="chart-time-in-warehouse"
                title={t('timeInWarehouse')}
                items={overview.timeInWarehouse.map((bucket) => ({
                  key: String(bucket.minDays),
                  label: bucket.maxDays === null ? t('ageOver', { min: bucket.minDays }) : t('ageRange', { min: bucket.minDays, max: bucket.maxDays }),
                  value: bucket.units,
                }))}
              />
            </article>
            <article className="overview-card">
              <h2>{t('returnsByProduct')}</h2>
              {overview.returnsByProduct.length === 0 ? (
                <p className="overview-empty">{t('noReturns')}</p>
              ) : (
                <HorizontalBars
                  testId="chart-returns-by-product"
                  title={t('returnsByProduct')}
                  color="#f5b041"
                  items={overview.returnsByProduct.map((entry) => ({ key: `${entry.clientCode}/${entry.sku}`, label: `${entry.clientCode} · ${entry.sku}`, value: entry.returns }))}
                />
              )}
            </article>
            <article className="overview-card">
              <h2>{t('returnsByLot')}</h2>
              {overview.returnsByLot.length === 0 ? (
                <p className="overview-empty">{t('noReturns')}</p>
              ) : (
                <HorizontalBars
                  testId="chart-returns-by-lot"
                  title={t('returnsByLot')}
                  color="#e59866"
                  items={overview.returnsByLot.map((entry) => ({
                    key: `${entry.clientCode}/${entry.sku}/${entry.lot ?? ''}`,
                    label: `${entry.sku} · ${entry.lot ?? t('noLot')}`,
                    value: entry.returns,
                  }))}
                />
              )}
            </article>
          </div>
        </>
      )}
    </section>
  );
}
