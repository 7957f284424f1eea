import type Database from 'better-sqlite3';
import { prepared } from '../../store/statement-cache';
import type { Disposition } from './relabel-plan';

/** The data printed on the labels of a returned unit: the unit, its product and client, the return and the grading. */
export interface ReturnedUnitLabelData {
  readonly returnUnitId: number;
  readonly returnId: number;
  readonly unitId: number;
  readonly stage: string;
  readonly grade: 'A' | 'B' | 'C' | 'D' | null;
  readonly amazonCondition: string | null;
  readonly disposition: Disposition | null;
  readonly returnReference: string;
  readonly reason: string;
  readonly serial: string;
  readonly lot: string | null;
  readonly expiry: string | null;
  readonly sku: string;
  readonly title: string;
  readonly gtin: string | null;
  readonly fnsku: string | null;
  readonly clientCode: string;
  readonly clientName: string;
}

/** Reads the label data of return unit `returnUnitId`, or undefined when there is no such row. */
export function findReturnedUnitLabelData(db: Database.Database, returnUnitId: number): ReturnedUnitLabelData | undefined {
  return prepared<[number], ReturnedUnitLabelData>(
    db,
    `SELECT ru.id AS returnUnitId, ru.return_id AS returnId, ru.unit_id AS unitId, ru.stage, ru.grade,
            ru.amazon_condition AS amazonCondition, ru.disposition, r.reference AS returnReference, r.reason,
            u.serial, u.lot, u.expiry, p.sku, p.title, p.gtin, p.fnsku, c.code AS clientCode, c.name AS clientName
       FROM return_units ru
       JOIN returns r ON r.id = ru.return_id
       JOIN units u ON u.id = ru.unit_id
       JOIN products p ON p.id = u.product_id
       JOIN clients c ON c.id = p.client_id
      WHERE ru.id = ?`,
  ).get(returnUnitId);
}
