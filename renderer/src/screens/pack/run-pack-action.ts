import { playFeedbackSound } from '../../audio/feedback-player';
import { newCarton, previewCartonLabel, previewCommandSheet } from '../../state/pack-actions';
import { usePackStore } from '../../state/pack-store';
import type { PackActionId } from './pack-shortcuts';

function refuseLocally(code: string, key: string): void {
  usePackStore.getState().setOutcome({ outcome: 'rejected', code, message: { key, params: {} }, nextStep: null, raw: null });
  playFeedbackSound('error');
}

/**
 * Starts a pack action from a button or its function key. Actions that need input open their
 * dialog. An action with nothing to act on shows a refusal in the banner instead of an empty dialog.
 */
export function runPackAction(action: PackActionId): void {
  const store = usePackStore.getState();
  const view = store.view;
  if (view === null || store.dialog !== null) {
    return;
  }

  switch (action) {
    case 'new-carton':
      void newCarton();
      return;
    case 'close-carton':
      if (view.openCarton === null) {
        refuseLocally('no-open-carton', 'common:pack.refused.noOpenCarton');
        return;
      }
      store.openDialog({ kind: 'close-carton' });
      return;
    case 'undo-last-scan':
    case 'remove-unit':
      if (view.openCartonUnits.length === 0) {
        refuseLocally('nothing-to-undo', 'common:pack.refused.cartonEmpty');
        return;
      }
      store.openDialog({ kind: action });
      return;
    case 'reopen-carton':
      if (!view.cartons.some((carton) => carton.status === 'closed')) {
        refuseLocally('carton-not-closed', 'common:pack.refused.noClosedCarton');
        return;
      }
      store.openDialog({ kind: 'reopen-carton' });
      return;
    case 'print-label': {
      const lastClosed = view.cartons.filter((carton) => carton.status === 'closed').at(-1);
      if (lastClosed === undefined) {
        refuseLocally('carton-not-closed', 'common:pack.refused.noClosedCarton');
        return;
      }
      void previewCartonLabel(lastClosed.cartonId);
      return;
    }
    case 'finish-shipment':
      store.openDialog({ kind: 'finish-shipment' });
      return;
    case 'short-ship':
      store.openDialog({ kind: 'short-ship' });
      return;
    case 'command-sheet':
      void previewCommandSheet();
      return;
    case 'bulk-add':
      store.openDialog({ kind: 'bulk-add' });
      return;
    case 'export-manifest':
      store.openDialog({ kind: 'export-manifest' });
      return;
  }
}
