import { createLogger } from '../../core/logger';
import { err, ok, type Result } from '../../core/result';
import { createBadgeCode, badgeHashOf } from '../../operators/badge-code';
import { hashPin } from '../../operators/pin-hash';
import { mayAssignRole, type OperatorRole } from '../../operators/roles';
import {
  countUsableAdmins,
  findOperatorById,
  insertOperator,
  listOperators,
  readIdleLockSeconds,
  setOperatorBadgeHash,
  setOperatorPinHash,
  updateOperatorAccess,
  writeIdleLockSeconds,
  type OperatorRow,
} from '../../store/operators';
import { appendEvent } from '../../store/events';
import type { OperatorEventType } from '../../store/event-types';
import { inWriteTransaction } from '../../store/write-transaction';
import type { Actor } from '../../packing/actor';
import type { ServiceError } from '../contract';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { checkNewPin, permissionDenied } from './operator-access';
import { requireActor, serviceError, type StationSession } from './service-support';

const log = createLogger('operators');

type ManagementChannels = 'operators.list' | 'operators.create' | 'operators.update' | 'operators.setPin' | 'operators.issueBadge' | 'operators.setIdleLock';

type ListEntry = ReturnType<typeof listOperators>[number];

function toEntry(operator: ListEntry): { operatorId: number; name: string; role: OperatorRole; active: boolean; hasPin: boolean; hasBadge: boolean; lockedUntil: string | null } {
  return { operatorId: operator.id, name: operator.name, role: operator.role, active: operator.active, hasPin: operator.hasPin, hasBadge: operator.hasBadge, lockedUntil: operator.lockedUntil };
}

/**
 * Handlers for operator management. The permission guard already requires 'operators.manage'
 * (supervisor or admin). These handlers add two rules a role cannot express: only an admin
 * creates, edits or re-keys an admin, and the last usable admin cannot be demoted or deactivated.
 *
 * Every change is recorded in the history in the transaction that writes it, with the signed-in
 * supervisor or admin as the event's operator and the target operator in the payload. Payloads
 * never hold a PIN, a badge code or their hashes.
 */
