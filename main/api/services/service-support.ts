import { createLogger, type Logger } from '../../core/logger';
import { err, ok, type Result } from '../../core/result';
import type { Actor } from '../../packing/actor';
import type { OperatorRole } from '../../operators/roles';
import type { Refusal } from '../../packing/verdicts';
import { inWriteTransaction } from '../../store/write-transaction';
import type { OperatorMessage, PackView, ServiceError } from '../contract';
import { readPackView } from '../../packing/pack-view';
import type { StationContext } from '../station-context';

const log = createLogger('packing');

/** The operator a session is signed in as, with the role read from the store on each request. */
export interface SessionOperator {
  readonly operatorId: number;
  readonly name: string;
  readonly role: OperatorRole;
}

/**
 * One signed-in context: the Electron window has one, and every browser of the loopback station
 * has its own (see main/station/session-cookie.ts). Every handler of one createServices call
 * shares it.
 */
export interface StationSession {
  operator: SessionOperator | null;
  /** Epoch milliseconds of the last request; the permission guard signs out an idle session. */
  lastRequestAt: number;
}

export function createStationSession(now: number = Date.now()): StationSession {
  return { operator: null, lastRequestAt: now };
}

export function serviceError(code: string, message: OperatorMessage): ServiceError {
  return { code, message };
}

export function fromRefusal(refusal: Refusal): ServiceError {
  return { code: refusal.code, message: refusal.message };
}

/** Returns the station and signed-in operator, or 'operator-not-signed-in' before any sign-in. */
export function requireActor(context: StationContext, session: StationSession): Result<Actor, ServiceError> {
  if (session.operator === null) {
    return err(serviceError('operator-not-signed-in', { key: 'pack:error.operator-not-signed-in', params: {} }));
  }
  return ok({ stationId: context.stationId, operatorId: session.operator.operatorId });
}

/**
 * Runs one change for the signed-in operator in a write transaction and converts its rejection
 * into a service error. A rejection writes nothing, because every rule of the store's areas
 * checks before it writes; `logger` records the code and the ids for support.
 */
export function runOperatorChange<T, E extends { readonly code: string }>(
  context: StationContext,
  session: StationSession,
  change: { readonly logger: Logger; readonly action: string; readonly toServiceError: (rejection: E) => ServiceError },
  apply: (actor: Actor) => Result<T, E>,
): Result<T, ServiceError> {
  const actor = requireActor(context, session);
  if (!actor.ok) {
    return actor;
  }

  const result = inWriteTransaction(context.db, () => apply(actor.value));
  if (!result.ok) {
    change.logger.info('change rejected', { action: change.action, code: result.error.code, operatorId: actor.value.operatorId });
    return err(change.toServiceError(result.error));
  }
  return result;
}

/** Runs one packing change for the signed-in operator; see runOperatorChange. */
export function runPackingChange<T>(
  context: StationContext,
  session: StationSession,
  action: string,
  change: (actor: Actor) => Result<T, Refusal>,
): Result<T, ServiceError> {
  return runOperatorChange(context, session, { logger: log, action, toServiceError: fromRefusal }, change);
}

/** Reads the pack view after a change, or 'shipment-not-found' for an unknown id. */
export function packViewOrError(context: StationContext, shipmentId: number): Result<PackView, ServiceError> {
  const view = readPackView(context.db, context.stationId, shipmentId);
  if (view === undefined) {
    return err(serviceError('shipment-not-found', { key: 'pack:verdict.shipment-not-found.message', params: { reference: `#${shipmentId}` } }));
  }
  return ok(view);
}
