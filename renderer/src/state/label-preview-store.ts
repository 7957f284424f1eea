import { create } from 'zustand';
import type { LabelDocumentFile, OperatorMessage } from '../../../main/api/contract';

export interface PreviewedLabel {
  readonly document: LabelDocumentFile;
  /** The carton the label belongs to, so Print can send it; null for the command sheet. */
  readonly cartonId: number | null;
}

interface LabelPreviewState {
  readonly label: PreviewedLabel | null;
  /** Reason printing failed, such as a browser station without a printer. */
  readonly printProblem: OperatorMessage | null;
  show(label: PreviewedLabel): void;
  setPrintProblem(problem: OperatorMessage | null): void;
  close(): void;
}

export const useLabelPreviewStore = create<LabelPreviewState>()((set) => ({
  label: null,
  printProblem: null,
  show: (label) => set({ label, printProblem: null }),
  setPrintProblem: (printProblem) => set({ printProblem }),
  close: () => set({ label: null, printProblem: null }),
}));
