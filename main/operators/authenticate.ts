import type Database from 'better-sqlite3';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import {
  findCredentialsByBadgeHash,
  findCredentialsById,
  findCredentialsByName,
  writeAttemptState,
  type OperatorCredentials,
  type OperatorRow,
} from '../store/operators';
import { inWriteTransaction } from '../store/write-transaction';
import { badgeHashOf } from './badge-code';
import { clearedAttempts, defaultLockoutPolicy, isLockedOut, reserveAttempt, type LockoutPolicy } from './lockout';
import { spendPinCheckTime, verifyPin } from './pin-hash';

const log = createLogger('operators');

/** What an operator presents: their name and PIN, or their badge scan. */
export type OperatorCredential =
  | { readonly kind: 'pin'; readonly name: string; readonly pin: string }
  | { readonly kind: 'badge'; readonly code: string };

/**
 * Why a credential was not accepted. 'credentials-invalid' covers an unknown name, a wrong PIN,
 * an unknown badge and an inactive operator alike, so a failure does not tell which part was
 * wrong. 'operator-locked' comes only after the five wrong PINs that set the lock.
 */
export type AuthenticationFailure =
  | { readonly code: 'credentials-invalid' }
  | { readonly code: 'operator-locked'; readonly name: string; readonly lockedUntil: string };

export interface AuthenticationOptions {
  /** Current time; tests pass a fixed clock to step through a lock. */
  readonly now?: () => Date;
  readonly policy?: LockoutPolicy;
}

/**
 * Checks a PIN or badge and returns the operator it belongs to. A PIN attempt is counted before
 * the slow hash check and cleared after a correct PIN, so at most `maxFailedAttempts` guesses
 * per lock period reach the hash whatever the concurrency. Logs ids and outcomes, never the PIN
 * or badge text.
 */
export async function authenticateOperator(
  db: Database.Database,
  credential: OperatorCredential,
  options: AuthenticationOptions = {},
): Promise<Result<OperatorRow, AuthenticationFailure>> {
  const now = options.now ?? (() => new Date());
  const policy = options.policy ?? defaultLockoutPolicy;

  if (credential.kind === 'badge') {
    return authenticateBadge(db, credential.code);
  }

  const operator = findCredentialsByName(db, credential.name);
  if (operator === undefined || !operator.active || operator.pinHash === null) {
    await spendPinCheckTime(credential.pin);
    log.info('sign-in rejected', { reason: operator === undefined ? 'unknown-name' : 'no-usable-pin', operatorId: operator?.id ?? null });
    return err({ code: 'credentials-invalid' });
  }

  const reserved = reserveAttemptOf(db, operator.id, now(), policy);
  if (reserved === 'locked') {
    const current = findCredentialsById(db, operator.id) as OperatorCredentials;
    log.warn('sign-in rejected while locked', { operatorId: operator.id, lockedUntil: current.lockedUntil });
    return err({ code: 'operator-locked', name: operator.name, lockedUntil: current.lockedUntil ?? '' });
  }

  if (!(await verifyPin(credential.pin, operator.pinHash))) {
    log.warn('wrong PIN', { operatorId: operator.id, failedAttempts: reserved.failedAttempts, lockedUntil: reserved.lockedUntil });
    return err({ code: 'credentials-invalid' });
  }

  writeAttemptState(db, operator.id, clearedAttempts);
  return ok({ id: operator.id, name: operator.name, role: operator.role, active: operator.active });
}

/** Counts one attempt for the operator, or returns 'locked' when a lock is running at `now`. */
function reserveAttemptOf(db: Database.Database, operatorId: number, now: Date, policy: LockoutPolicy): ReturnType<typeof reserveAttempt> | 'locked' {
  return inWriteTransaction(db, () => {
    const current = findCredentialsById(db, operatorId);
    if (current === undefined || isLockedOut(current, now)) {
      return 'locked';
    }
    const next = reserveAttempt(current, now, policy);
    writeAttemptState(db, operatorId, next);
    return next;
  });
}

function authenticateBadge(db: Database.Database, code: string): Result<OperatorRow, AuthenticationFailure> {
  const badgeHash = badgeHashOf(code);
  const operator = badgeHash === null ? undefined : findCredentialsByBadgeHash(db, badgeHash);
  if (operator === undefined || !operator.active) {
    log.info('badge sign-in rejected', { reason: operator === undefined ? 'unknown-badge' : 'inactive', operatorId: operator?.id ?? null });
    return err({ code: 'credentials-invalid' });
  }
  return ok({ id: operator.id, name: operator.name, role: operator.role, active: operator.active });
}
