import { create } from 'zustand';
import type { OperatorMessage, PackView, ScanVerdict } from '../../../main/api/contract';

/** Content of the big banner: the last scan's verdict, or a refused pack action. */
export interface PackOutcome {
  readonly outcome: ScanVerdict['outcome'];
  readonly code: string;
  readonly message: OperatorMessage;
  readonly nextStep: OperatorMessage | null;
  /** The scanned text, for scans; null for actions. */
  readonly raw: string | null;
  /** The scan's gesture id, which a supervisor override of a rejected scan names. */
  readonly gestureId?: string;
}

export type PackDialog =
  | { readonly kind: 'close-carton' }
  | { readonly kind: 'undo-last-scan' }
  | { readonly kind: 'remove-unit' }
  | { readonly kind: 'reopen-carton' }
  | { readonly kind: 'short-ship' }
  | { readonly kind: 'finish-shipment' }
  | { readonly kind: 'bulk-add' }
  | { readonly kind: 'export-manifest' };

interface PackState {
  readonly view: PackView | null;
  readonly lastOutcome: PackOutcome | null;
  readonly dialog: PackDialog | null;
  /** Scans captured and still waiting for main's verdict. */
  readonly scansInFlight: number;
  readonly busy: boolean;
  setView(view: PackView | null): void;
  setOutcome(outcome: PackOutcome | null): void;
  openDialog(dialog: PackDialog): void;
  closeDialog(): void;
  setBusy(busy: boolean): void;
  changeScansInFlight(delta: number): void;
}

export const usePackStore = create<PackState>()((set) => ({
  view: null,
  lastOutcome: null,
  dialog: null,
  scansInFlight: 0,
  busy: false,
  setView: (view) => set({ view }),
  setOutcome: (lastOutcome) => set({ lastOutcome }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  setBusy: (busy) => set({ busy }),
  changeScansInFlight: (delta) => set((state) => ({ scansInFlight: Math.max(0, state.scansInFlight + delta) })),
}));

/** Sets the view only if it is still the shipment on screen, so a late reply cannot switch it. */
export function applyViewIfCurrent(view: PackView): void {
  const current = usePackStore.getState().view;
  if (current === null || current.shipment.shipmentId === view.shipment.shipmentId) {
    usePackStore.getState().setView(view);
  }
}
