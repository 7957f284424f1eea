import type Database from 'better-sqlite3';
import { expect } from 'vitest';
import { closeOpenCarton } from '../../../main/packing/carton-actions';
import { finishShipment } from '../../../main/packing/shipment-completion';
import { recordScan } from '../../../main/packing/scan-pipeline';
import type { Actor } from '../../../main/packing/actor';
import { insertClient } from '../../../main/store/clients';
import { findOrCreateOperator } from '../../../main/store/operators';
import { insertProduct } from '../../../main/store/products';
import { insertShipment } from '../../../main/store/shipment-imports';
import { inWriteTransaction } from '../../../main/store/write-transaction';
import { findUnitByScan } from '../../../main/tracking/unit-scan';
import { productFields } from '../../support/packing-fixture';
import { createTrackingFixture, type TrackingFixture } from '../../support/tracking-fixture';

const now = '2026-01-05T08:00:00.000Z';

/**
 * The tracking fixture (client ACME with CAM-1 and LENS-2, shelves A-01 and B-02, operator Anna)
 * plus a second client BETA with product BETA-CAM and a supervisor. `ship` packs and ships serials
 * through the real packing rules, so every unit has its 'unit-packed' and 'unit-shipped' events.
 */
export interface ReturnsFixture extends TrackingFixture {
  readonly betaClientId: number;
  /** SKU "BETA-CAM", GTIN 09506000111117, FNSKU X00BETA001, category "camera". */
  readonly betaCameraId: number;
  readonly supervisor: Actor;
  /** Packs the serials of ACME's CAM-1 (or the given GTIN's product) on a new order and ships it; returns the unit ids. */
  ship(reference: string, serials: ReadonlyArray<string>, options?: { readonly clientId?: number; readonly productId?: number; readonly gtin?: string }): ReadonlyArray<number>;
  unitId(serial: string): number;
}

let gesture = 0;

export function createReturnsFixture(dir: string): ReturnsFixture {
  const fixture = createTrackingFixture(dir);
  const { db, actor } = fixture;
  const beta = insertClient(db, { code: 'BETA', name: 'Beta Goods', gs1CompanyPrefix: '0950600', ssccExtensionDigit: 2 }, now);
  const betaCameraId = insertProduct(db, beta.id, productFields('BETA-CAM', { gtin: '09506000111117', fnsku: 'X00BETA001' }), now);
  db.prepare("UPDATE products SET category = 'camera' WHERE id = ?").run(betaCameraId);
  const boss = findOrCreateOperator(db, 'Bea');
  const supervisor: Actor = { stationId: actor.stationId, operatorId: boss.id };

  const ship: ReturnsFixture['ship'] = (reference, serials, options = {}) => {
    const clientId = options.clientId ?? fixture.clientId;
    const productId = options.productId ?? fixture.cameraId;
    const gtin = options.gtin ?? '09506000123455';
    const shipmentId = insertShipment(
      db,
      {
        clientId,
        reference,
        source: 'test',
        kind: 'customer-order',
        shipTo: { name: 'Jan Kowalski', company: '', lines: ['ul. Długa 5'], postcode: '00-001', city: 'Warszawa', region: '', country: 'PL', phone: '' },
        lines: [{ productId, quantity: serials.length }],
      },
      now,
    );
    for (const serial of serials) {
      gesture += 1;
      const scanned = recordScan(db, actor, { shipmentId, raw: `(01)${gtin}(21)${serial}`, gestureId: `returns-fixture-${process.pid}-${gesture}`, source: 'keyboard' });
      expect(scanned.ok && scanned.value.outcome).toBe('accepted');
    }
    expect(inWriteTransaction(db, () => closeOpenCarton(db, actor, shipmentId, 900)).ok).toBe(true);
    expect(inWriteTransaction(db, () => finishShipment(db, actor, shipmentId)).ok).toBe(true);
    return serials.map((serial) => unitId(serial));
  };

  const unitId = (serial: string): number => {
    const found = findUnitByScan(db, serial);
    if (!found.ok) {
      throw new Error(`unit ${serial} not found: ${found.error.code}`);
    }
    return found.value.id;
  };

  return { ...fixture, betaClientId: beta.id, betaCameraId, supervisor, ship, unitId };
}

const snapshotTables = ['units', 'events', 'returns', 'return_lines', 'return_units', 'return_configs', 'scan_gestures'] as const;

/** Dumps every row of the tables a return could touch, to show that a rejection wrote nothing. */
export function snapshotStore(db: Database.Database): string {
  return JSON.stringify(snapshotTables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
}

export function requireOk<T>(result: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown }): T {
  if (!result.ok) {
    throw new Error(JSON.stringify(result.error));
  }
  return result.value;
}
