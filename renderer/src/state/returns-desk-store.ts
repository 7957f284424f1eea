import { create } from 'zustand';
import type { OperatorMessage, RequestOf, ResponseOf } from '../../../main/api/contract';
import { ScanQueue, type QueuedScan } from '../scan-capture/scan-queue';
import { callChannel } from './returns-calls';

export type ReturnView = ResponseOf<'returns.view'>;
export type FindOutcome = ResponseOf<'returns.find'>;
export type IntakeOutcome = ResponseOf<'returns.intakeUnit'>;
export type GradeOutcome = ResponseOf<'returns.grade'>;
export type OpenReturnRequest = RequestOf<'returns.open'>;
export type GradeRequest = RequestOf<'returns.grade'>;

interface ReturnsDeskState {
  /** The return on the desk, or null while the operator looks for one. */
  readonly view: ReturnView | null;
  /** True after 'No reference': the next scan is a unit, which opens a return of kind 'none'. */
  readonly withoutReference: boolean;
  /** The last reference search, with its matches or what opening a return would need. */
  readonly find: FindOutcome | null;
  /** The last unit scan's check and, unless it was refused, the return unit it wrote. */
  readonly intake: IntakeOutcome | null;
  /** The return unit whose grading form is on screen. */
  readonly gradingUnitId: number | null;
  /** The last grading submit: disposition and the labels it calls for. */
  readonly graded: GradeOutcome | null;
  readonly problem: OperatorMessage | null;
  readonly busy: boolean;
  /** The operator the desk's state belongs to; another operator starts from an empty desk. */
  readonly operatorId: number | null;
  /** Clears the desk when `operatorId` is not the operator who left it. */
  takeOver(operatorId: number | null): void;
  findReference(text: string): Promise<void>;
  openReturn(request: OpenReturnRequest): Promise<void>;
  showReturn(returnId: number): Promise<void>;
  startWithoutReference(): void;
  /**
   * Queues a scanned or typed entry. Entries go one at a time in capture order, so an entry made
   * while the desk waits for the station is never dropped. Each becomes a unit scan once a return
   * is on the desk (or after 'No reference'), else a reference search.
   */
  enterScan(raw: string, gestureId: string): void;
  intakeUnit(raw: string, gestureId: string): Promise<void>;
  startGrading(returnUnitId: number): void;
  submitGrade(request: GradeRequest): Promise<void>;
  /** Clears the last unit so the next one can be scanned on the same return. */
  nextUnit(): void;
  closeReturn(reason: string): Promise<void>;
  /** Leaves the return and goes back to the reference field. */
  reset(): void;
  /** Puts a refreshed view on screen after another screen (the exception queue) changed it. */
  refresh(): Promise<void>;
}

const idle = { find: null, intake: null, gradingUnitId: null, graded: null, problem: null } as const;

/** The returns desk's flow: reference, unit check, grading and disposition. */
export const useReturnsDeskStore = create<ReturnsDeskState>()((set, get) => ({
  view: null,
  withoutReference: false,
  ...idle,
  busy: false,
  operatorId: null,

  takeOver(operatorId) {
    if (get().operatorId !== operatorId) {
      set({ ...idle, view: null, withoutReference: false, operatorId });
    }
  },

  async findReference(text) {
    set({ busy: true, problem: null, find: null });
    const result = await callChannel('returns.find', { text });
    if (!result.ok) {
      set({ busy: false, problem: result.message });
      return;
    }

    const only = result.value.matches.length === 1 ? result.value.matches[0] : undefined;
    set({ busy: false, find: result.value });
    if (only !== undefined) {
      await get().showReturn(only.returnId);
    }
  },

  async openReturn(request) {
    set({ busy: true, problem: null });
    const result = await callChannel('returns.open', request);
    if (!result.ok) {
      set({ busy: false, problem: result.message });
      return;
    }
    set({ ...idle, busy: false, view: result.value, withoutReference: false });
  },

  async showReturn(returnId) {
    set({ busy: true, problem: null });
    const result = await callChannel('returns.view', { returnId });
    if (!result.ok) {
      set({ busy: false, problem: result.message });
      return;
    }
    set({ ...idle, busy: false, view: result.value, withoutReference: false });
  },

  startWithoutReference() {
    set({ ...idle, view: null, withoutReference: true });
  },

  enterScan(raw, gestureId) {
    deskScans.enqueue({ raw, gestureId });
  },

  async intakeUnit(raw, gestureId) {
    const returnId = get().view?.return.returnId ?? null;
    set({ busy: true, problem: null, intake: null, graded: null, gradingUnitId: null });
    const result = await callChannel('returns.intakeUnit', { returnId, raw, gestureId });
    if (!result.ok) {
      set({ busy: false, problem: result.message });
      return;
    }

    const accepted = result.value.returnUnit?.stage === 'accepted' ? result.value.returnUnit : null;
    set({
      busy: false,
      intake: result.value,
      view: result.value.view ?? get().view,
      // A unit opened its own return of kind 'none'; the desk now works on that return.
      withoutReference: result.value.view === null && get().withoutReference,
      gradingUnitId: accepted?.returnUnitId ?? null,
    });
  },

  startGrading(returnUnitId) {
    set({ gradingUnitId: returnUnitId, graded: null, problem: null });
  },

  async submitGrade(request) {
    set({ busy: true, problem: null });
    const result = await callChannel('returns.grade', request);
    if (!result.ok) {
      set({ busy: false, problem: result.message });
      return;
    }
    set({ busy: false, graded: result.value, view: result.value.view, gradingUnitId: null });
  },

  nextUnit() {
    set({ ...idle });
  },

  async closeReturn(reason) {
    const returnId = get().view?.return.returnId;
    if (returnId === undefined) {
      return;
    }
    set({ busy: true, problem: null });
    const result = await callChannel('returns.close', { returnId, reason });
    if (!result.ok) {
      set({ busy: false, problem: result.message });
      return;
    }
    set({ ...idle, busy: false, view: result.value });
  },

  reset() {
    set({ ...idle, view: null, withoutReference: false });
  },

  async refresh() {
    const returnId = get().view?.return.returnId;
    if (returnId === undefined) {
      return;
    }
    const result = await callChannel('returns.view', { returnId });
    if (result.ok) {
      set({ view: result.value });
    }
  },
}));

/** Sends one queued desk entry, deciding what it is from the desk's state when its turn comes. */
async function sendDeskScan(scan: QueuedScan): Promise<void> {
  const desk = useReturnsDeskStore.getState();
  if (desk.view === null && !desk.withoutReference) {
    await desk.findReference(scan.raw);
    return;
  }
  if (desk.view?.return.status === 'closed') {
    useReturnsDeskStore.setState({ problem: { key: 'returns:error.return-closed', params: { reference: desk.view.return.reference } } });
    return;
  }
  await desk.intakeUnit(scan.raw, scan.gestureId);
}

const deskScans = new ScanQueue(sendDeskScan, (scan, error) => {
  // A throwing send is a bug; the operator sees that this entry failed and scans it again.
  console.error('returns desk scan failed', { gestureId: scan.gestureId, error });
  useReturnsDeskStore.setState({ busy: false, problem: { key: 'common:errors.internal', params: { channel: 'returns.intakeUnit' } } });
});
