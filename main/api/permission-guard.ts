import { createLogger } from '../core/logger';
import { err } from '../core/result';
import { roleHasPermission } from '../operators/roles';
import { findOperatorById, readIdleLockSeconds } from '../store/operators';
import { channelPermissions } from './channel-permissions';
import type { Channel } from './contract';
import { permissionDenied } from './services/operator-access';
import { serviceError, type StationSession } from './services/service-support';
import type { ServiceHandler, Services } from './services';
import type { StationContext } from './station-context';

const log = createLogger('api');

export interface GuardOptions {
  /** Epoch milliseconds now; tests pass a clock to step past the idle lock. */
  readonly now?: () => number;
}

/**
 * Wraps every handler with three checks that run before it. A session idle longer than the
 * station's idle lock is signed out. The operator is read again from the store, so a role change
 * or deactivation applies to the next request. Then the channel's permission is checked. A
 * rejected call returns 'operator-not-signed-in' or 'permission-denied' and runs nothing.
 */
export function guardServices(services: Services, context: StationContext, session: StationSession, options: GuardOptions = {}): Services {
  const now = options.now ?? Date.now;
  const guarded: Record<string, ServiceHandler<never>> = {};

  for (const channel of Object.keys(services) as Channel[]) {
    const handler = services[channel] as ServiceHandler<never>;
    const permission = channelPermissions[channel];
    guarded[channel] = (request) => {
      signOutIfIdle(context, session, now());
      if (permission === 'anyone') {
        return handler(request);
      }

      const operator = session.operator === null ? undefined : findOperatorById(context.db, session.operator.operatorId);
      if (operator === undefined || !operator.active) {
        session.operator = null;
        return err(serviceError('operator-not-signed-in', { key: 'pack:error.operator-not-signed-in', params: {} }));
      }
      session.operator = { operatorId: operator.id, name: operator.name, role: operator.role };
      if (!roleHasPermission(operator.role, permission)) {
        log.warn('permission denied', { channel, permission, operatorId: operator.id, role: operator.role });
        return err(permissionDenied(permission));
      }
      return handler(request);
    };
  }
  return guarded as unknown as Services;
}

function signOutIfIdle(context: StationContext, session: StationSession, nowMs: number): void {
  const idleMs = readIdleLockSeconds(context.db) * 1000;
  if (session.operator !== null && nowMs - session.lastRequestAt > idleMs) {
    log.info('session locked after idle time', { operatorId: session.operator.operatorId, idleSeconds: Math.round((nowMs - session.lastRequestAt) / 1000) });
    session.operator = null;
  }
  session.lastRequestAt = nowMs;
}
