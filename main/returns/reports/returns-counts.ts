import type Database from 'better-sqlite3';
import { prepared } from '../../store/statement-cache';
import type { ReturnsFilterSql } from './report-filter';

export interface ReturnsByClientRow {
  readonly clientCode: string;
  readonly clientName: string;
  readonly returns: number;
  readonly unitsExpected: number;
  readonly unitsReceived: number;
}

export interface ReturnsByProductRow {
  readonly clientCode: string;
  readonly sku: string;
  readonly title: string;
  readonly returns: number;
  readonly unitsExpected: number;
  readonly unitsReceived: number;
}

export interface ReturnsByLotRow {
  readonly clientCode: string;
  readonly sku: string;
  readonly lot: string | null;
  readonly unitsReceived: number;
}

export interface ReturnsByReasonRow {
  readonly reason: string;
  readonly returns: number;
  readonly unitsReceived: number;
}

// Units expected come from the return's lines, units received from the units taken in on it
// (every return_units row, whatever became of the unit). Each is summed per return first, so a
// return with several lines and units is not counted once per combination.
const perReturnTotals = (filter: ReturnsFilterSql) => `
  selected AS (SELECT r.id, r.client_id, r.reason FROM returns r WHERE ${filter.where}),
  expected AS (SELECT return_id, sum(quantity_expected) AS units FROM return_lines GROUP BY return_id),
  received AS (SELECT return_id, count(*) AS units FROM return_units GROUP BY return_id)`;

/** Counts returns and units per client of the return; a return without a client has code ''. */
export function returnsByClient(db: Database.Database, filter: ReturnsFilterSql): ReadonlyArray<ReturnsByClientRow> {
  return prepared<unknown[], ReturnsByClientRow>(
    db,
    `WITH ${perReturnTotals(filter)}
     SELECT coalesce(c.code, '') AS clientCode, coalesce(c.name, '') AS clientName, count(*) AS returns,
            coalesce(sum(e.units), 0) AS unitsExpected, coalesce(sum(x.units), 0) AS unitsReceived
       FROM selected s
       LEFT JOIN clients c ON c.id = s.client_id
       LEFT JOIN expected e ON e.return_id = s.id
       LEFT JOIN received x ON x.return_id = s.id
      GROUP BY s.client_id
      ORDER BY returns DESC, clientCode`,
  ).all(...filter.params);
}

/** Counts returns and units per reason, as the return recorded it ('' when none was given). */
export function returnsByReason(db: Database.Database, filter: ReturnsFilterSql): ReadonlyArray<ReturnsByReasonRow> {
  return prepared<unknown[], ReturnsByReasonRow>(
    db,
    `WITH ${perReturnTotals(filter)}
     SELECT s.reason, count(*) AS returns, coalesce(sum(x.units), 0) AS unitsReceived
       FROM selected s
       LEFT JOIN received x ON x.return_id = s.id
      GROUP BY s.reason
      ORDER BY returns DESC, s.reason`,
  ).all(...filter.params);
}

/**
 * Counts returns and units per product. A product counts from the lines that expect it and from
 * the units of it taken in, so a swapped unit shows under the product that arrived. A line whose
 * SKU the catalog does not know is listed under that SKU with an empty title.
 */
export function returnsByProduct(db: Database.Database, filter: ReturnsFilterSql): ReadonlyArray<ReturnsByProductRow> {
  return prepared<unknown[], ReturnsByProductRow>(
    db,
    `WITH selected AS (SELECT r.id, r.client_id FROM returns r WHERE ${filter.where}),
          mentions AS (
            SELECT s.id AS return_id, s.client_id, l.product_id, l.sku, l.quantity_expected AS expected, 0 AS received
              FROM selected s JOIN return_lines l ON l.return_id = s.id
            UNION ALL
            SELECT s.id, s.client_id, u.product_id, '', 0, 1
              FROM selected s JOIN return_units ru ON ru.return_id = s.id JOIN units u ON u.id = ru.unit_id)
     SELECT coalesce(pc.code, rc.code, '') AS clientCode, coalesce(p.sku, m.sku) AS sku, coalesce(p.title, '') AS title,
            count(DISTINCT m.return_id) AS returns, sum(m.expected) AS unitsExpected, sum(m.received) AS unitsReceived
       FROM mentions m
       LEFT JOIN products p ON p.id = m.product_id
       LEFT JOIN clients pc ON pc.id = p.client_id
       LEFT JOIN clients rc ON rc.id = m.client_id
      GROUP BY coalesce(CAST(m.product_id AS TEXT), 'sku:' || coalesce(rc.code, '') || ':' || m.sku)
      ORDER BY unitsReceived DESC, returns DESC, clientCode, sku`,
  ).all(...filter.params);
}

/** Counts the units taken in per product and lot; units without a lot form one row with lot null. */
export function returnsByLot(db: Database.Database, filter: ReturnsFilterSql): ReadonlyArray<ReturnsByLotRow> {
  return prepared<unknown[], ReturnsByLotRow>(
    db,
    `SELECT c.code AS clientCode, p.sku, u.lot, count(*) AS unitsReceived
       FROM returns r
       JOIN return_units ru ON ru.return_id = r.id
       JOIN units u ON u.id = ru.unit_id
       JOIN products p ON p.id = u.product_id
       JOIN clients c ON c.id = p.client_id
      WHERE ${filter.where}
      GROUP BY p.id, u.lot
      ORDER BY unitsReceived DESC, c.code, p.sku, u.lot`,
  ).all(...filter.params);
}
