import type Database from 'better-sqlite3';
import { findOperatorByName, insertOperator } from '../store/operators';
import { demoAccounts } from './demo-accounts';
import { hashPin } from './pin-hash';

/** Adds the demo packer and demo supervisor (see demoAccounts) unless an operator of that name exists. */
export async function ensureDemoOperators(db: Database.Database): Promise<void> {
  for (const account of Object.values(demoAccounts)) {
    if (findOperatorByName(db, account.name) !== undefined) {
      continue;
    }
    insertOperator(db, { name: account.name, role: account.role, pinHash: await hashPin(account.pin) });
  }
}
