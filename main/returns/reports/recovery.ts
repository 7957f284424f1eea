import type Database from 'better-sqlite3';
import { prepared } from '../../store/statement-cache';
import type { Disposition } from '../return-terms';
import type { ReturnsFilterSql } from './report-filter';

export const grades = ['A', 'B', 'C', 'D'] as const;
export const dispositions: ReadonlyArray<Disposition> = ['restock-new', 'restock-used', 'refurbish', 'return-to-vendor', 'liquidate', 'dispose'];

export interface RecoveryByGradeRow {
  readonly grade: (typeof grades)[number];
  readonly units: number;
  /** Share of all graded units, 0 to 1; 0 when no unit was graded. */
  readonly share: number;
}

export interface RecoveryByDispositionRow {
  readonly disposition: Disposition;
  readonly units: number;
  /** Share of all dispositioned units, 0 to 1; 0 when no unit was dispositioned. */
  readonly share: number;
}

/** Counts the graded units of the filtered returns per grade, every grade listed even at 0. */
export function recoveryByGrade(db: Database.Database, filter: ReturnsFilterSql): ReadonlyArray<RecoveryByGradeRow> {
  const counts = countBy(db, filter, 'grade');
  return withShares(grades, counts).map(([grade, units, share]) => ({ grade, units, share }));
}

/** Counts the dispositioned units of the filtered returns per disposition, every disposition listed even at 0. */
export function recoveryByDisposition(db: Database.Database, filter: ReturnsFilterSql): ReadonlyArray<RecoveryByDispositionRow> {
  const counts = countBy(db, filter, 'disposition');
  return withShares(dispositions, counts).map(([disposition, units, share]) => ({ disposition, units, share }));
}

function countBy(db: Database.Database, filter: ReturnsFilterSql, column: 'grade' | 'disposition'): ReadonlyMap<string, number> {
  const rows = prepared<unknown[], { key: string; units: number }>(
    db,
    `SELECT ru.${column} AS key, count(*) AS units
       FROM returns r JOIN return_units ru ON ru.return_id = r.id
      WHERE ${filter.where} AND ru.${column} IS NOT NULL
      GROUP BY ru.${column}`,
  ).all(...filter.params);
  return new Map(rows.map((row) => [row.key, row.units]));
}

function withShares<Key extends string>(keys: ReadonlyArray<Key>, counts: ReadonlyMap<string, number>): ReadonlyArray<readonly [Key, number, number]> {
  const total = keys.reduce((sum, key) => sum + (counts.get(key) ?? 0), 0);
  return keys.map((key) => {
    const units = counts.get(key) ?? 0;
    return [key, units, total === 0 ? 0 : units / total] as const;
  });
}
