import type Database from 'better-sqlite3';
import type { AttemptState } from '../operators/lockout';
import type { OperatorRole } from '../operators/roles';
import { prepared } from './statement-cache';
import { inWriteTransaction, nowIso } from './write-transaction';

/** A person who signs in at a station; events name them by id. */
export interface OperatorRow {
  readonly id: number;
  readonly name: string;
  readonly role: OperatorRole;
  readonly active: boolean;
}

/** The stored PIN hash, badge hash and wrong-PIN counter of an operator, which sign-in checks. */
export interface OperatorCredentials extends OperatorRow, AttemptState {
  readonly pinHash: string | null;
  readonly badgeHash: string | null;
}

interface OperatorRecord {
  id: number;
  name: string;
  role: OperatorRole;
  active: number;
  pin_hash: string | null;
  badge_hash: string | null;
  failed_pin_attempts: number;
  locked_until: string | null;
}

const credentialColumns = 'id, name, role, active, pin_hash, badge_hash, failed_pin_attempts, locked_until';

function toRow(record: { id: number; name: string; role: OperatorRole; active: number }): OperatorRow {
  return { id: record.id, name: record.name, role: record.role, active: record.active === 1 };
}

function toCredentials(record: OperatorRecord): OperatorCredentials {
  return {
    ...toRow(record),
    pinHash: record.pin_hash,
    badgeHash: record.badge_hash,
    failedAttempts: record.failed_pin_attempts,
    lockedUntil: record.locked_until,
  };
}

/** Finds an operator by name. Names compare after trimming and ignoring ASCII case. */
export function findOperatorByName(db: Database.Database, name: string): OperatorRow | undefined {
  const record = prepared<[string], OperatorRecord>(db, `SELECT ${credentialColumns} FROM operators WHERE name = ? COLLATE NOCASE`).get(name.trim());
  return record === undefined ? undefined : toRow(record);
}

export function findOperatorById(db: Database.Database, operatorId: number): OperatorRow | undefined {
  const record = prepared<[number], OperatorRecord>(db, `SELECT ${credentialColumns} FROM operators WHERE id = ?`).get(operatorId);
  return record === undefined ? undefined : toRow(record);
}

/** Reads the credentials of the operator with this name (see findOperatorByName), if any. */
export function findCredentialsByName(db: Database.Database, name: string): OperatorCredentials | undefined {
  const record = prepared<[string], OperatorRecord>(db, `SELECT ${credentialColumns} FROM operators WHERE name = ? COLLATE NOCASE`).get(name.trim());
  return record === undefined ? undefined : toCredentials(record);
}

export function findCredentialsById(db: Database.Database, operatorId: number): OperatorCredentials | undefined {
  const record = prepared<[number], OperatorRecord>(db, `SELECT ${credentialColumns} FROM operators WHERE id = ?`).get(operatorId);
  return record === undefined ? undefined : toCredentials(record);
}

export function findCredentialsByBadgeHash(db: Database.Database, badgeHash: string): OperatorCredentials | undefined {
  const record = prepared<[string], OperatorRecord>(db, `SELECT ${credentialColumns} FROM operators WHERE badge_hash = ?`).get(badgeHash);
  return record === undefined ? undefined : toCredentials(record);
}

/** Lists every operator, active ones first, then by name. */
export function listOperators(db: Database.Database): ReadonlyArray<OperatorRow & { readonly hasPin: boolean; readonly hasBadge: boolean; readonly lockedUntil: string | null }> {
  return prepared<[], OperatorRecord>(db, `SELECT ${credentialColumns} FROM operators ORDER BY active DESC, name COLLATE NOCASE`)
    .all()
    .map((record) => ({ ...toRow(record), hasPin: record.pin_hash !== null, hasBadge: record.badge_hash !== null, lockedUntil: record.locked_until }));
}

