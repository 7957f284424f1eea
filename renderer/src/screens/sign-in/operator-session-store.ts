import { create } from 'zustand';
import type { OperatorMessage } from '../../../../main/api/contract';
import { roleHasPermission, type OperatorRole } from '../../../../main/operators/roles';
import { stationBridge } from '../../api/client';
import { stationTokenStorageKey } from '../../api/station-token';
import { useNavigationStore } from '../../state/navigation-store';
import { useStationStore } from '../../state/station-store';

export interface SessionOperator {
  readonly operatorId: number;
  readonly name: string;
  readonly role: OperatorRole;
}

/** A name and PIN from the PIN pad, or a badge scan. */
export type Credential = { readonly name: string; readonly pin: string } | { readonly badge: string };

interface OperatorSessionState {
  /** False until the first operator.session reply. */
  readonly loaded: boolean;
  readonly operator: SessionOperator | null;
  readonly needsFirstAdmin: boolean;
  readonly pairingRequired: boolean;
  readonly idleLockSeconds: number;
  readonly names: ReadonlyArray<string>;
  readonly problem: OperatorMessage | null;
  readonly busy: boolean;
  load(): Promise<void>;
  signIn(credential: Credential): Promise<boolean>;
  signOut(): Promise<void>;
  createFirstAdmin(name: string, pin: string): Promise<void>;
  pair(code: string): Promise<void>;
  /** Marks the session signed out after main reported it (idle lock, deactivated operator). */
  noteSignedOut(): void;
  notePairingRequired(): void;
  showProblem(problem: OperatorMessage): void;
}

/**
 * Shows the operator in the header and leaves the operators screen when the new operator may not
 * use it. Every other screen stays, so a badge scan at the bench switches operator mid-shipment.
 */
function showInHeader(operator: SessionOperator | null): void {
  useStationStore.getState().setOperator(operator === null ? null : { operatorId: operator.operatorId, name: operator.name });
  const navigation = useNavigationStore.getState();
  if (navigation.screen === 'operators' && (operator === null || !roleHasPermission(operator.role, 'operators.manage'))) {
    navigation.go('shipments');
  }
}

/** The signed-in operator of this window or browser, as main's session reports it. */
export const useOperatorSession = create<OperatorSessionState>()((set, get) => ({
  loaded: false,
  operator: null,
  needsFirstAdmin: false,
  pairingRequired: false,
  idleLockSeconds: 300,
  names: [],
  problem: null,
  busy: false,

  async load() {
    const result = await stationBridge()['operator.session']({});
    if (!result.ok) {
      set({ loaded: true, pairingRequired: result.error.code === 'pairing-required' });
      return;
    }
    const names = await stationBridge()['operator.names']({});
    set({
      loaded: true,
      pairingRequired: false,
      operator: result.value.operator,
      needsFirstAdmin: result.value.needsFirstAdmin,
      idleLockSeconds: result.value.idleLockSeconds,
      names: names.ok ? names.value : [],
    });
    showInHeader(result.value.operator);
  },

  async signIn(credential) {
    set({ busy: true });
    const result = await stationBridge()['operator.signIn'](credential);
    if (!result.ok) {
      set({ busy: false, problem: result.error.message });
      return false;
    }
    set({ busy: false, problem: null, operator: result.value });
    showInHeader(result.value);
    return true;
  },

  async signOut() {
    await stationBridge()['operator.signOut']({});
    get().noteSignedOut();
  },

  async createFirstAdmin(name, pin) {
    set({ busy: true });
    const result = await stationBridge()['operator.createFirstAdmin']({ name, pin });
    if (!result.ok) {
      set({ busy: false, problem: result.error.message });
      return;
    }
    set({ busy: false, problem: null, operator: result.value, needsFirstAdmin: false, names: [result.value.name] });
    showInHeader(result.value);
  },

  async pair(code) {
    set({ busy: true });
    const body = await postPairingCode(code);
    const token = body?.ok === true ? body.value?.token : undefined;
    if (token === undefined) {
      set({ busy: false, problem: body?.error?.message ?? { key: 'common:errors.stationUnreachable', params: {} } });
      return;
    }
    // The bridge reads the token once per page load, so the page reloads with it stored.
    window.sessionStorage.setItem(stationTokenStorageKey, token);
    window.location.reload();
  },

  noteSignedOut() {
    set({ operator: null });
    showInHeader(null);
    void get().load();
  },

  notePairingRequired() {
    set({ pairingRequired: true });
  },

  showProblem(problem) {
    set({ problem });
  },
}));

interface PairingReply {
  readonly ok?: boolean;
  readonly value?: { readonly token?: string };
  readonly error?: { readonly message: OperatorMessage };
}

/** Sends the pairing code to the station's /pair route; null when the station cannot be reached. */
async function postPairingCode(code: string): Promise<PairingReply | null> {
  try {
    const response = await window.fetch('/pair', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }), cache: 'no-store' });
    return (await response.json()) as PairingReply;
  } catch {
    return null;
  }
}
