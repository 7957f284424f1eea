import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelPreview } from '../../components/LabelPreview';
import { useLabelPreviewStore } from '../../state/label-preview-store';
import { enqueuePackScan } from '../../state/pack-scans';
import { usePackStore } from '../../state/pack-store';
import { useScanHandler } from '../../state/scan-routing';
import { CartonList } from './CartonList';
import { FbaBoxContentExport } from './FbaBoxContentExport';
import { LineList } from './LineList';
import { OpenCartonUnits } from './OpenCartonUnits';
import { PackActions } from './PackActions';
import { PackDialogs } from './PackDialogs';
import { packActionOfKey } from './pack-shortcuts';
import { runPackAction } from './run-pack-action';
import { ScanBanner } from './ScanBanner';

/** Runs pack actions from their function keys while no dialog or label preview is open. */
function usePackShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = packActionOfKey(event.key, event);
      if (action === null || usePackStore.getState().dialog !== null || useLabelPreviewStore.getState().label !== null) {
        return;
      }
      event.preventDefault();
      runPackAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Packs the open shipment: scans go to main one by one, and the banner shows each verdict. */
export function PackScreen() {
  const { t } = useTranslation();
  const view = usePackStore((state) => state.view);
  const busy = usePackStore((state) => state.busy);
  useScanHandler(enqueuePackScan);
  usePackShortcuts();

  if (view === null) {
    return (
      <section className="screen">
        <p>{t('pack.noShipmentOpen')}</p>
      </section>
    );
  }

  const { shipment } = view;
  return (
    <section className="screen pack-screen" data-testid="pack-screen" data-shipment={shipment.reference}>
      <div className="pack-heading">
        <h1>{shipment.reference}</h1>
        <span>{shipment.clientName}</span>
        <span className={`shipment-status status-${shipment.status}`}>{t(`shipmentStatus.${shipment.status}`)}</span>
        {view.pendingProduct !== null && (
          <span className="pending-product">{t('pack.pendingProduct', { sku: view.pendingProduct.sku, title: view.pendingProduct.title })}</span>
        )}
      </div>
      <ScanBanner />
      <div className="pack-columns">
        <LineList lines={view.lines} />
        <OpenCartonUnits carton={view.openCarton} units={view.openCartonUnits} />
        <CartonList cartons={view.cartons} />
      </div>
      <PackActions onAction={runPackAction} disabled={busy} />
      {shipment.kind === 'fba-inbound' && <FbaBoxContentExport reference={shipment.reference} />}
      <PackDialogs view={view} />
      <LabelPreview />
    </section>
  );
}
