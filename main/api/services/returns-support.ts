import { createLogger } from '../../core/logger';
import { err, ok, type Result } from '../../core/result';
import type { Actor } from '../../packing/actor';
import { findClientByCode, type ClientRow } from '../../store/clients';
import { inWriteTransaction } from '../../store/write-transaction';
import type { ServiceError } from '../contract';
import type { StationContext } from '../station-context';
import { readReturnView, returnsError, type ReturnView } from './returns-views';
import { requireActor, type StationSession } from './service-support';

const log = createLogger('returns');

/**
 * Runs a returns desk change as the signed-in operator in one write transaction. A rejected
 * change wrote nothing, because every returns module checks before it writes; the log records
 * the code and ids.
 */
export function runReturnsChange<T>(
  context: StationContext,
  session: StationSession,
  action: string,
  change: (actor: Actor) => Result<T, { readonly code: string }>,
): Result<T, ServiceError> {
  const actor = requireActor(context, session);
  if (!actor.ok) {
    return actor;
  }
  const result = inWriteTransaction(context.db, () => change(actor.value));
  if (!result.ok) {
    log.info('returns change rejected', { action, code: result.error.code, operatorId: actor.value.operatorId });
    return err(returnsError(result.error));
  }
  return result;
}

export function returnViewOrError(context: StationContext, returnId: number): Result<ReturnView, ServiceError> {
  const view = readReturnView(context.db, returnId);
  return view === undefined ? err(returnsError({ code: 'return-not-found', returnId })) : ok(view);
}

export function clientOrError(context: StationContext, clientCode: string): Result<ClientRow, ServiceError> {
  const client = findClientByCode(context.db, clientCode);
  return client === undefined ? err(returnsError({ code: 'client-not-found', clientCode })) : ok(client);
}
