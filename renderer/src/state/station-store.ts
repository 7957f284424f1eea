import { create } from 'zustand';
import type { ImportSummary, OperatorMessage, StationInfo } from '../../../main/api/contract';
import { stationBridge } from '../api/client';

export interface Operator {
  readonly operatorId: number;
  readonly name: string;
}

interface StationState {
  readonly info: StationInfo | null;
  readonly operator: Operator | null;
  /** Reason the last station call failed, shown until the next one succeeds. */
  readonly problem: OperatorMessage | null;
  readonly busy: boolean;
  load(): Promise<void>;
  /** Shows `operator` in the header; the sign-in screen calls it after main signed the session in or out. */
  setOperator(operator: Operator | null): void;
  loadDemo(): Promise<ImportSummary | null>;
  /** Marks the store as holding data, after an import on the first-start screen. */
  markStoreFilled(): void;
}

export const useStationStore = create<StationState>()((set, get) => ({
  info: null,
  operator: null,
  problem: null,
  busy: false,

  async load() {
    set({ busy: true });
    const result = await stationBridge()['station.info']({});
    if (!result.ok) {
      set({ busy: false, problem: result.error.message });
      return;
    }
    set({ busy: false, problem: null, info: result.value, operator: result.value.operator });
  },

  setOperator(operator) {
    set({ operator, problem: null });
  },

  async loadDemo() {
    set({ busy: true });
    const result = await stationBridge()['station.loadDemo']({});
    if (!result.ok) {
      set({ busy: false, problem: result.error.message });
      return null;
    }
    set({ busy: false, problem: null });
    get().markStoreFilled();
    return result.value;
  },

  markStoreFilled() {
    const info = get().info;
    if (info !== null) {
      set({ info: { ...info, storeIsEmpty: false } });
    }
  },
}));