/** Counts active admins that can sign in with a PIN; zero means the station needs its first admin. */
export function countUsableAdmins(db: Database.Database): number {
  return (
    prepared<[], { n: number }>(db, "SELECT count(*) AS n FROM operators WHERE role = 'admin' AND active = 1 AND pin_hash IS NOT NULL").get()?.n ?? 0
  );
}

/**
 * Inserts an operator with a role and PIN hash. Returns undefined when the name is taken
 * (UNIQUE, compared without ASCII case), so the caller can say so.
 */
export function insertOperator(db: Database.Database, fields: { readonly name: string; readonly role: OperatorRole; readonly pinHash: string }): OperatorRow | undefined {
  const name = fields.name.trim();
  return inWriteTransaction(db, () => {
    if (findOperatorByName(db, name) !== undefined) {
      return undefined;
    }
    const info = prepared(db, 'INSERT INTO operators (name, created_at, role, pin_hash) VALUES (?, ?, ?, ?)').run(name, nowIso(), fields.role, fields.pinHash);
    return { id: Number(info.lastInsertRowid), name, role: fields.role, active: true };
  });
}

/** Changes role and active flag; returns false for an unknown id. */
export function updateOperatorAccess(db: Database.Database, operatorId: number, access: { readonly role: OperatorRole; readonly active: boolean }): boolean {
  return prepared(db, 'UPDATE operators SET role = ?, active = ? WHERE id = ?').run(access.role, access.active ? 1 : 0, operatorId).changes === 1;
}

/** Replaces the PIN hash and lifts any lock; returns false for an unknown id. */
export function setOperatorPinHash(db: Database.Database, operatorId: number, pinHash: string): boolean {
  return (
    prepared(db, 'UPDATE operators SET pin_hash = ?, failed_pin_attempts = 0, locked_until = NULL WHERE id = ?').run(pinHash, operatorId).changes === 1
  );
}

/** Replaces the badge hash (null removes the badge); returns false for an unknown id. */
export function setOperatorBadgeHash(db: Database.Database, operatorId: number, badgeHash: string | null): boolean {
  return prepared(db, 'UPDATE operators SET badge_hash = ? WHERE id = ?').run(badgeHash, operatorId).changes === 1;
}

/** Stores the wrong-PIN counter and lock of one operator. */
export function writeAttemptState(db: Database.Database, operatorId: number, state: AttemptState): void {
  prepared(db, 'UPDATE operators SET failed_pin_attempts = ?, locked_until = ? WHERE id = ?').run(state.failedAttempts, state.lockedUntil, operatorId);
}

/**
 * Returns the operator with this name, creating them on first use. The stored spelling of
 * an existing operator wins, so "anna" matches the "Anna" recorded earlier. A created operator
 * is a packer without a PIN, who can be named on replayed events but cannot sign in until a
 * supervisor sets a PIN.
 */
export function findOrCreateOperator(db: Database.Database, name: string): OperatorRow {
  const trimmed = name.trim();
  if (trimmed === '') {
    throw new Error('findOrCreateOperator: empty operator name');
  }

  return inWriteTransaction(db, () => {
    const existing = findOperatorByName(db, trimmed);
    if (existing !== undefined) {
      return existing;
    }
    const info = prepared(db, 'INSERT INTO operators (name, created_at) VALUES (?, ?)').run(trimmed, nowIso());
    return { id: Number(info.lastInsertRowid), name: trimmed, role: 'packer', active: true };
  });
}

/** Seconds without a request after which a station signs its operator out (migration 4 default 300). */
export function readIdleLockSeconds(db: Database.Database): number {
  return prepared<[], { idle_lock_seconds: number }>(db, 'SELECT idle_lock_seconds FROM station').get()?.idle_lock_seconds ?? 300;
}

/** Stores the idle lock; the CHECK in migration 4 keeps it between 30 s and 24 h. */
export function writeIdleLockSeconds(db: Database.Database, seconds: number): void {
  prepared(db, 'UPDATE station SET idle_lock_seconds = ?').run(seconds);
}
