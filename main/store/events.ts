import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { invariant } from '../core/assert';
import { canonicalJson, type JsonValue } from './canonical-json';
import type { EventType } from './event-types';
import { prepared } from './statement-cache';
import { nowIso } from './write-transaction';

/** The `prev_hash` of the first event: 64 zeros, so the first link has the same shape as the rest. */
export const genesisHash = '0'.repeat(64);

/** The fields a caller supplies to record one change, with the unit, carton and shipment it touched. */
export interface NewEvent {
  readonly type: EventType;
  readonly stationId: string;
  readonly operatorId: number | null;
  readonly unitId?: number | null;
  readonly cartonId?: number | null;
  readonly shipmentId?: number | null;
  /** The scan gesture or request that caused the change. UNIQUE, so a gesture records at most once. */
  readonly idempotencyKey?: string | null;
  readonly payload: { readonly [key: string]: JsonValue };
}

/** An event row as stored. `payload` is the canonical JSON text that the hash covers. */
export interface StoredEvent {
  readonly seq: number;
  readonly id: string;
  readonly occurredAt: string;
  readonly stationId: string;
  readonly operatorId: number | null;
  readonly type: string;
  readonly unitId: number | null;
  readonly cartonId: number | null;
  readonly shipmentId: number | null;
  readonly idempotencyKey: string | null;
  readonly payload: string;
  readonly prevHash: string;
  readonly hash: string;
}

interface EventRecord {
  seq: number;
  id: string;
  occurred_at: string;
  station_id: string;
  operator_id: number | null;
  type: string;
  unit_id: number | null;
  carton_id: number | null;
  shipment_id: number | null;
  idempotency_key: string | null;
  payload: string;
  prev_hash: string;
  hash: string;
}

const eventColumns =
  'seq, id, occurred_at, station_id, operator_id, type, unit_id, carton_id, shipment_id, idempotency_key, payload, prev_hash, hash';

function toStoredEvent(record: EventRecord): StoredEvent {
  return {
    seq: record.seq,
    id: record.id,
    occurredAt: record.occurred_at,
    stationId: record.station_id,
    operatorId: record.operator_id,
    type: record.type,
    unitId: record.unit_id,
    cartonId: record.carton_id,
    shipmentId: record.shipment_id,
    idempotencyKey: record.idempotency_key,
    payload: record.payload,
    prevHash: record.prev_hash,
    hash: record.hash,
  };
}

/**
 * Computes an event's hash: SHA-256 (lower-case hex) of a JSON array holding every stored field
 * except the hash itself, in a fixed order, with `prev_hash` last. Including `seq` means a
 * renumbered row no longer verifies.
 */
export function computeEventHash(event: Omit<StoredEvent, 'hash'>): string {
  const fields: ReadonlyArray<JsonValue> = [
    event.seq,
    event.id,
    event.occurredAt,
    event.stationId,
    event.operatorId,
    event.type,
    event.unitId,
    event.cartonId,
    event.shipmentId,
    event.idempotencyKey,
    event.payload,
    event.prevHash,
  ];
  return createHash('sha256').update(canonicalJson(fields), 'utf8').digest('hex');
}

/**
 * Appends one event after the current last one and returns it. Must run inside the write
 * transaction of the row changes it records, so the event and the change commit or roll back
 * together. A key already used in `idempotency_key` raises SQLITE_CONSTRAINT_UNIQUE.
 */
export function appendEvent(db: Database.Database, event: NewEvent): StoredEvent {
  invariant(db.inTransaction, 'appendEvent runs inside the transaction of the change it records');

  const last = prepared<[], { seq: number; hash: string }>(db, 'SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1').get();
  const stored = chainEvent(event, last, { id: uuidv7(), occurredAt: nowIso() });

  insertStoredEvent(db, stored);
  return stored;
}

/**
 * Builds the stored row of `event` as the successor of `previous` (the chain head, or undefined
 * for the first event): the next sequence number, the canonical payload, the link and the hash.
 */
export function chainEvent(
  event: NewEvent,
  previous: { readonly seq: number; readonly hash: string } | undefined,
  identity: { readonly id: string; readonly occurredAt: string },
): StoredEvent {
  const unhashed: Omit<StoredEvent, 'hash'> = {
    seq: (previous?.seq ?? 0) + 1,
    id: identity.id,
    occurredAt: identity.occurredAt,
    stationId: event.stationId,
    operatorId: event.operatorId,
    type: event.type,
    unitId: event.unitId ?? null,
    cartonId: event.cartonId ?? null,
    shipmentId: event.shipmentId ?? null,
    idempotencyKey: event.idempotencyKey ?? null,
    payload: canonicalJson(event.payload),
    prevHash: previous?.hash ?? genesisHash,
  };
  return { ...unhashed, hash: computeEventHash(unhashed) };
}

/** Inserts an event row built by `chainEvent`; the caller owns the transaction and the chain head. */
export function insertStoredEvent(db: Database.Database, stored: StoredEvent): void {
  prepared(db, `INSERT INTO events (${eventColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    stored.seq,
    stored.id,
    stored.occurredAt,
    stored.stationId,
    stored.operatorId,
    stored.type,
    stored.unitId,
    stored.cartonId,
    stored.shipmentId,
    stored.idempotencyKey,
    stored.payload,
    stored.prevHash,
    stored.hash,
  );
}

/** Lists every event that names the unit, oldest first. */
export function listUnitEvents(db: Database.Database, unitId: number): ReadonlyArray<StoredEvent> {
  return prepared<[number], EventRecord>(db, `SELECT ${eventColumns} FROM events WHERE unit_id = ? ORDER BY seq`)
    .all(unitId)
    .map(toStoredEvent);
}

/** Finds the event recorded for an idempotency key. */
export function findEventByIdempotencyKey(db: Database.Database, key: string): StoredEvent | undefined {
  const record = prepared<[string], EventRecord>(db, `SELECT ${eventColumns} FROM events WHERE idempotency_key = ?`).get(key);
  return record === undefined ? undefined : toStoredEvent(record);
}

/** Reads every event in chain order. Meant for tests and exports, not for hot paths. */
export function listAllEvents(db: Database.Database): ReadonlyArray<StoredEvent> {
  return prepared<[], EventRecord>(db, `SELECT ${eventColumns} FROM events ORDER BY seq`).all().map(toStoredEvent);
}

export { eventColumns, toStoredEvent, type EventRecord };
