import { createLogger } from '../../core/logger';
import { err, ok } from '../../core/result';
import type { AuthenticationOptions } from '../../operators/authenticate';
import { roleHasPermission } from '../../operators/roles';
import { packRefusedScan } from '../../packing/override-scan';
import type { Services } from '../services';
import type { StationContext } from '../station-context';
import { checkCredential, permissionDenied } from './operator-access';
import { packViewOrError, requireActor, serviceError, type StationSession } from './service-support';

const log = createLogger('operators');

/**
 * Builds the handler of pack.override. The bench operator stays signed in and is the event's
 * operator. The supervisor approves in the same request with their own PIN or badge, which must
 * belong to a role holding 'pack.override'. A wrong supervisor PIN counts towards their lock.
 */
export function createOverrideServices(
  context: StationContext,
  session: StationSession,
  authentication: AuthenticationOptions = {},
): Pick<Services, 'pack.override'> {
  return {
    'pack.override': async (request) => {
      const actor = requireActor(context, session);
      if (!actor.ok) {
        return actor;
      }
      const supervisor = await checkCredential(context.db, request.supervisor, authentication);
      if (!supervisor.ok) {
        return supervisor;
      }
      if (!roleHasPermission(supervisor.value.role, 'pack.override')) {
        log.warn('override approval rejected', { operatorId: actor.value.operatorId, approverId: supervisor.value.id, role: supervisor.value.role });
        return err(permissionDenied('pack.override'));
      }

      const operatorName = session.operator?.name ?? '';
      const packed = packRefusedScan(context.db, actor.value, request, {
        operatorName,
        supervisorId: supervisor.value.id,
        supervisorName: supervisor.value.name,
        reason: request.reason,
      });
      if (!packed.ok) {
        return err(serviceError(packed.error.code, packed.error.message));
      }
      const view = packViewOrError(context, request.shipmentId);
      return view.ok ? ok({ verdict: packed.value, view: view.value }) : view;
    },
  };
}
