import type { BulkSerialVerdictView, OperatorMessage } from '../../../main/api/contract';
import { stationBridge } from '../api/client';
import { playFeedbackSound } from '../audio/feedback-player';
import { applyViewIfCurrent, usePackStore } from './pack-store';

/** The outcome of a call made from the bulk add dialog: its value, or the message to show there. */
export type DialogCallResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: OperatorMessage };

/**
 * Asks main for the serials that the dialog's inputs name: the literal list first, then the
 * range. Either may be empty, but a range needs both ends. Nothing is written.
 */
export async function previewBulkSerials(listText: string, rangeStart: string, rangeEnd: string): Promise<DialogCallResult<ReadonlyArray<string>>> {
  const hasList = listText.trim().length > 0;
  const hasRange = rangeStart.trim().length > 0 || rangeEnd.trim().length > 0;
  if (!hasList && !hasRange) {
    return { ok: false, message: { key: 'pack:bulk.error.no-serials', params: {} } };
  }
  if (hasRange && (rangeStart.trim().length === 0 || rangeEnd.trim().length === 0)) {
    return { ok: false, message: { key: 'common:pack.bulk.rangeIncomplete', params: {} } };
  }

  const serials: string[] = [];
  if (hasList) {
    const list = await stationBridge()['pack.previewSerialList']({ text: listText });
    if (!list.ok) {
      return { ok: false, message: list.error.message };
    }
    serials.push(...list.value.serials);
  }
  if (hasRange) {
    const range = await stationBridge()['pack.previewSerialRange']({ start: rangeStart, end: rangeEnd });
    if (!range.ok) {
      return { ok: false, message: range.error.message };
    }
    serials.push(...range.value.serials);
  }
  return { ok: true, value: serials };
}

/**
 * Packs the previewed serials as units of the product and shows the new pack view. `gestureId`
 * belongs to one preview, so confirming the same preview twice records nothing twice.
 */
export async function confirmBulkAdd(productId: number, serials: ReadonlyArray<string>, gestureId: string): Promise<DialogCallResult<ReadonlyArray<BulkSerialVerdictView>>> {
  const shipmentId = usePackStore.getState().view?.shipment.shipmentId;
  if (shipmentId === undefined) {
    return { ok: false, message: { key: 'common:pack.noShipmentOpen', params: {} } };
  }

  usePackStore.getState().setBusy(true);
  try {
    const result = await stationBridge()['pack.bulkAdd']({ shipmentId, productId, serials: [...serials], gestureId });
    if (!result.ok) {
      playFeedbackSound('error');
      return { ok: false, message: result.error.message };
    }
    applyViewIfCurrent(result.value.view);
    const anyRejected = result.value.results.some((entry) => entry.verdict.outcome === 'rejected');
    playFeedbackSound(anyRejected ? 'error' : 'accept');
    return { ok: true, value: result.value.results };
  } finally {
    usePackStore.getState().setBusy(false);
  }
}
