import type Database from 'better-sqlite3';
import { dispatch } from '../../main/api/dispatch';
import type { Services } from '../../main/api/services';
import { hashPin } from '../../main/operators/pin-hash';
import type { OperatorRole } from '../../main/operators/roles';
import { findOperatorByName, insertOperator, setOperatorPinHash, updateOperatorAccess, type OperatorRow } from '../../main/store/operators';

/** PIN of every operator the tests create. */
export const testPin = '2468';

/**
 * scrypt cost for test operators: far cheaper than the app's default, so a test that signs in
 * many times stays fast. Stored hashes carry their cost, so verification uses it too.
 */
export const testPinHashCost = { cost: 2 ** 10, blockSize: 8, parallelization: 1 } as const;

/**
 * Inserts an operator with `testPin` (or `pin`). An operator of that name that already exists,
 * such as one a packing fixture created by name only, gets the PIN and role instead.
 */
export async function addTestOperator(db: Database.Database, name: string, role: OperatorRole = 'packer', pin: string = testPin): Promise<OperatorRow> {
  const pinHash = await hashPin(pin, testPinHashCost);
  const existing = findOperatorByName(db, name);
  if (existing !== undefined) {
    setOperatorPinHash(db, existing.id, pinHash);
    updateOperatorAccess(db, existing.id, { role, active: true });
    return { ...existing, role, active: true };
  }
  const created = insertOperator(db, { name, role, pinHash });
  if (created === undefined) {
    throw new Error(`addTestOperator: could not insert ${name}`);
  }
  return created;
}

/** Creates the operator if needed and signs the services' session in with name and PIN. */
export async function signInTestOperator(services: Services, db: Database.Database, name: string, role: OperatorRole = 'packer'): Promise<OperatorRow> {
  const operator = await addTestOperator(db, name, role);
  const result = await dispatch(services, 'operator.signIn', { name, pin: testPin });
  if (!result.ok) {
    throw new Error(`signInTestOperator: ${JSON.stringify(result.error)}`);
  }
  return operator;
}
