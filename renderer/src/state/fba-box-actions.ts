import type { OperatorMessage } from '../../../main/api/contract';
import { stationBridge } from '../api/client';
import { playFeedbackSound } from '../audio/feedback-player';
import { useLabelPreviewStore } from './label-preview-store';
import { closeCarton } from './pack-actions';
import { usePackStore } from './pack-store';

/** Label stock of the FBA box ID label: 4×6 in, or 3⅓×4 in. */
export type FbaBoxLabelStock = '4x6in' | '3.33x4in';

export interface FbaBoxMeasurementsMm {
  readonly weightGrams: number;
  readonly lengthMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * Records the open box's weight and dimensions. Returns the Amazon limits it exceeds as
 * operator messages, or the message of the failure.
 */
export async function measureOpenFbaBox(measurements: FbaBoxMeasurementsMm): Promise<{ readonly warnings: ReadonlyArray<OperatorMessage> } | { readonly failure: OperatorMessage }> {
  const view = usePackStore.getState().view;
  if (view?.openCarton == null) {
    return { failure: { key: 'common:pack.refused.noOpenCarton', params: {} } };
  }

  const measured = await stationBridge()['fba.measureBox']({ shipmentId: view.shipment.reference, boxNumber: view.openCarton.number, ...measurements });
  if (!measured.ok) {
    return { failure: measured.error.message };
  }
  return { warnings: measured.value.warnings.map((warning) => ({ key: `fba:warning.${warning.code}`, params: warning.params })) };
}

/**
 * Closes the open FBA box as a carton, then shows its box ID label with the box-content barcode
 * in place of the SSCC label that closing a carton shows.
 */
export async function closeFbaBox(weightGrams: number, stock: FbaBoxLabelStock): Promise<void> {
  const view = usePackStore.getState().view;
  const boxNumber = view?.openCarton?.number;
  if (view === null || boxNumber === undefined) {
    return;
  }
  if (!(await closeCarton(weightGrams))) {
    return;
  }

  const label = await stationBridge()['fba.boxLabel']({ shipmentId: view.shipment.reference, boxNumber, stock });
  if (!label.ok) {
    usePackStore.getState().setOutcome({ outcome: 'rejected', code: label.error.code, message: label.error.message, nextStep: null, raw: null });
    playFeedbackSound('error');
    return;
  }
  // NOTE: the preview's Print button prints the carton's SSCC label, so the box label is shown
  // without a carton. Its PDF is in the labels folder and is printed from there.
  useLabelPreviewStore.getState().show({ document: label.value, cartonId: null });
}