export function createOperatorManagementServices(context: StationContext, session: StationSession): Pick<Services, ManagementChannels> {
  const db = context.db;

  function entryOf(operatorId: number): ListEntry {
    const entry = listOperators(db).find((operator) => operator.id === operatorId);
    if (entry === undefined) {
      throw new Error(`operator ${operatorId} not found right after it was written`);
    }
    return entry;
  }

  function recordOperatorEvent(actor: Actor, type: OperatorEventType, payload: { readonly [key: string]: string | number }): void {
    appendEvent(db, { type, stationId: actor.stationId, operatorId: actor.operatorId, payload });
  }

  /** Finds the target operator and checks that the session's operator may edit its role. */
  function editableTarget(operatorId: number): Result<OperatorRow, ServiceError> {
    const role = session.operator?.role;
    const target = findOperatorById(db, operatorId);
    if (target === undefined) {
      return err(serviceError('operator-not-found', { key: 'operators:error.operator-not-found', params: { operatorId } }));
    }
    if (role === undefined || !mayAssignRole(role, target.role)) {
      return err(permissionDenied('operators.manage'));
    }
    return ok(target);
  }

  return {
    'operators.list': () => ok(listOperators(db).map(toEntry)),

    'operators.create': async (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }
      if (session.operator === null || !mayAssignRole(session.operator.role, request.role)) {
        return err(permissionDenied('operators.manage'));
      }
      const pin = checkNewPin(request.pin);
      if (!pin.ok) {
        return pin;
      }

      const pinHash = await hashPin(pin.value);
      const created = inWriteTransaction(db, () => {
        const inserted = insertOperator(db, { name: request.name, role: request.role, pinHash });
        if (inserted !== undefined) {
          recordOperatorEvent(actor.value, 'operator-created', { operatorId: inserted.id, name: inserted.name, role: inserted.role });
        }
        return inserted;
      });
      if (created === undefined) {
        return err(serviceError('operator-name-taken', { key: 'operators:error.operator-name-taken', params: { name: request.name } }));
      }
      log.info('operator created', { operatorId: created.id, role: created.role, by: actor.value.operatorId });
      return ok(toEntry(entryOf(created.id)));
    },

    'operators.update': (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }
      const target = editableTarget(request.operatorId);
      if (!target.ok) {
        return target;
      }
      if (session.operator === null || !mayAssignRole(session.operator.role, request.role)) {
        return err(permissionDenied('operators.manage'));
      }
      const before = target.value;

      try {
        inWriteTransaction(db, () => {
          const adminsBefore = countUsableAdmins(db);
          updateOperatorAccess(db, request.operatorId, { role: request.role, active: request.active });
          // Rolled back when it would take away the station's last admin who can sign in.
          if (adminsBefore > 0 && countUsableAdmins(db) === 0) {
            throw new LastAdminError();
          }
          const subject = { operatorId: before.id, name: before.name };
          if (request.role !== before.role) {
            recordOperatorEvent(actor.value, 'operator-role-changed', { ...subject, previousRole: before.role, role: request.role });
          }
          if (request.active !== before.active) {
            recordOperatorEvent(actor.value, request.active ? 'operator-activated' : 'operator-deactivated', { ...subject, role: request.role });
          }
        });
      } catch (error) {
        if (error instanceof LastAdminError) {
          return err(serviceError('last-admin', { key: 'operators:error.last-admin', params: { name: target.value.name } }));
        }
        throw error;
      }
      log.info('operator access changed', { operatorId: request.operatorId, role: request.role, active: request.active, by: session.operator.operatorId });
      return ok(toEntry(entryOf(request.operatorId)));
    },

    'operators.setPin': async (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }
      const target = editableTarget(request.operatorId);
      if (!target.ok) {
        return target;
      }
      const pin = checkNewPin(request.pin);
      if (!pin.ok) {
        return pin;
      }

      const pinHash = await hashPin(pin.value);
      inWriteTransaction(db, () => {
        setOperatorPinHash(db, request.operatorId, pinHash);
        recordOperatorEvent(actor.value, 'operator-pin-reset', { operatorId: target.value.id, name: target.value.name });
      });
      log.info('operator PIN set', { operatorId: request.operatorId, by: session.operator?.operatorId ?? null });
      return ok(toEntry(entryOf(request.operatorId)));
    },

    'operators.issueBadge': (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }
      const target = editableTarget(request.operatorId);
      if (!target.ok) {
        return target;
      }

      const badgeCode = createBadgeCode();
      inWriteTransaction(db, () => {
        setOperatorBadgeHash(db, request.operatorId, badgeHashOf(badgeCode));
        recordOperatorEvent(actor.value, 'operator-badge-issued', { operatorId: target.value.id, name: target.value.name });
      });
      log.info('operator badge issued', { operatorId: request.operatorId, by: session.operator?.operatorId ?? null });
      return ok({ badgeCode });
    },

    'operators.setIdleLock': (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }

      inWriteTransaction(db, () => {
        const previousSeconds = readIdleLockSeconds(db);
        if (previousSeconds === request.seconds) {
          return;
        }
        writeIdleLockSeconds(db, request.seconds);
        recordOperatorEvent(actor.value, 'idle-lock-changed', { previousSeconds, seconds: request.seconds });
      });
      log.info('idle lock changed', { seconds: request.seconds, by: session.operator?.operatorId ?? null });
      return ok({ idleLockSeconds: request.seconds });
    },
  };
}

/** Thrown inside the update transaction to roll back a change that would remove the last admin. */
class LastAdminError extends Error {
  constructor() {
    super('the change would leave no usable admin');
  }
}
