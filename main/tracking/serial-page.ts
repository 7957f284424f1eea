import type Database from 'better-sqlite3';
import type { UnitLookup } from '../api/contract';
import { eventColumns, toStoredEvent, type EventRecord, type StoredEvent } from '../store/events';
import { prepared } from '../store/statement-cache';
import { timelineEntry } from '../store/unit-lookup';
import { findUnitsBySerialText } from './unit-scan';
import type { UnitStatus } from './unit-states';

/** One line of a unit's timeline: who did what, where and when, and which shipment and carton. */
export type TimelineEntry = UnitLookup['timeline'][number] & {
  /** True for events of the unit's carton (closing it printed its label), not of the unit itself. */
  readonly viaCarton: boolean;
};

/** Everything the serial page shows about one unit. */
export interface SerialPage {
  readonly unitId: number;
  readonly serial: string;
  readonly clientCode: string;
  readonly sku: string;
  readonly title: string;
  readonly lot: string | null;
  readonly expiry: string | null;
  readonly status: UnitStatus;
  readonly holdReason: string | null;
  readonly grade: string | null;
  readonly locationCode: string | null;
  readonly cartonSscc: string | null;
  readonly cartonNumber: number | null;
  readonly shipmentReference: string | null;
  readonly recipient: string | null;
  readonly receiptReference: string | null;
  readonly timeline: ReadonlyArray<TimelineEntry>;
}

interface PageRecord {
  clientCode: string;
  sku: string;
  title: string;
  locationCode: string | null;
  cartonSscc: string | null;
  cartonNumber: number | null;
  shipmentReference: string | null;
  recipient: string | null;
  receiptReference: string | null;
}

/**
 * Builds the serial page of every unit whose serial equals `serialText` after folding case (one
 * per product that has it). The timeline lists the unit's events and the label events of every
 * carton it was packed in (closing, reopening, printing), oldest first.
 */
export function buildSerialPages(db: Database.Database, serialText: string): ReadonlyArray<SerialPage> {
  return findUnitsBySerialText(db, serialText).map((unit) => {
    const record = prepared<[number], PageRecord>(
      db,
      `SELECT c.code AS clientCode, p.sku, p.title, l.code AS locationCode, ct.sscc AS cartonSscc, ct.number AS cartonNumber,
              s.reference AS shipmentReference, json_extract(s.ship_to_json, '$.name') AS recipient, r.reference AS receiptReference
         FROM units u
         JOIN products p ON p.id = u.product_id
         JOIN clients c ON c.id = p.client_id
         LEFT JOIN locations l ON l.id = u.location_id
         LEFT JOIN cartons ct ON ct.id = u.carton_id
         LEFT JOIN shipments s ON s.id = u.shipment_id
         LEFT JOIN receipts r ON r.id = u.receipt_id
        WHERE u.id = ?`,
    ).get(unit.id);
    if (record === undefined) {
      throw new Error(`unit ${unit.id} has no product or client row`);
    }
    return {
      unitId: unit.id,
      serial: unit.serial,
      lot: unit.lot,
      expiry: unit.expiry,
      status: unit.status,
      holdReason: unit.holdReason,
      grade: unit.grade,
      ...record,
      timeline: listUnitTimeline(db, unit.id).map((event) => timelineEntryOf(db, event, unit.id)),
    };
  });
}

/** Lists the unit's events and the unit-less events of the cartons it was packed in, in chain order. */
export function listUnitTimeline(db: Database.Database, unitId: number): ReadonlyArray<StoredEvent> {
  return prepared<[number, number], EventRecord>(
    db,
    `SELECT ${eventColumns} FROM events WHERE unit_id = ?
     UNION
     SELECT ${eventColumns} FROM events
      WHERE unit_id IS NULL AND carton_id IN (SELECT carton_id FROM events WHERE unit_id = ? AND type = 'unit-packed')
        AND type <> 'carton-opened'
     ORDER BY seq`,
  )
    .all(unitId, unitId)
    .map(toStoredEvent);
}

function timelineEntryOf(db: Database.Database, event: StoredEvent, unitId: number): TimelineEntry {
  return { ...timelineEntry(db, event), viaCarton: event.unitId !== unitId };
}
