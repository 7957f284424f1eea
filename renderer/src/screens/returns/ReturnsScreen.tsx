import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelPreview } from '../../components/LabelPreview';
import '../../styles/returns.css';
import { useReturnsDeskStore } from '../../state/returns-desk-store';
import { useOperatorSession } from '../sign-in/operator-session-store';
import { ExceptionQueueScreen } from './ExceptionQueueScreen';
import { ReturnsDeskScreen } from './ReturnsDeskScreen';
import { ReturnsReportsScreen } from './ReturnsReportsScreen';
import { ReturnsSettingsScreen } from './ReturnsSettingsScreen';
import { useReturnsRoute } from './returns-route';

const tabs = ['desk', 'exceptions', 'reports', 'settings'] as const;
type ReturnsTab = (typeof tabs)[number];

/**
 * The returns screens behind one navigation entry: the desk, the exception queue, the reports
 * and each client's returns settings. While any of them is shown the address carries `#/returns`, the only route the
 * desktop shell grants the camera to.
 */
export function ReturnsScreen() {
  const { t } = useTranslation('returns-desk');
  const [tab, setTab] = useState<ReturnsTab>('desk');
  const operatorId = useOperatorSession((state) => state.operator?.operatorId ?? null);
  const takeOver = useReturnsDeskStore((state) => state.takeOver);
  useReturnsRoute();

  // The desk keeps its return across screens, but not across operators.
  useEffect(() => takeOver(operatorId), [operatorId, takeOver]);

  return (
    <div className="returns">
      <nav className="returns-tabs" aria-label={t('nav')}>
        {tabs.map((item) => (
          <button key={item} type="button" data-testid={`returns-tab-${item}`} aria-current={tab === item ? 'page' : undefined} onClick={() => setTab(item)}>
            {t(`tabs.${item}`)}
          </button>
        ))}
      </nav>
      {tab === 'desk' && <ReturnsDeskScreen />}
      {tab === 'exceptions' && <ExceptionQueueScreen />}
      {tab === 'reports' && <ReturnsReportsScreen />}
      {tab === 'settings' && <ReturnsSettingsScreen />}
      <LabelPreview />
    </div>
  );
}
