import type Database from 'better-sqlite3';
import { appendEvent } from '../../../../main/store/events';
import type { EventType } from '../../../../main/store/event-types';
import { ensureStation } from '../../../../main/store/station';
import { inWriteTransaction } from '../../../../main/store/write-transaction';
import { openTestStore } from '../../../support/test-store';

const at = '2026-03-02T09:00:00.000Z';

/** Ids of the fixture's rows. */
export interface EpcisFixture {
  readonly db: Database.Database;
  readonly stationId: string;
  /** A camera of client NORD, GTIN 09506011000011 under NORD's own prefix 9506011. */
  readonly ownUnitId: number;
  /** A lens of client NORD with a GTIN of another brand (prefix 4012345 is not NORD's). */
  readonly foreignUnitId: number;
  /** A strap of client NORD with no GTIN. */
  readonly privateUnitId: number;
  readonly cartonId: number;
  readonly shipmentId: number;
  /** A unit of client VELO, for the client filter. */
  readonly otherClientUnitId: number;
}

/**
 * Creates a store with two clients, four units and one closed carton (SSCC 195060110000000018 from
 * NORD's prefix), with no events yet. `record` appends one event of any type.
 */
export function createEpcisFixture(dir: string): EpcisFixture & { record(type: string, ids: { unitId?: number; cartonId?: number; shipmentId?: number }, payload?: Record<string, string>): void } {
  const db = openTestStore(dir);
  const station = ensureStation(db, 'epcis-bench');
  const insert = (sql: string, ...values: ReadonlyArray<string | number | null>): number => Number(db.prepare(sql).run(...values).lastInsertRowid);

  const ids = inWriteTransaction(db, () => {
    const nord = insert(`INSERT INTO clients (code, name, gs1_company_prefix, created_at) VALUES ('NORD', 'Nordlicht', '9506011', ?)`, at);
    const velo = insert(`INSERT INTO clients (code, name, gs1_company_prefix, created_at) VALUES ('VELO', 'Vélo', NULL, ?)`, at);
    const product = (client: number, sku: string, gtin: string | null): number =>
      insert('INSERT INTO products (client_id, sku, gtin, title, created_at) VALUES (?, ?, ?, ?, ?)', client, sku, gtin, sku, at);
    const camera = product(nord, 'CAM-1', '09506011000011');
    const lens = product(nord, 'LENS-1', '04012345000016');
    const strap = product(nord, 'STRAP-1', null);
    const bike = product(velo, 'BIKE-1', '09506014000018');
    const shipmentId = insert(`INSERT INTO shipments (client_id, reference, kind, source, created_at) VALUES (?, 'SO-1001', 'customer-order', 'test', ?)`, nord, at);
    const cartonId = insert(`INSERT INTO cartons (shipment_id, number, sscc, status, created_at) VALUES (?, 1, '195060110000000018', 'closed', ?)`, shipmentId, at);
    const unit = (productId: number, serial: string): number =>
      insert(`INSERT INTO units (product_id, serial, serial_folded, status, created_at, updated_at) VALUES (?, ?, ?, 'in-stock', ?, ?)`, productId, serial, serial.toUpperCase(), at, at);
    return {
      ownUnitId: unit(camera, 'SN/1&2'),
      foreignUnitId: unit(lens, 'L000042'),
      privateUnitId: unit(strap, 'ST-9'),
      otherClientUnitId: unit(bike, 'B77'),
      cartonId,
      shipmentId,
    };
  });

  return {
    db,
    stationId: station.id,
    ...ids,
    record: (type, eventIds, payload = {}) => {
      inWriteTransaction(db, () => {
        appendEvent(db, { type: type as EventType, stationId: station.id, operatorId: null, ...eventIds, payload });
      });
    },
  };
}
