import { createLogger } from '../../core/logger';
import { err, ok } from '../../core/result';
import type { AuthenticationOptions } from '../../operators/authenticate';
import { hashPin } from '../../operators/pin-hash';
import { appendEvent } from '../../store/events';
import { countUsableAdmins, insertOperator, listOperators, readIdleLockSeconds, type OperatorRow } from '../../store/operators';
import { inWriteTransaction } from '../../store/write-transaction';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { checkCredential, checkNewPin } from './operator-access';
import { serviceError, type SessionOperator, type StationSession } from './service-support';

const log = createLogger('operators');

type OperatorSessionChannels = 'operator.session' | 'operator.names' | 'operator.signIn' | 'operator.signOut' | 'operator.createFirstAdmin';

function sessionOperatorOf(operator: OperatorRow): SessionOperator {
  return { operatorId: operator.id, name: operator.name, role: operator.role };
}

/**
 * Handlers that sign a session in and out. Signing in replaces the session's operator, so one
 * badge scan switches operator; a failed attempt leaves the current operator signed in.
 */
export function createOperatorSessionServices(
  context: StationContext,
  session: StationSession,
  authentication: AuthenticationOptions = {},
): Pick<Services, OperatorSessionChannels> {
  return {
    'operator.session': () =>
      ok({ operator: session.operator, needsFirstAdmin: countUsableAdmins(context.db) === 0, idleLockSeconds: readIdleLockSeconds(context.db) }),

    'operator.names': () => ok(listOperators(context.db).filter((operator) => operator.active && operator.hasPin).map((operator) => operator.name)),

    'operator.signIn': async (request) => {
      const checked = await checkCredential(context.db, request, authentication);
      if (!checked.ok) {
        return checked;
      }
      const previous = session.operator?.operatorId ?? null;
      session.operator = sessionOperatorOf(checked.value);
      log.info('operator signed in', { operatorId: checked.value.id, role: checked.value.role, previousOperatorId: previous, method: 'badge' in request ? 'badge' : 'pin' });
      return ok(session.operator);
    },

    'operator.signOut': () => {
      if (session.operator !== null) {
        log.info('operator signed out', { operatorId: session.operator.operatorId });
      }
      session.operator = null;
      return ok({ signedOut: true as const });
    },

    // Open to anyone only while no usable admin exists: the first person at a new station
    // becomes its admin, as the installer of a desktop app would.
    'operator.createFirstAdmin': async (request) => {
      const pin = checkNewPin(request.pin);
      if (!pin.ok) {
        return pin;
      }
      if (countUsableAdmins(context.db) > 0) {
        return err(serviceError('first-admin-exists', { key: 'operators:error.first-admin-exists', params: {} }));
      }

      const pinHash = await hashPin(pin.value);
      // Checked again after the slow hash, so two first starts racing create one admin.
      if (countUsableAdmins(context.db) > 0) {
        return err(serviceError('first-admin-exists', { key: 'operators:error.first-admin-exists', params: {} }));
      }
      // The first admin has no one above them, so the event names them as their own creator.
      const created = inWriteTransaction(context.db, () => {
        const inserted = insertOperator(context.db, { name: request.name, role: 'admin', pinHash });
        if (inserted !== undefined) {
          appendEvent(context.db, {
            type: 'operator-created',
            stationId: context.stationId,
            operatorId: inserted.id,
            payload: { operatorId: inserted.id, name: inserted.name, role: inserted.role },
          });
        }
        return inserted;
      });
      if (created === undefined) {
        return err(serviceError('operator-name-taken', { key: 'operators:error.operator-name-taken', params: { name: request.name } }));
      }
      session.operator = sessionOperatorOf(created);
      log.info('first admin created', { operatorId: created.id });
      return ok(session.operator);
    },
  };
}
