import type { OperatorMessage } from '../../../../main/api/contract';
import type { OperatorRole } from '../../../../main/operators/roles';
import { stationBridge } from '../../api/client';

export interface OperatorEntry {
  readonly operatorId: number;
  readonly name: string;
  readonly role: OperatorRole;
  readonly active: boolean;
  readonly hasPin: boolean;
  readonly hasBadge: boolean;
  readonly lockedUntil: string | null;
}

/** The outcome of one management call: a message for the screen, and whether to reload the list. */
export interface CallOutcome {
  readonly ok: boolean;
  readonly message: OperatorMessage | null;
  /** The new badge code, returned once by operators.issueBadge. */
  readonly badgeCode?: string;
}

const saved: OperatorMessage = { key: 'operators:manage.saved', params: {} };

function outcomeOf(result: { ok: true } | { ok: false; error: { message: OperatorMessage } }): CallOutcome {
  return result.ok ? { ok: true, message: saved } : { ok: false, message: result.error.message };
}

export async function listOperatorEntries(): Promise<{ entries: ReadonlyArray<OperatorEntry>; problem: OperatorMessage | null }> {
  const result = await stationBridge()['operators.list']({});
  return result.ok ? { entries: result.value, problem: null } : { entries: [], problem: result.error.message };
}

export async function createOperator(name: string, role: OperatorRole, pin: string): Promise<CallOutcome> {
  return outcomeOf(await stationBridge()['operators.create']({ name, role, pin }));
}

export async function updateOperator(operatorId: number, role: OperatorRole, active: boolean): Promise<CallOutcome> {
  return outcomeOf(await stationBridge()['operators.update']({ operatorId, role, active }));
}

export async function setOperatorPin(operatorId: number, pin: string): Promise<CallOutcome> {
  return outcomeOf(await stationBridge()['operators.setPin']({ operatorId, pin }));
}

export async function issueBadge(operatorId: number): Promise<CallOutcome> {
  const result = await stationBridge()['operators.issueBadge']({ operatorId });
  return result.ok ? { ok: true, message: null, badgeCode: result.value.badgeCode } : { ok: false, message: result.error.message };
}

export async function setIdleLock(seconds: number): Promise<CallOutcome> {
  return outcomeOf(await stationBridge()['operators.setIdleLock']({ seconds }));
}
