import type { CallResult } from '../../../main/api/contract';
import { stationBridge } from '../api/client';
import { playFeedbackSound } from '../audio/feedback-player';
import type { CapturedScan } from '../scan-capture/keyboard-listener';
import { ScanQueue, type QueuedScan } from '../scan-capture/scan-queue';
import { applyViewIfCurrent, usePackStore } from './pack-store';

interface PackScan extends QueuedScan {
  readonly shipmentId: number;
  /** HID scans are recorded with source 'hid', so the wedge GS substitute never applies to them. */
  readonly source?: 'keyboard' | 'hid';
}

/** Attempts per scan when the station cannot be reached; the gesture id makes retries safe. */
const maxAttempts = 3;
const retryDelayMs = 700;

const queue = new ScanQueue<PackScan>(sendPackScan, (scan, error) => {
  // A throwing send is a bug; the scan is reported on screen so the operator rescans it.
  console.error('pack scan failed', { gestureId: scan.gestureId, error });
  showScanFailure(scan, 'internal-error', { key: 'common:errors.internal', params: { channel: 'pack.scan' } });
});

/**
 * Queues a captured scan for the shipment on screen. Scans go to main one at a time in capture
 * order. Without an open shipment the scan is shown as refused rather than dropped silently.
 */
export function enqueuePackScan(captured: CapturedScan): void {
  const view = usePackStore.getState().view;
  if (view === null) {
    usePackStore.getState().setOutcome({
      outcome: 'rejected',
      code: 'no-shipment-open',
      message: { key: 'common:pack.noShipmentOpen', params: {} },
      nextStep: null,
      raw: captured.raw,
    });
    playFeedbackSound('error');
    return;
  }

  usePackStore.getState().changeScansInFlight(1);
  queue.enqueue({ ...captured, shipmentId: view.shipment.shipmentId });
}

async function sendPackScan(scan: PackScan): Promise<void> {
  try {
    const result = await callWithRetry(scan);
    if (!result.ok) {
      showScanFailure(scan, result.error.code, result.error.message);
      return;
    }

    const { verdict, view } = result.value;
    applyViewIfCurrent(view);
    usePackStore.getState().setOutcome({ ...verdict, raw: scan.raw, gestureId: scan.gestureId });
    playFeedbackSound(verdict.sound);
    // The close-carton command barcode cannot carry a weight, so main requests one.
    if (verdict.code === 'weight-needed') {
      usePackStore.getState().openDialog({ kind: 'close-carton' });
    }
  } finally {
    usePackStore.getState().changeScansInFlight(-1);
  }
}

async function callWithRetry(scan: PackScan): Promise<CallResult<'pack.scan'>> {
  const request = { shipmentId: scan.shipmentId, raw: scan.raw, gestureId: scan.gestureId, source: scan.source ?? 'keyboard' };
  let result = await stationBridge()['pack.scan'](request);
  for (let attempt = 1; attempt < maxAttempts && !result.ok && result.error.code === 'transport-failed'; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
    result = await stationBridge()['pack.scan'](request);
  }
  return result;
}

function showScanFailure(scan: PackScan, code: string, message: { key: string; params: Record<string, string | number> }): void {
  usePackStore.getState().setOutcome({ outcome: 'rejected', code, message, nextStep: null, raw: scan.raw });
  playFeedbackSound('error');
}
