import type Database from 'better-sqlite3';
import { createLogger } from '../core/logger';
import { err, ok, type Result } from '../core/result';
import { importError, type ImportError } from '../imports/import-error';
import { findClientByCode } from '../store/clients';
import { prepared } from '../store/statement-cache';
import { inWriteTransaction, nowIso } from '../store/write-transaction';
import { parseRemovalReport, type RemovalOrderRow, type RemovalShipmentRow } from './removal-reports';

const log = createLogger('fba');

export interface RemovalImportRequest {
  readonly fileName: string;
  readonly content: Uint8Array;
  /** The client whose seller account the report comes from; Amazon's reports have no client column. */
  readonly clientCode: string;
  readonly now?: string;
}

export interface RemovalImportSummary {
  readonly kind: 'removal-orders' | 'removal-shipments';
  readonly orders: number;
  readonly lines: number;
}

interface OrderHeader {
  readonly orderId: string;
  readonly orderType: string;
  readonly orderStatus: string;
  readonly requestDate: string;
}

// Inserts the order or refreshes its header; a shipment report only fills what is still empty.
function upsertOrder(db: Database.Database, clientId: number, order: OrderHeader, overwrite: boolean, now: string): number {
  const statement = overwrite
    ? `INSERT INTO removal_orders (client_id, order_id, order_type, order_status, request_date, imported_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (client_id, order_id) DO UPDATE SET order_type = excluded.order_type, order_status = excluded.order_status,
         request_date = excluded.request_date, imported_at = excluded.imported_at`
    : `INSERT INTO removal_orders (client_id, order_id, order_type, order_status, request_date, imported_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (client_id, order_id) DO NOTHING`;
  prepared(db, statement).run(clientId, order.orderId, order.orderType, order.orderStatus, order.requestDate, now);
  const found = prepared<[number, string], { id: number }>(db, 'SELECT id FROM removal_orders WHERE client_id = ? AND order_id = ?').get(clientId, order.orderId);
  if (found === undefined) {
    throw new Error(`removal order ${order.orderId} was not stored`);
  }
  return found.id;
}

function applyOrderRows(db: Database.Database, clientId: number, rows: ReadonlyArray<RemovalOrderRow>, now: string): number {
  const orderIds = new Map<string, number>();
  for (const row of rows) {
    let id = orderIds.get(row.orderId);
    if (id === undefined) {
      id = upsertOrder(db, clientId, row, true, now);
      // The report is the order's current state, so its lines replace the stored ones.
      prepared(db, 'DELETE FROM removal_order_lines WHERE removal_order_id = ?').run(id);
      orderIds.set(row.orderId, id);
    }
    prepared(
      db,
      `INSERT INTO removal_order_lines (removal_order_id, sku, fnsku, disposition, requested_quantity, cancelled_quantity, disposed_quantity, shipped_quantity, in_process_quantity)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (removal_order_id, sku, fnsku, disposition) DO UPDATE SET
         requested_quantity = requested_quantity + excluded.requested_quantity, cancelled_quantity = cancelled_quantity + excluded.cancelled_quantity,
         disposed_quantity = disposed_quantity + excluded.disposed_quantity, shipped_quantity = shipped_quantity + excluded.shipped_quantity,
         in_process_quantity = in_process_quantity + excluded.in_process_quantity`,
    ).run(id, row.sku, row.fnsku, row.disposition, row.requestedQuantity, row.cancelledQuantity, row.disposedQuantity, row.shippedQuantity, row.inProcessQuantity);
  }
  return orderIds.size;
}

function applyShipmentRows(db: Database.Database, clientId: number, rows: ReadonlyArray<RemovalShipmentRow>, now: string): number {
  const orderIds = new Map<string, number>();
  for (const row of rows) {
    let id = orderIds.get(row.orderId);
    if (id === undefined) {
      id = upsertOrder(db, clientId, { ...row, orderStatus: '' }, false, now);
      orderIds.set(row.orderId, id);
    }
    prepared(
      db,
      `INSERT INTO removal_shipment_lines (removal_order_id, tracking_number, carrier, shipment_date, sku, fnsku, disposition, shipped_quantity)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (removal_order_id, tracking_number, sku, fnsku, disposition) DO UPDATE SET
         carrier = excluded.carrier, shipment_date = excluded.shipment_date, shipped_quantity = excluded.shipped_quantity`,
    ).run(id, row.trackingNumber, row.carrier, row.shipmentDate, row.sku, row.fnsku, row.disposition, row.shippedQuantity);
  }
  return orderIds.size;
}

/**
 * Imports a removal order detail or removal shipment detail report for one client in one
 * transaction. Order detail replaces each listed order's lines. Shipment detail adds or updates
 * the lines expected under each tracking number, creating the order when its detail report has
 * not been imported yet. A bad file or an unknown client imports nothing.
 */
export function importRemovalReport(db: Database.Database, request: RemovalImportRequest): Result<RemovalImportSummary, ImportError> {
  const file = request.fileName;
  const report = parseRemovalReport(file, request.content);
  if (!report.ok) {
    log.warn('removal report rejected', { file, code: report.error.code, row: report.error.row });
    return report;
  }
  const client = findClientByCode(db, request.clientCode);
  if (client === undefined) {
    return err(importError('import-client-not-found', 'clientNotFoundOption', { file }, { client: request.clientCode, option: '--client' }));
  }

  const now = request.now ?? nowIso();
  const orders = inWriteTransaction(db, () =>
    report.value.kind === 'removal-orders' ? applyOrderRows(db, client.id, report.value.rows, now) : applyShipmentRows(db, client.id, report.value.rows, now),
  );
  const summary = { kind: report.value.kind, orders, lines: report.value.rows.length };
  log.info('removal report imported', { file, client: request.clientCode, ...summary });
  return ok(summary);
}
