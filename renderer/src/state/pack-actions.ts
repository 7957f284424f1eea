import type { CallResult, Channel, OperatorMessage, ServiceError } from '../../../main/api/contract';
import { stationBridge } from '../api/client';
import { playFeedbackSound } from '../audio/feedback-player';
import { useLabelPreviewStore } from './label-preview-store';
import { useNavigationStore } from './navigation-store';
import { applyViewIfCurrent, usePackStore } from './pack-store';

/**
 * Reason stored when the undo action takes out the last packed unit. It is a data value shared
 * with the undo command barcode in main, not operator text, so it is not translated.
 */
export const undoReason = 'undo';

function showRefusal(error: ServiceError): void {
  usePackStore.getState().setOutcome({ outcome: 'rejected', code: error.code, message: error.message, nextStep: null, raw: null });
  playFeedbackSound('error');
}

/** Runs one pack call with the busy flag set; returns its value, or null after showing the refusal. */
async function run<C extends Channel>(call: () => Promise<CallResult<C>>): Promise<CallResult<C> | null> {
  const store = usePackStore.getState();
  store.setBusy(true);
  try {
    const result = await call();
    if (!result.ok) {
      showRefusal(result.error);
      return null;
    }
    return result;
  } finally {
    usePackStore.getState().setBusy(false);
  }
}

function currentShipmentId(): number | null {
  return usePackStore.getState().view?.shipment.shipmentId ?? null;
}

/** Channels whose success value is the shipment's new pack view. */
type ViewChannel = 'pack.view' | 'pack.newCarton' | 'pack.removeUnit' | 'pack.finishShipment' | 'pack.shortShip';

/** Runs a call on the shipment on screen and shows the view it returns. */
async function runForView(call: (shipmentId: number) => Promise<CallResult<ViewChannel>>): Promise<void> {
  const shipmentId = currentShipmentId();
  if (shipmentId === null) {
    return;
  }
  const result = await run(() => call(shipmentId));
  if (result?.ok) {
    applyViewIfCurrent(result.value);
  }
}

/**
 * Opens a shipment by its reference (typed or scanned) and switches to the pack screen. Returns
 * null on success, else the message saying why, for the screen that asked.
 */
export async function openShipment(reference: string): Promise<OperatorMessage | null> {
  const result = await stationBridge()['shipments.open']({ reference });
  if (!result.ok) {
    playFeedbackSound('error');
    return result.error.message;
  }
  usePackStore.getState().setView(result.value);
  usePackStore.getState().setOutcome(null);
  useNavigationStore.getState().go('pack');
  return null;
}

/** Reloads the open shipment's view, after a change made elsewhere (another station or HID scan). */
export async function refreshPackView(): Promise<void> {
  await runForView((shipmentId) => stationBridge()['pack.view']({ shipmentId }));
}

export async function newCarton(): Promise<void> {
  await runForView((shipmentId) => stationBridge()['pack.newCarton']({ shipmentId }));
}

/** Closes the open carton with its weight and shows the label main rendered for it. */
export async function closeCarton(weightGrams: number): Promise<boolean> {
  const shipmentId = currentShipmentId();
  const cartonId = usePackStore.getState().view?.openCarton?.cartonId ?? null;
  if (shipmentId === null) {
    return false;
  }

  const result = await run(() => stationBridge()['pack.closeCarton']({ shipmentId, weightGrams }));
  if (result?.ok !== true) {
    return false;
  }
  applyViewIfCurrent(result.value.view);
  useLabelPreviewStore.getState().show({ document: result.value.label, cartonId });
  return true;
}

export async function removeUnit(unitId: number, reason: string): Promise<void> {
  await runForView((shipmentId) => stationBridge()['pack.removeUnit']({ shipmentId, unitId, reason }));
}

export async function reopenCarton(cartonId: number, reason: string): Promise<void> {
  const result = await run(() => stationBridge()['pack.reopenCarton']({ cartonId, reason }));
  if (result?.ok) {
    applyViewIfCurrent(result.value);
  }
}

export async function finishShipment(): Promise<void> {
  await runForView((shipmentId) => stationBridge()['pack.finishShipment']({ shipmentId }));
}

export async function shortShip(reason: string): Promise<void> {
  await runForView((shipmentId) => stationBridge()['pack.shortShip']({ shipmentId, reason }));
}

export async function previewCartonLabel(cartonId: number): Promise<void> {
  const result = await run(() => stationBridge()['labels.carton']({ cartonId }));
  if (result?.ok) {
    useLabelPreviewStore.getState().show({ document: result.value, cartonId });
  }
}

export async function previewCommandSheet(): Promise<void> {
  const result = await run(() => stationBridge()['labels.commandSheet']({}));
  if (result?.ok) {
    useLabelPreviewStore.getState().show({ document: result.value, cartonId: null });
  }
}

/** Sends a carton label to the station printer; a failure (no printer in a browser station) shows in the preview. */
export async function printCartonLabel(cartonId: number): Promise<void> {
  const result = await stationBridge()['labels.printCarton']({ cartonId });
  if (!result.ok) {
    useLabelPreviewStore.getState().setPrintProblem(result.error.message);
    return;
  }
  useLabelPreviewStore
    .getState()
    .setPrintProblem(result.value.printed ? null : { key: 'common:label.notPrinted', params: {} });
}
