import type Database from 'better-sqlite3';
import type { ScanVerdict } from '../api/contract';
import { prepared } from './statement-cache';

export type GestureSource = 'keyboard' | 'hid' | 'manual' | 'replay';

/** A recorded scan gesture and the verdict it got. */
export interface ScanGestureRow {
  readonly gestureId: string;
  readonly shipmentId: number;
  readonly verdict: ScanVerdict;
  readonly eventId: string | null;
  readonly pendingProductId: number | null;
}

export interface NewScanGesture {
  readonly gestureId: string;
  readonly stationId: string;
  readonly operatorId: number | null;
  readonly shipmentId: number;
  readonly source: GestureSource;
  readonly raw: string;
  readonly verdict: ScanVerdict;
  /** The event the gesture wrote, when it changed anything. */
  readonly eventId: string | null;
  /** The product waiting for its serial after this gesture, or null. */
  readonly pendingProductId: number | null;
}

interface GestureRecord {
  gesture_id: string;
  shipment_id: number;
  verdict_json: string;
  event_id: string | null;
  pending_product_id: number | null;
}

function toGestureRow(record: GestureRecord): ScanGestureRow {
  return {
    gestureId: record.gesture_id,
    shipmentId: record.shipment_id,
    verdict: JSON.parse(record.verdict_json) as ScanVerdict,
    eventId: record.event_id,
    pendingProductId: record.pending_product_id,
  };
}

export function findScanGesture(db: Database.Database, gestureId: string): ScanGestureRow | undefined {
  const record = prepared<[string], GestureRecord>(
    db,
    'SELECT gesture_id, shipment_id, verdict_json, event_id, pending_product_id FROM scan_gestures WHERE gesture_id = ?',
  )
    .get(gestureId);
  return record === undefined ? undefined : toGestureRow(record);
}

/** Records a gesture; UNIQUE (gesture_id) raises when the gesture was recorded before. */
export function insertScanGesture(db: Database.Database, gesture: NewScanGesture, now: string): void {
  prepared(
    db,
    `INSERT INTO scan_gestures
       (gesture_id, station_id, operator_id, shipment_id, source, raw, outcome, verdict_json, event_id, pending_product_id, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    gesture.gestureId,
    gesture.stationId,
    gesture.operatorId,
    gesture.shipmentId,
    gesture.source,
    gesture.raw,
    gesture.verdict.outcome,
    JSON.stringify({ ...gesture.verdict, replayed: false }),
    gesture.eventId,
    gesture.pendingProductId,
    now,
  );
}

/**
 * Finds the product this station expects a serial for in this shipment: the pending product
 * stored with the station's latest gesture on the shipment, or null.
 */
export function findPendingProductId(db: Database.Database, stationId: string, shipmentId: number): number | null {
  const record = prepared<[string, number], { pending_product_id: number | null }>(
    db,
    `SELECT pending_product_id FROM scan_gestures
      WHERE station_id = ? AND shipment_id = ? ORDER BY seq DESC LIMIT 1`,
  )
    .get(stationId, shipmentId);
  return record?.pending_product_id ?? null;
}
