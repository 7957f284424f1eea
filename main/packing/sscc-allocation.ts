import type Database from 'better-sqlite3';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import { buildSscc } from '../labels/sscc';
import { prepared } from '../store/statement-cache';
import { refuse, type Refusal } from './verdicts';

/** A freshly allocated SSCC and the company prefix length, which the label uses to group digits. */
export interface AllocatedSscc {
  readonly sscc: string;
  readonly companyPrefixLength: number;
}

/**
 * Allocates the next SSCC of a client: its extension digit, its GS1 company prefix and the
 * serial reference from `clients.next_sscc_serial`, which is then incremented. Runs inside the
 * caller's write transaction, so a rolled-back carton also returns its number. Refuses with
 * 'sscc-unavailable' when the client has no company prefix or the serial references are used up.
 */
export function allocateSscc(db: Database.Database, clientId: number): Result<AllocatedSscc, Refusal> {
  invariant(db.inTransaction, 'allocateSscc runs inside the transaction that opens the carton');

  const client = prepared<[number], { code: string; gs1_company_prefix: string | null; sscc_extension_digit: number; next_sscc_serial: number }>(
    db,
    'SELECT code, gs1_company_prefix, sscc_extension_digit, next_sscc_serial FROM clients WHERE id = ?',
  )
    .get(clientId);
  invariant(client !== undefined, `client ${clientId} exists`);
  if (client.gs1_company_prefix === null) {
    return err(refuse('sscc-unavailable', { client: client.code, reason: 'no-company-prefix' }));
  }

  const built = buildSscc(client.sscc_extension_digit, client.gs1_company_prefix, client.next_sscc_serial);
  if (!built.ok) {
    return err(refuse('sscc-unavailable', { client: client.code, reason: built.error.code }));
  }

  prepared(db, 'UPDATE clients SET next_sscc_serial = next_sscc_serial + 1 WHERE id = ?').run(clientId);
  return ok({ sscc: built.value, companyPrefixLength: client.gs1_company_prefix.length });
}
