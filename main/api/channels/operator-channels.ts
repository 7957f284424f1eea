/**
 * Operators' part of the contract: signing in and out, the first admin, operator management and
 * the supervisor override at the packing bench. This file must stay free of Node imports because
 * the renderer type-checks against it.
 */
import { z } from 'zod';
import { operatorRoles } from '../../operators/roles';
import { id, packViewSchema, scanVerdictSchema, shortText } from '../schemas';

const operatorName = z.string().trim().min(1).max(80);
/** A PIN as typed on the PIN pad. The service checks the 4-to-8-digit rule and returns 'pin-invalid'. */
const pin = z.string().max(64);
/** Scanned badge text; the service checks its format. */
const badge = z.string().max(200);
const role = z.enum(operatorRoles);

/** Name and PIN, or a badge scan: what signing in and a supervisor approval both take. */
export const credentialSchema = z.union([z.object({ name: operatorName, pin }), z.object({ badge })]);

export const sessionOperatorSchema = z.object({ operatorId: id, name: z.string(), role });

export const operatorListEntrySchema = z.object({
  operatorId: id,
  name: z.string(),
  role,
  active: z.boolean(),
  hasPin: z.boolean(),
  hasBadge: z.boolean(),
  /** ISO-8601 UTC end of a wrong-PIN lock, or null. */
  lockedUntil: z.string().nullable(),
});

export const operatorChannels = {
  /** The session's operator, whether the station still needs its first admin, and the idle lock. */
  'operator.session': {
    request: z.object({}),
    response: z.object({
      operator: sessionOperatorSchema.nullable(),
      needsFirstAdmin: z.boolean(),
      idleLockSeconds: z.number().int(),
    }),
  },
  /** Names of the operators who can sign in with a PIN, for the sign-in screen's list. */
  'operator.names': { request: z.object({}), response: z.array(z.string()) },
  'operator.signIn': { request: credentialSchema, response: sessionOperatorSchema },
  'operator.signOut': { request: z.object({}), response: z.object({ signedOut: z.literal(true) }) },
  /** Creates the station's first admin and signs them in; fails once an admin exists. */
  'operator.createFirstAdmin': { request: z.object({ name: operatorName, pin }), response: sessionOperatorSchema },
  'operators.list': { request: z.object({}), response: z.array(operatorListEntrySchema) },
  'operators.create': { request: z.object({ name: operatorName, role, pin }), response: operatorListEntrySchema },
  'operators.update': { request: z.object({ operatorId: id, role, active: z.boolean() }), response: operatorListEntrySchema },
  /** Sets a new PIN and lifts a wrong-PIN lock. */
  'operators.setPin': { request: z.object({ operatorId: id, pin }), response: operatorListEntrySchema },
  /** Issues a new badge code, returned once for printing; the store keeps only its hash. */
  'operators.issueBadge': { request: z.object({ operatorId: id }), response: z.object({ badgeCode: z.string() }) },
  'operators.setIdleLock': {
    request: z.object({ seconds: z.number().int().min(30).max(86_400) }),
    response: z.object({ idleLockSeconds: z.number().int() }),
  },
  /**
   * Packs the unit of a refused scan anyway, approved by a supervisor's PIN or badge with a
   * reason. Only refusals that a person can judge are overridable (a serial that does not match
   * the product's pattern, a unit on hold); the event names the operator and the supervisor.
   */
  'pack.override': {
    request: z.object({
      shipmentId: id,
      /** The gesture id of the refused scan. */
      refusedGestureId: z.string().min(8).max(100),
      /** Idempotency key of the override itself. */
      gestureId: z.string().min(8).max(100),
      reason: shortText.trim().min(1),
      supervisor: credentialSchema,
    }),
    response: z.object({ verdict: scanVerdictSchema, view: packViewSchema }),
  },
} as const;
