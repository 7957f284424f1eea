import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { invariant } from '../core/assert';
import { err, ok, type Result } from '../core/result';
import type { Actor } from '../packing/actor';
import type { JsonValue } from '../store/canonical-json';
import { appendEvent } from '../store/events';
import { prepared } from '../store/statement-cache';
import { nowIso } from '../store/write-transaction';
import { configProblemCodes, returnConfigSchema, type ConfigProblemCode, type ReturnConfig } from './return-config-schema';

/** One reason a returns configuration was rejected, at a JSON path such as `dispositionRules.2.answers`. */
export interface ConfigProblem {
  readonly path: string;
  /** A cross-field problem code, or 'invalid-value' for a value of the wrong type, size or form. */
  readonly problem: ConfigProblemCode | 'invalid-value';
  /** The schema's own English description, for the command line and the log. */
  readonly detail: string;
}

export interface ConfigInvalid {
  readonly code: 'config-invalid';
  readonly problems: ReadonlyArray<ConfigProblem>;
}

export interface StoredReturnConfig {
  readonly config: ReturnConfig;
  /** True when the client has no stored configuration and `config` contains the defaults. */
  readonly isDefault: boolean;
  readonly updatedAt: string | null;
}

/**
 * Validates a returns configuration and reports each problem with its path. Type and form
 * problems come first; the cross-field problems are checked once the types are right.
 */
export function parseReturnConfig(input: unknown): Result<ReturnConfig, ConfigInvalid> {
  const parsed = returnConfigSchema.safeParse(input);
  if (parsed.success) {
    return ok(parsed.data);
  }
  return err({ code: 'config-invalid', problems: parsed.error.issues.map(toProblem) });
}

function toProblem(issue: z.core.$ZodIssue): ConfigProblem {
  const path = issue.path.map(String).join('.');
  const known = (configProblemCodes as ReadonlyArray<string>).includes(issue.message);
  return { path: path === '' ? '(root)' : path, problem: known ? (issue.message as ConfigProblemCode) : 'invalid-value', detail: issue.message };
}

/** Reads a client's returns configuration, or the defaults when none is stored. */
export function readReturnConfig(db: Database.Database, clientId: number): StoredReturnConfig {
  const row = prepared<[number], { configJson: string; updatedAt: string }>(
    db,
    'SELECT config_json AS configJson, updated_at AS updatedAt FROM return_configs WHERE client_id = ?',
  ).get(clientId);
  if (row === undefined) {
    return { config: returnConfigSchema.parse({}), isDefault: true, updatedAt: null };
  }

  // The stored text passed this schema when it was saved; a failure here means the row was edited by hand.
  return { config: returnConfigSchema.parse(JSON.parse(row.configJson)), isDefault: false, updatedAt: row.updatedAt };
}

/**
 * Replaces a client's returns configuration, in the caller's write transaction, and records a
 * 'return-config-changed' event carrying the whole new configuration.
 */
export function saveReturnConfig(db: Database.Database, actor: Actor, client: { readonly id: number; readonly code: string }, config: ReturnConfig): StoredReturnConfig {
  invariant(db.inTransaction, 'saveReturnConfig runs inside a write transaction');
  const now = nowIso();
  const json = JSON.stringify(config);

  prepared(
    db,
    `INSERT INTO return_configs (client_id, config_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (client_id) DO UPDATE SET config_json = excluded.config_json, updated_at = excluded.updated_at`,
  ).run(client.id, json, now);
  appendEvent(db, {
    type: 'return-config-changed',
    stationId: actor.stationId,
    operatorId: actor.operatorId,
    payload: { clientId: client.id, clientCode: client.code, config: JSON.parse(json) as JsonValue },
  });
  return { config, isDefault: false, updatedAt: now };
}
