import { createLogger } from '../../core/logger';
import { err, ok, type Result } from '../../core/result';
import type { Actor } from '../../packing/actor';
import { findClientByCode, type ClientRow } from '../../store/clients';
import type { ServiceError } from '../contract';
import type { StationContext } from '../station-context';
import { readReturnView, returnsError, type ReturnView } from './returns-views';
import { runOperatorChange, type StationSession } from './service-support';

const log = createLogger('returns');

/** Runs a returns desk change for the signed-in operator; see runOperatorChange. */
export function runReturnsChange<T>(
  context: StationContext,
  session: StationSession,
  action: string,
  change: (actor: Actor) => Result<T, { readonly code: string }>,
): Result<T, ServiceError> {
  return runOperatorChange(context, session, { logger: log, action, toServiceError: returnsError }, change);
}

export function returnViewOrError(context: StationContext, returnId: number): Result<ReturnView, ServiceError> {
  const view = readReturnView(context.db, returnId);
  return view === undefined ? err(returnsError({ code: 'return-not-found', returnId })) : ok(view);
}

export function clientOrError(context: StationContext, clientCode: string): Result<ClientRow, ServiceError> {
  const client = findClientByCode(context.db, clientCode);
  return client === undefined ? err(returnsError({ code: 'client-not-found', clientCode })) : ok(client);
}

/** Returns the id of an optional client filter: null without a code, 'client-not-found' for an unknown one. */
export function optionalClientId(context: StationContext, clientCode: string | null | undefined): Result<number | null, ServiceError> {
  if (clientCode === null || clientCode === undefined) {
    return ok(null);
  }
  const client = clientOrError(context, clientCode);
  return client.ok ? ok(client.value.id) : client;
}
