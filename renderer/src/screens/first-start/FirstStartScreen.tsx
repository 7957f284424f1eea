import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../main/api/contract';
import { useStationStore } from '../../state/station-store';
import { ImportPanel } from '../import/ImportPanel';

/** Shown while the station's store is empty: load the demo data set or import a file. */
export function FirstStartScreen() {
  const { t } = useTranslation();
  const loadDemo = useStationStore((state) => state.loadDemo);
  const markStoreFilled = useStationStore((state) => state.markStoreFilled);
  const busy = useStationStore((state) => state.busy);
  const [loaded, setLoaded] = useState<ImportSummary | null>(null);

  return (
    <section className="screen first-start">
      <h1>{t('firstStart.title')}</h1>
      <p className="hint">{t('firstStart.hint')}</p>
      <button
        type="button"
        className="primary big"
        data-testid="demo-load"
        autoFocus
        disabled={busy}
        onClick={() => void loadDemo().then(setLoaded)}
      >
        {t('firstStart.loadDemo')}
      </button>
      {loaded !== null && <p>{t('firstStart.demoLoaded', { shipments: loaded.shipmentsCreated })}</p>}
      <h2>{t('firstStart.importTitle')}</h2>
      <ImportPanel onImported={() => markStoreFilled()} />
    </section>
  );
}
