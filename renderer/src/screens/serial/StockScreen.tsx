import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CycleCountScreen } from '../cycle-count/CycleCountScreen';
import { PutawayScreen } from '../putaway/PutawayScreen';
import { ReceiveScreen } from '../receive/ReceiveScreen';
import { RecallScreen } from '../recall/RecallScreen';
import { SerialScreen } from './SerialScreen';

const tabs = ['receive', 'putaway', 'serial', 'recall', 'count'] as const;
type StockTab = (typeof tabs)[number];

/** The stock screens behind one navigation entry: receive, put-away, serial page, recall, cycle count. */
export function StockScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<StockTab>('receive');

  return (
    <div className="stock">
      <nav className="stock-tabs" aria-label={t('tracking:nav')}>
        {tabs.map((item) => (
          <button key={item} type="button" data-testid={`stock-tab-${item}`} aria-current={tab === item ? 'page' : undefined} onClick={() => setTab(item)}>
            {t(`tracking:tabs.${item}`)}
          </button>
        ))}
      </nav>
      {tab === 'receive' && <ReceiveScreen />}
      {tab === 'putaway' && <PutawayScreen />}
      {tab === 'serial' && <SerialScreen />}
      {tab === 'recall' && <RecallScreen />}
      {tab === 'count' && <CycleCountScreen />}
    </div>
  );
}
