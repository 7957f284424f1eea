import type Database from 'better-sqlite3';
import { prepared } from '../store/statement-cache';
import { resolveChecklist, type ResolvedChecklist } from './checklist';
import { readReturnConfig } from './return-configs';
import type { ReturnConfig } from './return-config-schema';

/** The facts grading depends on: the unit's product and client, and the client's checklist and rules. */
export interface GradingContext {
  readonly returnUnitId: number;
  readonly unitId: number;
  readonly serial: string;
  readonly clientId: number;
  readonly clientCode: string;
  readonly sku: string;
  readonly title: string;
  readonly fnsku: string | null;
  readonly category: string | null;
  readonly config: ReturnConfig;
  readonly checklist: ResolvedChecklist;
}

/** Reads the grading context of a return unit, or undefined for an unknown id. */
export function readGradingContext(db: Database.Database, returnUnitId: number): GradingContext | undefined {
  const row = prepared<[number], Omit<GradingContext, 'config' | 'checklist'>>(
    db,
    `SELECT ru.id AS returnUnitId, u.id AS unitId, u.serial, p.client_id AS clientId, c.code AS clientCode, p.sku, p.title, p.fnsku, p.category
       FROM return_units ru JOIN units u ON u.id = ru.unit_id JOIN products p ON p.id = u.product_id JOIN clients c ON c.id = p.client_id
      WHERE ru.id = ?`,
  ).get(returnUnitId);
  if (row === undefined) {
    return undefined;
  }
  const config = readReturnConfig(db, row.clientId).config;
  return { ...row, config, checklist: resolveChecklist(config, row.category) };
}
