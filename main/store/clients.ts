import type Database from 'better-sqlite3';
import type { Address } from '../api/contract';
import { prepared } from './statement-cache';

/** A client of the warehouse as stored. */
export interface ClientRow {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly gs1CompanyPrefix: string | null;
  readonly ssccExtensionDigit: number;
}

/** Fields of a new client. Its SSCC serial counter starts at 1. */
export interface NewClient {
  readonly code: string;
  readonly name: string;
  readonly gs1CompanyPrefix?: string | null;
  readonly ssccExtensionDigit?: number;
  readonly shipFrom?: Address | null;
}

interface ClientRecord {
  id: number;
  code: string;
  name: string;
  gs1_company_prefix: string | null;
  sscc_extension_digit: number;
}

function toClientRow(record: ClientRecord): ClientRow {
  return {
    id: record.id,
    code: record.code,
    name: record.name,
    gs1CompanyPrefix: record.gs1_company_prefix,
    ssccExtensionDigit: record.sscc_extension_digit,
  };
}

/** Finds a client by its code, ignoring ASCII case, so `--client demo` finds `DEMO`. */
/** Lists every client by code, for choosing the client of a file that does not name one. */
export function listClients(db: Database.Database): ReadonlyArray<{ readonly code: string; readonly name: string }> {
  return prepared<[], { code: string; name: string }>(db, 'SELECT code, name FROM clients ORDER BY code').all();
}

export function findClientByCode(db: Database.Database, code: string): ClientRow | undefined {
  const record = prepared<[string], ClientRecord>(
    db,
    `SELECT id, code, name, gs1_company_prefix, sscc_extension_digit
       FROM clients WHERE code = ? COLLATE NOCASE`,
  )
    .get(code);
  return record === undefined ? undefined : toClientRow(record);
}

/** Inserts a client; the caller has checked that the code is free. `now` is an ISO timestamp. */
export function insertClient(db: Database.Database, client: NewClient, now: string): ClientRow {
  const info = prepared(
    db,
    `INSERT INTO clients (code, name, gs1_company_prefix, sscc_extension_digit, ship_from_json, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  )
    .run(
    client.code,
    client.name,
    client.gs1CompanyPrefix ?? null,
    client.ssccExtensionDigit ?? 0,
    JSON.stringify(client.shipFrom ?? {}),
    now,
  );
  return {
    id: Number(info.lastInsertRowid),
    code: client.code,
    name: client.name,
    gs1CompanyPrefix: client.gs1CompanyPrefix ?? null,
    ssccExtensionDigit: client.ssccExtensionDigit ?? 0,
  };
}

/**
 * Returns the client with this code, inserting it first when it does not exist. An existing
 * client is left unchanged, because its SSCC counter and settings may already be in use.
 */
export function ensureClient(
  db: Database.Database,
  client: NewClient,
  now: string,
): { readonly client: ClientRow; readonly created: boolean } {
  const existing = findClientByCode(db, client.code);
  if (existing !== undefined) {
    return { client: existing, created: false };
  }
  return { client: insertClient(db, client, now), created: true };
}
