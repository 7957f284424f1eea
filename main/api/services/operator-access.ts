import type Database from 'better-sqlite3';
import { err, ok, type Result } from '../../core/result';
import { authenticateOperator, type AuthenticationOptions, type OperatorCredential } from '../../operators/authenticate';
import { isValidPin } from '../../operators/pin-hash';
import type { OperatorRow } from '../../store/operators';
import type { ServiceError } from '../contract';
import { serviceError } from './service-support';

/** A credential as the contract carries it: name and PIN, or a badge scan. */
export type CredentialRequest = { readonly name: string; readonly pin: string } | { readonly badge: string };

export function credentialOf(request: CredentialRequest): OperatorCredential {
  return 'badge' in request ? { kind: 'badge', code: request.badge } : { kind: 'pin', name: request.name, pin: request.pin };
}

/** Error codes that mean "a wrong PIN or badge"; the station's rate limiter counts them per browser. */
export const credentialFailureCodes: ReadonlySet<string> = new Set(['credentials-invalid', 'operator-locked']);

/** Checks a credential and maps its failure to a service error the sign-in screen can show. */
export async function checkCredential(
  db: Database.Database,
  request: CredentialRequest,
  options: AuthenticationOptions,
): Promise<Result<OperatorRow, ServiceError>> {
  const checked = await authenticateOperator(db, credentialOf(request), options);
  if (checked.ok) {
    return checked;
  }
  if (checked.error.code === 'operator-locked') {
    return err(serviceError('operator-locked', { key: 'operators:error.operator-locked', params: { name: checked.error.name, lockedUntil: checked.error.lockedUntil } }));
  }
  return err(serviceError('credentials-invalid', { key: 'operators:error.credentials-invalid', params: {} }));
}

/** Rejects a PIN that is not 4 to 8 digits, before anything is hashed or stored. */
export function checkNewPin(pin: string): Result<string, ServiceError> {
  return isValidPin(pin) ? ok(pin) : err(serviceError('pin-invalid', { key: 'operators:error.pin-invalid', params: {} }));
}

export function permissionDenied(permission: string): ServiceError {
  return serviceError('permission-denied', { key: 'operators:error.permission-denied', params: { permission } });
}
