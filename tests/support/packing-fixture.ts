import type Database from 'better-sqlite3';
import type { ScanVerdict } from '../../main/api/contract';
import type { Actor } from '../../main/packing/actor';
import { recordScan } from '../../main/packing/scan-pipeline';
import { insertClient } from '../../main/store/clients';
import { findOrCreateOperator } from '../../main/store/operators';
import { insertProduct, type ProductFields } from '../../main/store/products';
import { insertShipment } from '../../main/store/shipment-imports';
import { ensureStation } from '../../main/store/station';
import { openTestStore } from './test-store';

const now = '2026-01-05T08:00:00.000Z';

export function productFields(sku: string, overrides: Partial<ProductFields> = {}): ProductFields {
  return {
    sku,
    gtin: null,
    fnsku: null,
    asin: null,
    title: `Product ${sku}`,
    serialTracked: true,
    serialPattern: null,
    weightGrams: null,
    ...overrides,
  };
}

/** A station with one client (GS1 prefix 0950600), two products and an operator. */
export interface PackingFixture {
  readonly db: Database.Database;
  readonly actor: Actor;
  readonly clientId: number;
  /** SKU "CAM-1", GTIN 09506000123455, serials like SN000451. */
  readonly cameraId: number;
  /** SKU "LENS-2", GTIN 09506000134352, serials like LX-1234. */
  readonly lensId: number;
  addShipment(reference: string, lines: ReadonlyArray<{ readonly productId: number; readonly quantity: number }>): number;
  scan(shipmentId: number, raw: string, gestureId?: string): ScanVerdict;
}

let gestureCounter = 0;

export function createPackingFixture(dir: string): PackingFixture {
  const db = openTestStore(dir);
  const station = ensureStation(db, 'bench-1');
  const operator = findOrCreateOperator(db, 'Anna');
  const actor: Actor = { stationId: station.id, operatorId: operator.id };

  const client = insertClient(db, { code: 'ACME', name: 'Acme Retail', gs1CompanyPrefix: '0950600', ssccExtensionDigit: 1 }, now);
  const cameraId = insertProduct(db, client.id, productFields('CAM-1', { gtin: '09506000123455', serialPattern: 'SN\\d{6}' }), now);
  const lensId = insertProduct(db, client.id, productFields('LENS-2', { gtin: '09506000134352', serialPattern: 'LX-\\d{4}' }), now);

  return {
    db,
    actor,
    clientId: client.id,
    cameraId,
    lensId,
    addShipment: (reference, lines) =>
      insertShipment(
        db,
        {
          clientId: client.id,
          reference,
          source: 'test',
          kind: 'customer-order',
          shipTo: { name: 'Jan Kowalski', company: '', lines: ['ul. Długa 5'], postcode: '00-001', city: 'Warszawa', region: '', country: 'PL', phone: '' },
          lines,
        },
        now,
      ),
    scan: (shipmentId, raw, gestureId) => {
      gestureCounter += 1;
      const result = recordScan(db, actor, { shipmentId, raw, gestureId: gestureId ?? `test-gesture-${process.pid}-${gestureCounter}`, source: 'keyboard' });
      if (!result.ok) {
        throw new Error(`recordScan failed: ${JSON.stringify(result.error)}`);
      }
      return result.value;
    },
  };
}

/** Counts event rows, optionally of one type. */
export function countEvents(db: Database.Database, type?: string): number {
  const row =
    type === undefined
      ? db.prepare<[], { n: number }>('SELECT count(*) AS n FROM events').get()
      : db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM events WHERE type = ?').get(type);
  return row?.n ?? 0;
}
