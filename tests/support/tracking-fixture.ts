import type Database from 'better-sqlite3';
import { createLocation, type LocationRow } from '../../main/locations/locations';
import type { UnitStatus } from '../../main/tracking/unit-states';
import { createPackingFixture, type PackingFixture } from './packing-fixture';

const now = '2026-01-05T08:00:00.000Z';

/** The packing fixture plus two locations, and a way to place a unit in any lifecycle state. */
export interface TrackingFixture extends PackingFixture {
  readonly shelfA: LocationRow;
  readonly shelfB: LocationRow;
  /** Inserts a camera unit (SKU CAM-1) straight into `status`, with the columns that state needs. */
  insertUnitInState(serial: string, status: UnitStatus): number;
}

export function createTrackingFixture(dir: string): TrackingFixture {
  const fixture = createPackingFixture(dir);
  const shelfA = requireLocation(fixture.db, 'A-01');
  const shelfB = requireLocation(fixture.db, 'B-02');
  let cartonShipment: { readonly shipmentId: number; readonly cartonId: number } | null = null;

  const cartonForPackedUnits = (): { readonly shipmentId: number; readonly cartonId: number } => {
    if (cartonShipment === null) {
      const shipmentId = fixture.addShipment('ORD-FIXTURE', [{ productId: fixture.cameraId, quantity: 50 }]);
      const info = fixture.db
        .prepare("INSERT INTO cartons (shipment_id, number, sscc, created_at) VALUES (?, 1, '109506000000000019', ?)")
        .run(shipmentId, now);
      cartonShipment = { shipmentId, cartonId: Number(info.lastInsertRowid) };
    }
    return cartonShipment;
  };

  return {
    ...fixture,
    shelfA,
    shelfB,
    insertUnitInState: (serial, status) => {
      const inCarton = status === 'packed' || status === 'shipped';
      const placement = inCarton ? cartonForPackedUnits() : null;
      const locationId = status === 'in-stock' || status === 'missing' ? shelfA.id : null;
      const held = status === 'hold';
      const info = fixture.db
        .prepare(
          `INSERT INTO units (product_id, serial, serial_folded, status, carton_id, shipment_id, location_id, hold_reason, held_status,
                              created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          fixture.cameraId,
          serial,
          serial.toUpperCase(),
          status,
          placement?.cartonId ?? null,
          placement?.shipmentId ?? null,
          held ? shelfA.id : locationId,
          held ? 'quarantine' : null,
          held ? 'in-stock' : null,
          now,
          now,
        );
      return Number(info.lastInsertRowid);
    },
  };
}

function requireLocation(db: Database.Database, code: string): LocationRow {
  const created = createLocation(db, { code, name: `Shelf ${code}` }, now);
  if (!created.ok) {
    throw new Error(`createLocation failed: ${JSON.stringify(created.error)}`);
  }
  return created.value;
}
