import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperatorMessage } from '../../../../main/api/contract';
import { stationBridge } from '../../api/client';
import { MessageText } from '../../components/MessageText';
import { saveDownload } from '../../state/manifest-download';

/** Downloads the box-content CSV of an FBA shipment: every box's FNSKUs, quantities and measurements. */
export function FbaBoxContentExport({ reference }: { readonly reference: string }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<OperatorMessage | null>(null);

  const download = async (): Promise<void> => {
    const result = await stationBridge()['fba.boxContentCsv']({ shipmentId: reference });
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(null);
    saveDownload(result.value.fileName, result.value.contentBase64, 'text/csv;charset=utf-8');
  };

  return (
    <div className="fba-box-export">
      <button type="button" data-testid="export-box-content" onClick={() => void download()}>
        {t('fba:boxContent.export')}
      </button>
      {problem !== null && (
        <p className="problem" role="alert" data-testid="export-box-content-problem">
          <MessageText message={problem} />
        </p>
      )}
    </div>
  );
}
