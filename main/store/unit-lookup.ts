import type Database from 'better-sqlite3';
import type { OperatorMessage, UnitLookup } from '../api/contract';
import { foldSerialForComparison, normalizeSerial } from '../scan/serial';
import { isEventType } from './event-types';
import { listUnitEvents, type StoredEvent } from './events';
import { prepared } from './statement-cache';

interface UnitDetailRecord {
  id: number;
  serial: string;
  client_code: string;
  sku: string;
  title: string;
  gtin: string | null;
  lot: string | null;
  expiry: string | null;
  status: string;
  shipment_reference: string | null;
  carton_sscc: string | null;
  carton_number: number | null;
}

/**
 * Finds every unit whose serial equals `serialText` after normalising, or after folding case, of
 * any product and client, with its current state and its timeline from the event history.
 */
export function lookupUnitsBySerial(db: Database.Database, serialText: string): ReadonlyArray<UnitLookup> {
  const serial = normalizeSerial(serialText);
  if (serial === '') {
    return [];
  }

  const records = prepared<[string, string], UnitDetailRecord>(
    db,
    `SELECT u.id, u.serial, c.code AS client_code, p.sku, p.title, p.gtin, u.lot, u.expiry, u.status,
            s.reference AS shipment_reference, ct.sscc AS carton_sscc, ct.number AS carton_number
       FROM units u
       JOIN products p ON p.id = u.product_id
       JOIN clients c ON c.id = p.client_id
       LEFT JOIN shipments s ON s.id = u.shipment_id
       LEFT JOIN cartons ct ON ct.id = u.carton_id
      WHERE u.serial = ? OR u.serial_folded = ?
      ORDER BY u.id`,
  )
    .all(serial, foldSerialForComparison(serial));

  return records.map((record) => ({
    unitId: record.id,
    serial: record.serial,
    clientCode: record.client_code,
    sku: record.sku,
    title: record.title,
    gtin: record.gtin,
    lot: record.lot,
    expiry: record.expiry,
    status: record.status,
    shipmentReference: record.shipment_reference,
    cartonSscc: record.carton_sscc,
    cartonNumber: record.carton_number,
    timeline: listUnitEvents(db, record.id).map((event) => timelineEntry(db, event)),
  }));
}

/** Builds the timeline line of one event, with operator, shipment and carton names looked up. */
export function timelineEntry(db: Database.Database, event: StoredEvent): UnitLookup['timeline'][number] {
  const operatorName =
    event.operatorId === null ? null : (prepared<[number], { name: string }>(db, 'SELECT name FROM operators WHERE id = ?').get(event.operatorId)?.name ?? null);
  const shipmentReference =
    event.shipmentId === null ? null : (prepared<[number], { reference: string }>(db, 'SELECT reference FROM shipments WHERE id = ?').get(event.shipmentId)?.reference ?? null);
  const cartonSscc =
    event.cartonId === null ? null : (prepared<[number], { sscc: string }>(db, 'SELECT sscc FROM cartons WHERE id = ?').get(event.cartonId)?.sscc ?? null);

  return {
    eventId: event.id,
    occurredAt: event.occurredAt,
    type: event.type,
    stationId: event.stationId,
    operatorName,
    shipmentReference,
    cartonSscc,
    message: timelineMessage(event, { operatorName, shipmentReference, cartonSscc }),
  };
}

/** Builds the translatable line for one event: `pack:timeline.<type>` with the payload's plain values. */
function timelineMessage(
  event: StoredEvent,
  names: { readonly operatorName: string | null; readonly shipmentReference: string | null; readonly cartonSscc: string | null },
): OperatorMessage {
  const payload = JSON.parse(event.payload) as Record<string, unknown>;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === 'string' || typeof value === 'number') {
      params[key] = value;
    }
  }
  params.operator = names.operatorName ?? '';
  params.reference = names.shipmentReference ?? (typeof payload.reference === 'string' ? payload.reference : '');
  params.sscc = names.cartonSscc ?? '';

  const key = isEventType(event.type) ? `pack:timeline.${event.type}` : 'pack:timeline.unknown';
  return { key, params };
}
