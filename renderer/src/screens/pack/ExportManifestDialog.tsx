import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage, PackView } from '../../../../main/api/contract';
import { Dialog } from '../../components/Dialog';
import { MessageText } from '../../components/MessageText';
import { downloadCartonManifest } from '../../state/manifest-download';

/** Downloads the shipment's carton manifest as XLSX (the default, safe to open in Excel) or CSV. */
export function ExportManifestDialog({ view, onDone }: { readonly view: PackView; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<OperatorMessage | null>(null);

  return (
    <Dialog
      title={t('pack.exportManifest.title')}
      confirmLabel={t('pack.exportManifest.confirm')}
      confirmTestId="export-confirm"
      onCancel={onDone}
      onConfirm={(fields) => {
        const format = fields.get('format') === 'csv' ? 'csv' : 'xlsx';
        void downloadCartonManifest(view.shipment.shipmentId, format).then((failure) => {
          if (failure === null) {
            onDone();
          } else {
            setProblem(failure);
          }
        });
      }}
    >
      <p>{t('pack.exportManifest.question', { reference: view.shipment.reference })}</p>
      <label>
        <span>{t('pack.exportManifest.format')}</span>
        <select name="format" data-testid="export-format" defaultValue="xlsx">
          <option value="xlsx">{t('pack.exportManifest.xlsx')}</option>
          <option value="csv">{t('pack.exportManifest.csv')}</option>
        </select>
      </label>
      {problem !== null && (
        <p className="problem" role="alert">
          <MessageText message={problem} />
        </p>
      )}
    </Dialog>
  );
}
